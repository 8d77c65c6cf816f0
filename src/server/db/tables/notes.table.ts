import type { ColumnType, Selectable } from 'kysely';
import type { Db } from '../database';

/** A caseworker's note about a person for one London day (see the migration). */
export interface CaseworkerNotesTable {
  service_id: string;
  person_id: string;
  caseworker_id: string;
  /** 'YYYY-MM-DD' (`date` columns are read as strings, see openDatabase). */
  day: ColumnType<string, string, string>;
  happened: string;
  calls: string;
  seemed: string;
  created_at: Date;
  updated_at: Date;
}
export type NoteRow = Selectable<CaseworkerNotesTable> & { caseworker_name: string | null };

export interface NoteWords {
  happened: string;
  calls: string;
  seemed: string;
}

const noteColumns = [
  'caseworker_notes.service_id',
  'caseworker_notes.person_id',
  'caseworker_notes.caseworker_id',
  'caseworker_notes.day',
  'caseworker_notes.happened',
  'caseworker_notes.calls',
  'caseworker_notes.seemed',
  'caseworker_notes.created_at',
  'caseworker_notes.updated_at',
] as const;

function selectNotes(db: Db, serviceId: string, personId: string) {
  return db
    .selectFrom('caseworker_notes')
    .leftJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'caseworker_notes.caseworker_id')
        .onRef('caseworkers.service_id', '=', 'caseworker_notes.service_id'),
    )
    .select([...noteColumns, 'caseworkers.name as caseworker_name'])
    .where('caseworker_notes.service_id', '=', serviceId)
    .where('caseworker_notes.person_id', '=', personId);
}

/** Write this member of staff's note for `day`, replacing the one they wrote before. */
export async function upsertNote(
  db: Db,
  key: { serviceId: string; personId: string; caseworkerId: string; day: string },
  words: NoteWords,
  now: Date,
): Promise<NoteRow> {
  await db
    .insertInto('caseworker_notes')
    .values({
      service_id: key.serviceId,
      person_id: key.personId,
      caseworker_id: key.caseworkerId,
      day: key.day,
      ...words,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['person_id', 'day', 'caseworker_id'])
        .doUpdateSet({ ...words, updated_at: now })
        .where('caseworker_notes.service_id', '=', key.serviceId),
    )
    .execute();
  const row = await selectNotes(db, key.serviceId, key.personId)
    .where('caseworker_notes.day', '=', key.day)
    .where('caseworker_notes.caseworker_id', '=', key.caseworkerId)
    .executeTakeFirst();
  if (!row) throw new Error('A note that was just written has gone');
  return row;
}

/** Delete this member of staff's note for `day`; true if there was one. */
export async function deleteNote(
  db: Db,
  key: { serviceId: string; personId: string; caseworkerId: string; day: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('caseworker_notes')
    .where('service_id', '=', key.serviceId)
    .where('person_id', '=', key.personId)
    .where('caseworker_id', '=', key.caseworkerId)
    .where('day', '=', key.day)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Every member of staff's notes about a person, newest day first; only `from`..`to` if given. */
export async function listNotes(
  db: Db,
  serviceId: string,
  personId: string,
  range: { from?: string; to?: string; limit?: number } = {},
): Promise<NoteRow[]> {
  let q = selectNotes(db, serviceId, personId);
  if (range.from) q = q.where('caseworker_notes.day', '>=', range.from);
  if (range.to) q = q.where('caseworker_notes.day', '<=', range.to);
  return q
    .orderBy('caseworker_notes.day', 'desc')
    .orderBy('caseworker_notes.updated_at', 'desc')
    .limit(range.limit ?? 1000)
    .execute();
}
