import { JournalEntry } from '#shared/schemas/journal';
import type { Vault } from '../lock/state';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import type { EntryRecord, HiuDb } from './db';
import { writeMeta, readMeta } from './meta';
import { requestPersistence } from './persist';
import { z } from 'zod';

/** Entries read back, newest first, and how many could not be read (they are kept aside). */
export interface EntriesRead {
  entries: JournalEntry[];
  unreadable: number;
}

/** Decode and validate records; anything that fails is moved aside, never deleted. */
async function readRecords(vault: Vault, db: HiuDb, records: EntryRecord[]): Promise<EntriesRead> {
  const codec = vault.codec();
  const bad: { key: string; reason: string }[] = [];
  const entries: JournalEntry[] = [];
  const values = await Promise.all(
    records.map(async (record) => {
      try {
        return { record, value: await codec.decode(record.body, contextOf('entries', record.id)) };
      } catch (error) {
        if (error instanceof LockedError) throw error;
        return { record, error: 'could not be decrypted' };
      }
    }),
  );
  for (const item of values) {
    if ('error' in item) {
      bad.push({ key: item.record.id, reason: item.error ?? 'unreadable' });
      continue;
    }
    const parsed = JournalEntry.safeParse(item.value);
    if (parsed.success && parsed.data.id === item.record.id) entries.push(parsed.data);
    else bad.push({ key: item.record.id, reason: 'did not match the journal schema' });
  }
  await keepAside(db, 'entries', bad);
  return { entries, unreadable: bad.length };
}

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
 * Save an entry so it is on disk when this resolves (`durability: 'strict'`). The first save
 * asks the browser to keep our storage.
 */
export async function saveEntry(vault: Vault, entry: JournalEntry): Promise<void> {
  const valid = JournalEntry.parse(entry);
  const db = await vault.db();
  // Encrypt before the transaction opens: awaiting WebCrypto inside it would let it commit.
  const body = await vault.codec().encode(valid, contextOf('entries', valid.id));
  const record: EntryRecord = { id: valid.id, createdAt: valid.createdAt, kind: valid.kind, body };
  const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
  await tx.store.put(record);
  await tx.done;
  if (!(await readMeta(db, 'persist-asked', PersistAsked, false))) {
    await writeMeta(db, 'persist-asked', true);
    void requestPersistence();
  }
}

/** Delete an entry. Returns the stored record so "Undo" can put it back as it was. */
export async function deleteEntry(vault: Vault, id: string): Promise<EntryRecord | null> {
  const db = await vault.db();
  const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
  const record = (await tx.store.get(id)) ?? null;
  if (record) await tx.store.delete(id);
  await tx.done;
  return record;
}

/** Put a deleted record back exactly as it was (still encrypted if it was). */
export async function restoreEntry(vault: Vault, record: EntryRecord): Promise<void> {
  const db = await vault.db();
  const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
  await tx.store.put(record);
  await tx.done;
}
