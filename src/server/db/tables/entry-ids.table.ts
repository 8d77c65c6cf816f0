import type { Db } from '../database';

/**
 * Whether another person already has a record with this entry id. Shared entries and urgent
 * care reports are keyed per person, but an id is never shared between people: a clash is
 * answered 409, never stored as a second record (indexed by 2026_12_02_0010_entry_id_indexes).
 */
export async function entryIdUsedByOther(
  db: Db,
  table: 'shared_entries' | 'urgent_care_reports',
  personId: string,
  id: string,
): Promise<boolean> {
  const found = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('person_id', '<>', personId)
    .limit(1)
    .executeTakeFirst();
  return found !== undefined;
}
