import { JournalEntry } from '#shared/schemas/journal';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import type { EntryRecord, HiuDb } from './db';

/** Entries read back, newest first, and how many could not be read (they are kept aside). */
export interface EntriesRead {
  entries: JournalEntry[];
  unreadable: number;
}

/** Decode and validate records; anything that fails is moved aside, never deleted. */
export async function readRecords(
  vault: Vault,
  db: HiuDb,
  records: EntryRecord[],
): Promise<EntriesRead> {
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
