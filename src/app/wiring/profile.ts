import type { AppState } from '../state';
import { readCachedProfile } from '../store/profile';

/** Puts the cached profile (local contacts, caseworker, hours) into the state, if there is one. */
export async function loadCachedProfile(state: AppState): Promise<void> {
  try {
    const profile = await readCachedProfile(state.lock);
    if (profile) state.profile.value = profile;
  } catch {
    // No IndexedDB (an old private window): Help now shows the national numbers only.
  }
}
