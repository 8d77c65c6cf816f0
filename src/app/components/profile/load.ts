import { DeviceProfile } from '#shared/schemas/api';
import type { AppState } from '../../state';
import { readMeta } from '../../store/meta';

/**
 * Where the phone keeps the last `GET /api/device/profile` it synced: the `meta` store of the
 * app's IndexedDB, under this key, unencrypted, because Help now must read the local contacts
 * while the app is locked. (The connection issue writes it; it should keep the plan's words in
 * the encrypted `plan` store, not here.)
 */
export const PROFILE_META_KEY = 'device-profile';

/** Puts the cached profile (local contacts, caseworker, hours) into the state, if there is one. */
export async function loadCachedProfile(state: AppState): Promise<void> {
  try {
    const db = await state.lock.db();
    const profile = await readMeta(db, PROFILE_META_KEY, DeviceProfile.nullable(), null);
    if (profile) state.profile.value = profile;
  } catch {
    // No IndexedDB (an old private window): Help now shows the national numbers only.
  }
}
