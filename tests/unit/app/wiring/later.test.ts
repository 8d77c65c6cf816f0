import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  afterPrecache,
  inTurn,
  PRECACHE_WAIT_MS,
  QUIET_AFTER_PAINT_MS,
  SERVICE_WORKER_SCOPE,
  SERVICE_WORKER_URL,
} from '../../../../src/app/wiring/later';

/** A worker that stays installing until `finish()`, as a browser's does while it stores files. */
function installingWorker() {
  const listeners: (() => void)[] = [];
  const worker = {
    state: 'installing',
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
  };
  return {
    worker,
    finish() {
      worker.state = 'installed';
      for (const fn of listeners) fn();
    },
  };
}

/** The parts of a browser window afterPrecache uses: timers, idle callbacks, the worker API. */
function browserWindow(serviceWorker?: { register: (url: string, o: object) => Promise<unknown> }) {
  return {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    requestIdleCallback: (fn: () => void) => setTimeout(fn, 5),
    navigator: { serviceWorker },
  } as unknown as Window;
}

describe('the rest of the app waits for the service worker and a quiet moment', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('never in the same second as the first paint, even with nothing to wait for', async () => {
    const ran = vi.fn();
    afterPrecache(browserWindow(undefined), ran);
    await vi.advanceTimersByTimeAsync(QUIET_AFTER_PAINT_MS - 1);
    expect(ran).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toHaveBeenCalledOnce();
  });

  test('only once the worker has stored the app, at its one address and scope', async () => {
    const { worker, finish } = installingWorker();
    const register = vi.fn(() => Promise.resolve({ installing: worker }));
    const ran = vi.fn();
    afterPrecache(browserWindow({ register }), ran);
    await vi.advanceTimersByTimeAsync(3000);
    expect(register).toHaveBeenCalledWith(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE });
    expect(ran).not.toHaveBeenCalled();
    finish();
    await vi.advanceTimersByTimeAsync(10);
    expect(ran).toHaveBeenCalledOnce();
  });

  test('a worker that never finishes, or is refused, does not hold the app up for ever', async () => {
    const stuck = vi.fn();
    afterPrecache(
      browserWindow({ register: () => Promise.resolve({ installing: installingWorker().worker }) }),
      stuck,
    );
    const refused = vi.fn();
    afterPrecache(browserWindow({ register: () => Promise.reject(new Error('blocked')) }), refused);
    await vi.advanceTimersByTimeAsync(QUIET_AFTER_PAINT_MS + 10);
    expect(refused).toHaveBeenCalledOnce();
    expect(stuck).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PRECACHE_WAIT_MS);
    expect(stuck).toHaveBeenCalledOnce();
  });
});

describe('the work after the first screen comes one piece at a time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('each step waits for the one before to finish and for an idle moment of its own', async () => {
    const idleCallbacks: (() => void)[] = [];
    const win = {
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      requestIdleCallback: (fn: () => void) => idleCallbacks.push(fn),
    } as unknown as Window;
    const ran: string[] = [];
    let finishFirst = () => {};
    const first = () =>
      new Promise<void>((resolve) => {
        ran.push('first started');
        finishFirst = () => (ran.push('first done'), resolve());
      });
    const done = inTurn(win, [first, () => void ran.push('second')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual([]);
    idleCallbacks.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(ran).toEqual(['first started']);
    finishFirst();
    await vi.advanceTimersByTimeAsync(0);
    // Finished, but the next step has not run in the same task: it waits to be idle again.
    expect(ran).toEqual(['first started', 'first done']);
    idleCallbacks.shift()?.();
    await done;
    expect(ran).toEqual(['first started', 'first done', 'second']);
  });

  test('a step that fails (a lost download) does not stop the ones after it', async () => {
    const win = {
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      requestIdleCallback: (fn: () => void) => setTimeout(fn, 5),
    } as unknown as Window;
    const after = vi.fn();
    const done = inTurn(win, [() => Promise.reject(new Error('offline')), after]);
    await vi.advanceTimersByTimeAsync(20);
    await done;
    expect(after).toHaveBeenCalledOnce();
  });
});
