import { JournalEntry } from '#shared/schemas/journal';
import type { Vault } from './vault';
import { contextOf } from './body';
import type { EntryRecord, SearchRecord } from './db';
import { readRecords, type EntriesRead } from './entry-read';
import { writeMeta, readMeta } from './meta';
import { requestPersistence } from './persist';
import { compactSearchIndex, searchChange } from './search-index';
import { z } from 'zod';

export type { EntriesRead } from './entry-read';

/** The newest `limit` entries (all of them if no limit), newest first. */
export async function listEntries(vault: Vault, limit?: number): Promise<EntriesRead> {
  const db = await vault.db();
  const index = db.transaction('entries', 'readonly').store.index('by-created');
  let records: EntryRecord[];
  if (limit === undefined) {
    // One getAll is one round trip; walking a cursor over 10,000 entries is 10,000 of them.
    records = (await index.getAll()).reverse();
  } else {
    records = [];
    let cursor = await index.openCursor(null, 'prev');
    while (cursor && records.length < limit) {
      records.push(cursor.value);
      cursor = await cursor.continue();
    }
  }
  return readRecords(vault, db, records);
}

/** One entry, or null if there is none (or it could not be read: it is then kept aside). */
export async function getEntry(vault: Vault, id: string): Promise<JournalEntry | null> {
  const db = await vault.db();
  const record = await db.get('entries', id);
  if (!record) return null;
  const { entries } = await readRecords(vault, db, [record]);
  return entries[0] ?? null;
}

/** How many entries there are (readable without unlocking: only ids and times are plain). */
export async function countEntries(vault: Vault): Promise<number> {
  return (await vault.db()).count('entries');
}

const PersistAsked = z.boolean();

/**
 * Save an entry so it is on disk when this resolves (`durability: 'strict'`). The entry, its
 * search words and the removal of its draft (`draft`: the draft's key, the entry's id for a
 * journal draft) commit together or not at all, so a crash can never leave both the saved entry
 * and the draft it came from. The first save asks the browser to keep our storage.
 */
export async function saveEntry(
  vault: Vault,
  entry: JournalEntry,
  options: { draft?: string } = {},
): Promise<void> {
  const valid = JournalEntry.parse(entry);
  const db = await vault.db();
  // Encrypt before the transaction opens: awaiting WebCrypto inside it would let it commit.
  const codec = vault.codec();
  const body = await codec.encode(valid, contextOf('entries', valid.id));
  const change = await searchChange(codec, valid.id, valid.createdAt, valid);
  const record: EntryRecord = { id: valid.id, createdAt: valid.createdAt, kind: valid.kind, body };
  // One transaction: the index never misses a save, and a saved draft never outlives its save.
  const tx = db.transaction(['entries', 'search', 'drafts'], 'readwrite', { durability: 'strict' });
  let writes: Promise<unknown> | undefined;
  try {
    writes = Promise.all([
      tx.objectStore('entries').put(record),
      tx.objectStore('search').add(change),
      options.draft === undefined ? null : tx.objectStore('drafts').delete(options.draft),
      tx.done,
    ]);
    tx.commit();
  } catch (error) {
    // Nothing of a half-made save may commit on its own when the transaction idles.
    void writes?.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already ended (aborted): nothing of it was written.
    }
    throw error;
  }
  await writes;
  if (!(await readMeta(db, 'persist-asked', PersistAsked, false))) {
    await writeMeta(db, 'persist-asked', true);
    void requestPersistence();
  }
  // Every COMPACT_AFTER saves, fold the index's changes into its base: in the background, once
  // the entry is on disk (with 10,000 entries it takes a moment; nobody waits for it).
  void compactSearchIndex(vault, db);
}

/**
 * Delete an entry, and any unsaved changes to it (its draft, under the same id: else it would
 * come back as a new entry from "Carry on where you left off"). Returns the stored record so
 * "Undo" can put it back as it was.
 */
export async function deleteEntry(vault: Vault, id: string): Promise<EntryRecord | null> {
  const db = await vault.db();
  const tx = db.transaction(['entries', 'search', 'drafts'], 'readwrite', {
    durability: 'strict',
  });
  const entries = tx.objectStore('entries');
  const record = (await entries.get(id)) ?? null;
  if (record) {
    await entries.delete(id);
    await tx.objectStore('drafts').delete(id);
    await tx.objectStore('search').add({
      kind: 'delta',
      entry: id,
      createdAt: record.createdAt,
      body: null,
    });
  }
  await tx.done;
  return record;
}

/** Put a deleted record back exactly as it was (still encrypted if it was). */
export async function restoreEntry(vault: Vault, record: EntryRecord): Promise<void> {
  const db = await vault.db();
  // Its search words again, if it reads back now; if not, the index is dropped and rebuilt.
  let change: SearchRecord | null = null;
  try {
    const codec = vault.codec();
    const parsed = JournalEntry.safeParse(
      await codec.decode(record.body, contextOf('entries', record.id)),
    );
    if (parsed.success && parsed.data.id === record.id) {
      change = await searchChange(codec, record.id, record.createdAt, parsed.data);
    }
  } catch {
    // Locked, or not decryptable: handled below.
  }
  const tx = db.transaction(['entries', 'search'], 'readwrite', { durability: 'strict' });
  await tx.objectStore('entries').put(record);
  if (change) await tx.objectStore('search').add(change);
  else await tx.objectStore('search').delete('base');
  await tx.done;
}
