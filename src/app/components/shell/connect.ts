import { watchPrefs } from '../../prefs/watch';
import type { AppState } from '../../state';
import { captureInstallPrompt } from '../install/capture';
import { registerServiceWorker } from '../updates/register';

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
  // Not in the first load: Help now shows the national numbers until the profile is read.
  // Then the link to the support team starts syncing (see src/app/sync).
  void import('../profile/load')
    .then((m) => m.loadCachedProfile(state))
    .then(() => import('../../sync/start'))
    .then((m) => m.startSync(state, win))
    .catch(() => {
      // No IndexedDB or a failed download: the app works on without the connection.
      state.sync.link.value = 'none';
    });
  if ('serviceWorker' in win.navigator) state.updater.value = registerServiceWorker(state);
}
