import type { Vault } from './vault';
import type { HiuDb } from './db';
import { readRecords, type EntriesRead } from './entry-read';
import {
  makeSearchIndex,
  readSearchIndex,
  rebuildSearchIndex,
  type SearchIndex,
} from './search-index';

/** The journal's search index, from the `search` store, or built from the entries if needed. */
export async function loadSearchIndex(vault: Vault): Promise<SearchIndex> {
  const db = await vault.db();
  const read = await readSearchIndex(vault, db);
  if (read.items) return makeSearchIndex(read.items.values());
  return rebuildSearchIndex(vault);
}

/** These entries, in this order (ids that are gone are skipped; unreadable ones kept aside). */
export async function getEntries(vault: Vault, ids: readonly string[]): Promise<EntriesRead> {
  const db: HiuDb = await vault.db();
  const tx = db.transaction('entries', 'readonly');
  const records = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return readRecords(
    vault,
    db,
    records.filter((r) => r !== undefined),
  );
}

/**
 * Search the journal from cold: the index, then only the entries that match, newest first.
 * The same words match as with `searchEntries` over every entry.
 */
export async function searchJournal(vault: Vault, query: string): Promise<EntriesRead> {
  const index = await loadSearchIndex(vault);
  return getEntries(vault, index.find(query));
}
