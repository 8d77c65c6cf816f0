import { effect } from '@preact/signals';
import type { AppState } from '../state';
import { readCachedProfile } from '../store/profile';

async function readInto(state: AppState): Promise<void> {
  try {
    const read = await readCachedProfile(state.lock);
    if (!read) return;
    state.helpNow.value = read.helpNow;
    // A profile already in memory came from a sync since: it is newer than the one on disk.
    if (read.profile && !state.profile.value) state.profile.value = read.profile;
  } catch {
    // No IndexedDB (an old private window): Help now shows the national numbers only.
  }
}

/**
 * Puts the cached profile into the state: its Help now part at once, the whole of it when it can
 * be opened (no lock, or unlocked), and again after each unlock.
 */
export async function loadCachedProfile(state: AppState): Promise<void> {
  await readInto(state);
  let last = state.lock.status.peek();
  effect(() => {
    const status = state.lock.status.value;
    if (status === last) return;
    last = status;
    if (status === 'unlocked') void readInto(state);
  });
}
