import type { Selectable } from 'kysely';
import type { Db } from '../database';

/** A guide card a person's contact target points to instead of the team. */
export interface ContactAlternativesTable {
  service_id: string;
  person_id: string;
  guide_contact_id: string;
  position: number;
  /** The caseworker who chose it; no foreign key, the choice outlives staff changes. */
  set_by: string | null;
  set_at: Date;
}

/** Support the person used instead of the team. Never a contact: it has its own table. */
export interface SupportUsedTable {
  id: string;
  service_id: string;
  person_id: string;
  guide_contact_id: string;
  kind: 'call' | 'text' | 'visit';
  /** The card's name when it was logged. */
  name: string;
  at: Date;
  created_at: Date;
}

export type SupportUsedRow = Selectable<SupportUsedTable>;

/** The card ids, in the caseworker's order. */
export async function listContactAlternatives(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('contact_alternatives')
    .select('guide_contact_id')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.guide_contact_id);
}

/** Replace the whole list. Run inside a transaction. */
export async function replaceContactAlternatives(
  db: Db,
  input: { serviceId: string; personId: string; ids: readonly string[]; by: string; now: Date },
): Promise<void> {
  await db
    .deleteFrom('contact_alternatives')
    .where('service_id', '=', input.serviceId)
    .where('person_id', '=', input.personId)
    .execute();
  if (input.ids.length === 0) return;
  await db
    .insertInto('contact_alternatives')
    .values(
      input.ids.map((id, position) => ({
        service_id: input.serviceId,
        person_id: input.personId,
        guide_contact_id: id,
        position,
        set_by: input.by,
        set_at: input.now,
      })),
    )
    .execute();
}

/** A person's support used at or after `since`, oldest first. */
export async function listSupportUsed(
  db: Db,
  serviceId: string,
  personId: string,
  since: Date,
  limit = 5000,
): Promise<SupportUsedRow[]> {
  const newest = await db
    .selectFrom('support_used')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return newest.reverse();
}

/** Insert unless a row with this id exists; true when this call made it. */
export async function insertSupportUsed(db: Db, row: SupportUsedRow): Promise<boolean> {
  const made = await db
    .insertInto('support_used')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return made !== undefined;
}

export async function findSupportUsed(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<SupportUsedRow | undefined> {
  return db
    .selectFrom('support_used')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** True if there was one to delete. */
export async function deleteSupportUsed(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('support_used')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
