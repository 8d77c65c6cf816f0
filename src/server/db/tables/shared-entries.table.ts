import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

/** Copies of journal entries a person shared; keyed by (person, entry id). */
export interface SharedEntriesTable {
  id: string;
  service_id: string;
  person_id: string;
  entry: Jsonb;
  shared_at: Date;
  read_at: Date | null;
  read_by: string | null;
}
export type SharedEntryRow = Selectable<SharedEntriesTable>;

export interface ShareResult {
  row: SharedEntryRow;
  /** False when the same content was shared again (a retry): nothing changed. */
  changed: boolean;
}

/**
 * Share an entry, or share it again. New content replaces the old and is unread again; the same
 * content (a retry) changes nothing, so a read mark is kept.
 */
export async function upsertSharedEntry(
  db: Db,
  serviceId: string,
  personId: string,
  entry: { id: string },
  now: Date,
): Promise<ShareResult> {
  const changed = await db
    .insertInto('shared_entries')
    .values({
      id: entry.id,
      service_id: serviceId,
      person_id: personId,
      entry: jsonb(entry),
      shared_at: now,
      read_at: null,
      read_by: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['person_id', 'id'])
        .doUpdateSet({ entry: jsonb(entry), shared_at: now, read_at: null, read_by: null })
        .where('shared_entries.service_id', '=', serviceId)
        .where(sql<boolean>`shared_entries.entry is distinct from excluded.entry`),
    )
    .returningAll()
    .executeTakeFirst();
  if (changed) return { row: changed, changed: true };
  const row = await findSharedEntry(db, serviceId, personId, entry.id);
  if (!row) throw new Error('A shared entry that was just there has gone');
  return { row, changed: false };
}

export async function findSharedEntry(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<SharedEntryRow | undefined> {
  return db
    .selectFrom('shared_entries')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Withdraw: the content is deleted, not hidden. True if there was something to delete. */
export async function deleteSharedEntry(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('shared_entries')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** A person's shared entries, newest first. */
export async function listSharedEntries(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<SharedEntryRow[]> {
  return db
    .selectFrom('shared_entries')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('shared_at', 'desc')
    .orderBy('id')
    .limit(1000)
    .execute();
}

/** The phone's view: ids and states only, no content. */
export async function listSharedEntryStates(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<Pick<SharedEntryRow, 'id' | 'shared_at' | 'read_at'>[]> {
  return db
    .selectFrom('shared_entries')
    .select(['id', 'shared_at', 'read_at'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('shared_at', 'desc')
    .orderBy('id')
    .limit(1000)
    .execute();
}

/** Mark read (the first read is kept); returns the row, or undefined if it is not there. */
export async function markSharedEntryRead(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
  by: string,
  now: Date,
): Promise<SharedEntryRow | undefined> {
  await db
    .updateTable('shared_entries')
    .set({ read_at: now, read_by: by })
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .where('read_at', 'is', null)
    .execute();
  return findSharedEntry(db, serviceId, personId, id);
}
