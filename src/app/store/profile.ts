import { DeviceProfile } from '#shared/schemas/api';
import { readMeta } from './meta';
import type { Vault } from './vault';

/**
 * Where the phone keeps the last profile it synced: the `meta` store of the app's IndexedDB,
 * under this key, unencrypted, because Help now must read the local contacts while the app is
 * locked. The plan's words are kept in the encrypted `plan` store instead (see sync/profile.ts).
 */
export const PROFILE_META_KEY = 'device-profile';

/** The cached profile (local contacts, caseworker, hours), or null if there is none. */
export async function readCachedProfile(vault: Pick<Vault, 'db'>): Promise<DeviceProfile | null> {
  const db = await vault.db();
  return readMeta(db, PROFILE_META_KEY, DeviceProfile.nullable(), null);
}
