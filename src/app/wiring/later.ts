/**
 * When the rest of the app may load on a first visit: never in the same second as the first
 * paint, and only once the service worker has stored the app's files (so what loads next comes
 * from its cache, not the network), then when the browser has nothing else to do.
 */

/**
 * The service worker's address and scope, as vite-plugin-pwa builds it (`filename: 'index.ts'`
 * in vite.config.ts) and as workbox-window registers it later in ./service-worker: the same
 * address and scope, so both name one registration.
 */
export const SERVICE_WORKER_URL = '/index.js';
export const SERVICE_WORKER_SCOPE = '/';

/** Not before this long after the first paint. */
export const QUIET_AFTER_PAINT_MS = 1000;
/** A worker that has not stored everything by then (a weak signal) does not hold the app up. */
export const PRECACHE_WAIT_MS = 10_000;

function delay(win: Window, ms: number): Promise<void> {
  return new Promise((resolve) => win.setTimeout(resolve, ms));
}

/** Resolves when the worker is no longer installing: stored (or failed), either way settled. */
function notInstalling(worker: ServiceWorker | null): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (worker.state !== 'installing') resolve();
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * Registers the service worker without any library, so it can start storing the app straight
 * after the first paint; resolves once it has (or has failed, or will not: none in this browser).
 */
export async function precached(win: Window): Promise<void> {
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  try {
    const registration = await container.register(SERVICE_WORKER_URL, {
      scope: SERVICE_WORKER_SCOPE,
    });
    await notInstalling(registration.installing);
  } catch {
    // Refused (a private window, a blocked worker): the app loads on without it.
  }
}

/** Run `fn` in the browser's next idle moment (or within two seconds if it never idles). */
export function whenIdle(win: Window, fn: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(fn, { timeout: 2000 });
  else win.setTimeout(fn, 0);
}

/** Run `fn` once idle, at least a second after the paint and after the worker has settled. */
export function afterPrecache(win: Window, fn: () => void): void {
  const stored = Promise.race([precached(win), delay(win, PRECACHE_WAIT_MS)]);
  void Promise.all([stored, delay(win, QUIET_AFTER_PAINT_MS)]).then(() => whenIdle(win, fn));
}

/** Resolves in the browser's next idle moment (see `whenIdle`). */
export function idle(win: Window): Promise<void> {
  return new Promise((resolve) => whenIdle(win, resolve));
}

/** One piece of the work after the first screen: what it loads and runs. */
export type Step = () => Promise<unknown> | void;

/**
 * Run the steps one after another, each in an idle moment once the one before has settled
 * (done or failed). The code a dynamic import brings runs in one go when it arrives, so steps
 * that all started at once would still run back to back in long tasks; this way a tap always
 * gets in between them. Resolves when the last has settled.
 */
export async function inTurn(win: Window, steps: readonly Step[]): Promise<void> {
  for (const step of steps) {
    await idle(win);
    try {
      await step();
    } catch {
      // Each step stands alone: one that failed (a lost download) never stops the next.
    }
  }
}
