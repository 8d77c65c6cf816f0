import type { Generated } from 'kysely';
import type { Db } from '../database';

/**
 * One row per change a phone may need to pull. `seq` only grows; sync will hand it out as the
 * cursor ("everything for this person after seq N").
 */
export interface ChangesTable {
  seq: Generated<string>;
  service_id: string;
  person_id: string | null;
  entity: string;
  entity_id: string;
  op: 'put' | 'delete';
  at: Date;
}

export interface Change {
  personId: string | null;
  entity: string;
  entityId: string;
  op: 'put' | 'delete';
}

export async function recordChange(
  db: Db,
  serviceId: string,
  change: Change,
  now: Date,
): Promise<void> {
  await db
    .insertInto('changes')
    .values({
      service_id: serviceId,
      person_id: change.personId,
      entity: change.entity,
      entity_id: change.entityId,
      op: change.op,
      at: now,
    })
    .execute();
}

/** The highest change number for a person so far (0 when nothing has changed). */
export async function latestChangeSeq(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.seq ? Number(row.seq) : 0;
}
