import type { AppState } from '../../state';

export const HIDDEN_PATH = '/hidden';

/**
 * Quick hide: show the neutral screen first (nothing may wait on the lock), then lock if a lock
 * is set. `replace` keeps the screen that was showing out of the Back history.
 */
export function quickHide(state: AppState, route: (url: string, replace?: boolean) => void): void {
  route(HIDDEN_PATH, true);
  if (state.lock.status.value === 'unlocked') void state.lock.lockNow();
}

/** Leaving the neutral screen goes home; with a lock set, the person unlocks there. */
export function leaveHidden(
  state: AppState,
  route: (url: string, replace?: boolean) => void,
): void {
  if (state.lock.status.value === 'unlocked') void state.lock.lockNow();
  route('/', true);
}
