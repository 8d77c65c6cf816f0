import { deleteDB } from 'idb';
import type { LockableVault } from './vault';
import { DB_NAME } from './db';

/**
 * Delete everything the app keeps on this phone: the database (journal, drafts, plan, keys,
 * settings) and web storage. The app's own files stay cached so Help now still works offline.
 */
export async function deleteEverything(lock: LockableVault, name = DB_NAME): Promise<void> {
  const db = await lock.db();
  db.close();
  lock.forget();
  await deleteDB(name);
  try {
    globalThis.localStorage?.clear();
    globalThis.sessionStorage?.clear();
  } catch {
    // Storage may be blocked; the database is what holds the person's words.
  }
}
