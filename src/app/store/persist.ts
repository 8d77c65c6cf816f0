/**
 * Persistent storage: without it the browser may clear the journal when the phone runs low on
 * space. Asked for once the first entry is saved, and when the app is installed.
 */

/** Ask the browser to keep our storage. Resolves true if it is (now) persistent. */
export async function requestPersistence(): Promise<boolean> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return false;
  if (await isPersisted()) return true;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/** True if the browser has promised not to clear our storage; null if it cannot say. */
export async function isPersisted(): Promise<boolean | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return null;
  try {
    return await storage.persisted();
  } catch {
    return null;
  }
}
