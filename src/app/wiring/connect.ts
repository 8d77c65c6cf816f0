import { effect } from '@preact/signals';
import { checkLondonClockRule } from '#shared/london';
import { editorsToWarm } from '../routes';
import type { AppState } from '../state';
import { captureInstallPrompt } from './install-prompt';
import { activeLocale } from '#shared/i18n';
import { keepLocaleForWorker } from '../../device/worker-locale';
import { afterPrecache, idle, inTurn, whenIdle } from './later';
import { watchPrefs } from './prefs';

/** The performance mark bench/app.ts reads: the shell is painted, the first load is over. */
export const FIRST_SCREEN_MARK = 'hiu:first-screen';

/** Run `fn` once the next frame has been painted. */
function afterPaint(win: Window, fn: () => void): void {
  const later = () => win.setTimeout(fn, 0);
  if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(later);
  else later();
}

/**
 * Run `fn` once the screen behind the lock gate is on show: the lock settings are read (so the
 * gate has drawn the screen or the unlock box) and a frame has been painted.
 */
export function afterFirstScreen(state: AppState, win: Window, fn: () => void): void {
  let done = false;
  const dispose = effect(() => {
    if (done || !state.lock.ready.value) return;
    done = true;
    queueMicrotask(() => dispose());
    afterPaint(win, fn);
  });
}

/** How long after the first screen the clock-change rule is checked. */
export const CLOCK_CHECK_MS = 15_000;

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/** Wires the state to the browser: prefs, online status, activity, install and updates. */
export function connectAppState(state: AppState, win: Window = window): void {
  watchPrefs(state, win);

  state.online.value = win.navigator.onLine;
  win.addEventListener('online', () => (state.online.value = true));
  win.addEventListener('offline', () => (state.online.value = false));

  // Activity pushes the auto-lock back. At most once a second: touch() is cheap but events are not.
  let last = 0;
  const touch = () => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    state.lock.touch();
  };
  for (const type of ACTIVITY) win.addEventListener(type, touch, { capture: true, passive: true });

  captureInstallPrompt(state, win);
  // The first load ends with the shell painted (Help now, 999, Hide: they need nothing else).
  // Then the lock's code loads (lock/lazy.ts); the gate shows nothing private until it has.
  afterPaint(win, () => {
    win.performance?.mark?.(FIRST_SCREEN_MARK);
    // A failed download tries again when the signal comes back, and every so often anyway
    // (a weak signal may never go "offline"), up to once a minute.
    let retryMs = 2000;
    let waiting = false;
    const startLock = () => {
      waiting = false;
      void state.lock.db().catch(() => {
        if (waiting) return;
        waiting = true;
        win.addEventListener('online', startLock, { once: true });
        win.setTimeout(startLock, retryMs);
        retryMs = Math.min(retryMs * 2, 60_000);
      });
    };
    startLock();
  });
  afterFirstScreen(state, win, () => {
    // Who is open is worked out from London's clock-change rule, so nothing in the first
    // seconds loads the browser's language data (a long task on a cheap phone); the time zone
    // database checks the rule later, when the browser is idle.
    win.setTimeout(() => whenIdle(win, () => checkLondonClockRule(new Date())), CLOCK_CHECK_MS);
    // Help now shows the national numbers until the profile is read; the connection, the update
    // check and the editors' code wait until the service worker has stored the app and the
    // browser is idle, so none of it competes with the first screen (see ./later).
    afterPrecache(win, () => {
      const nav = win.navigator;
      void inTurn(win, [
        // zod and the shared building blocks first, so zod's own start-up and the schemas built
        // on it next are two tasks, not one long one.
        () => import('#shared/schemas/common'),
        // The profile's schemas (the largest set the phone builds) before the store code.
        () => import('#shared/schemas/api'),
        () =>
          import('./profile')
            .then((m) => m.loadCachedProfile(state))
            .then(() => idle(win))
            .then(() => import('../sync/start'))
            .then((m) => m.startSync(state, win))
            .catch(() => {
              // No IndexedDB or a failed download: the app works on without the connection.
              state.sync.link.value = 'none';
            }),
        () =>
          'serviceWorker' in nav
            ? import('./service-worker').then(
                (m) => (state.updater.value = m.registerServiceWorker(state)),
              )
            : undefined,
        ...editorsToWarm,
        // The language, for the notifications the service worker shows while no page is open.
        () => keepLocaleForWorker(activeLocale().tag),
      ]);
    });
  });
}
