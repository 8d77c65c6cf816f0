import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { ContactEventRow } from './contacts.table';

/** A caseworker's outcome and short note on a contact they logged. Staff only. */
export interface ContactNotesTable {
  contact_id: string;
  service_id: string;
  outcome: 'spoke' | 'no-answer' | 'left-message' | 'texted' | null;
  note: string;
}

export type ContactNoteRow = Selectable<ContactNotesTable>;

export async function insertContactNote(db: Db, row: ContactNoteRow): Promise<void> {
  await db.insertInto('contact_notes').values(row).execute();
}

export type ContactLogRow = ContactEventRow & Pick<ContactNoteRow, 'outcome'> & { note: string };

/** One page of a person's contacts, newest first, each with its note if it has one. */
export async function listContactLog(
  db: Db,
  serviceId: string,
  personId: string,
  page: { offset: number; limit: number },
): Promise<{ total: number; rows: ContactLogRow[] }> {
  const [counted, rows] = await Promise.all([
    db
      .selectFrom('contact_events')
      .select((eb) => eb.fn.countAll<string | number | bigint>().as('n'))
      .where('service_id', '=', serviceId)
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('contact_events as e')
      .leftJoin('contact_notes as n', 'n.contact_id', 'e.id')
      .selectAll('e')
      .select(['n.outcome', 'n.note'])
      .where('e.service_id', '=', serviceId)
      .where('e.person_id', '=', personId)
      .orderBy('e.at', 'desc')
      .orderBy('e.id', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
  ]);
  return {
    total: Number(counted.n),
    rows: rows.map((row) => ({ ...row, outcome: row.outcome ?? null, note: row.note ?? '' })),
  };
}
