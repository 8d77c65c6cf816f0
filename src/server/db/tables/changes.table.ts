import { sql, type Generated } from 'kysely';
import type { Db } from '../database';

/**
 * One row per change a phone may need to pull. `seq` only grows; sync hands it out as the
 * cursor ("everything for this person after seq N").
 *
 * A sequence number is taken when a row is inserted, not when its transaction commits, so on
 * its own a reader could see seq 11 while seq 10 is still committing, and a cursor of 11 would
 * skip 10 for ever. Every change for a person therefore takes that person's transaction-scoped
 * advisory lock first (in the same statement), so changes for one person commit in seq order and
 * a cursor read in one snapshot never passes a change still to come. Sync reads per person.
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

/** The advisory lock key for a person's changes (a hash: a rare collision only waits longer). */
const personLockKey = (personId: string) => sql<string>`hashtextextended(${personId}, 0)`;

/**
 * Take a person's change lock until the transaction ends. Call it first in a transaction that
 * will record changes for the person, so locks are always taken before row locks (no deadlock).
 */
export async function lockPersonChanges(db: Db, personId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(${personLockKey(personId)})`.execute(db);
}

/** Record a change; takes the person's change lock in the same statement (see above). */
export async function recordChange(
  db: Db,
  serviceId: string,
  change: Change,
  now: Date,
): Promise<void> {
  if (change.personId === null) {
    await db
      .insertInto('changes')
      .values({
        service_id: serviceId,
        person_id: null,
        entity: change.entity,
        entity_id: change.entityId,
        op: change.op,
        at: now,
      })
      .execute();
    return;
  }
  // The lock is taken in the FROM before the row (and its nextval) is made, and is held to
  // commit even outside an explicit transaction.
  await sql`
    insert into changes (service_id, person_id, entity, entity_id, op, at)
    select ${serviceId}::uuid, ${change.personId}::uuid, ${change.entity}, ${change.entityId}::uuid,
      ${change.op}, ${now}::timestamptz
    from (select pg_advisory_xact_lock(${personLockKey(change.personId)})) as locked`.execute(db);
}

export interface ChangedIds {
  /** Entity ids with the highest seq each changed at, in seq order. */
  changed: { entityId: string; seq: number }[];
  /** The highest seq for the person after `since` (any entity), or undefined if none. */
  latest: number | undefined;
}

/**
 * What changed for a person after `since`: ids of one entity (at most `limit`, oldest change
 * first) and the highest seq of any entity. Run both reads in one snapshot (a repeatable-read
 * transaction) so the cursor agrees with the rows read.
 */
export async function changesSince(
  db: Db,
  serviceId: string,
  personId: string,
  entity: string,
  since: number,
  limit: number,
): Promise<ChangedIds> {
  const rows = await db
    .selectFrom('changes')
    .select(['entity_id', (eb) => eb.fn.max('seq').as('seq')])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('entity', '=', entity)
    .where('seq', '>', String(since))
    .groupBy('entity_id')
    .orderBy('seq')
    .limit(limit)
    .execute();
  const top = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('seq', '>', String(since))
    .executeTakeFirst();
  return {
    changed: rows.map((r) => ({ entityId: r.entity_id, seq: Number(r.seq) })),
    latest: top?.seq ? Number(top.seq) : undefined,
  };
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
