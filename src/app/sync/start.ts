import { effect } from '@preact/signals';
import type { AppState } from '../state';
import { engineFor } from './engine';
import { refreshPushState } from './push';

/** While the app is on screen, look for news this often. */
export const SYNC_EVERY_MS = 4 * 60_000;
/** Coming back to the app syncs at once if the last sync is older than this. */
const STALE_MS = 60_000;

/** A message from our service worker (see src/sw): sync now, or go to a screen. */
function swMessage(data: unknown): { type: 'sync' } | { type: 'navigate'; url: string } | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  if (data.type === 'sync' || data.type === 'flush-outbox') return { type: 'sync' };
  if (data.type === 'navigate' && 'url' in data && typeof data.url === 'string') {
    return /^\/[a-z0-9/-]*$/.test(data.url) ? { type: 'navigate', url: data.url } : null;
  }
  return null;
}

/** Move to an app screen the way a link would (the router listens to popstate). */
export function goTo(url: string, win: Window = window): void {
  if (win.location.pathname === url) return;
  win.history.pushState(null, '', url);
  win.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * Starts syncing: at once, when the phone comes online, when the app is seen again, every few
 * minutes while it is on screen, when the app is unlocked, and when a push arrives (the
 * service worker tells open pages). Loaded after the first screen, never in the first load.
 */
export function startSync(state: AppState, win: Window = window): void {
  const engine = engineFor(state);
  const { lock, sync } = state;
  const run = () => void engine.run();

  win.addEventListener('online', run);
  win.document.addEventListener('visibilitychange', () => {
    if (win.document.visibilityState !== 'visible') return;
    const last = sync.lastSyncedAt.value ? Date.parse(sync.lastSyncedAt.value) : 0;
    if (Date.now() - last > STALE_MS) run();
    else void engine.refresh();
  });
  setInterval(() => {
    if (win.document.visibilityState === 'visible' && win.navigator.onLine) run();
  }, SYNC_EVERY_MS);

  // Unlocking makes messages and the plan readable and writable: read and sync again.
  // Locking takes the thread's words off the screen (a half-written message is kept).
  let status = lock.status.peek();
  effect(() => {
    const next = lock.status.value;
    if (next === status) return;
    status = next;
    if (next === 'locked') {
      sync.thread.value = null;
    } else run();
  });

  if ('serviceWorker' in win.navigator) {
    win.navigator.serviceWorker.addEventListener('message', (event) => {
      const message = swMessage(event.data);
      if (message?.type === 'sync') run();
      else if (message?.type === 'navigate') goTo(message.url, win);
    });
  }

  void refreshPushState(state);
  // Fetch the send actions now, while there may be signal: buttons on eager screens (Stop
  // sharing, the unlinked screen) load them on first use, which must work offline too.
  void import('./actions').catch(() => undefined);
  run();
}
