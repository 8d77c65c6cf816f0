import { sql, type ColumnType, type Selectable } from 'kysely';
import type { Db } from '../database';

/**
 * One step of a person's weekly contact target: from the week starting `from_week` (a Monday,
 * 'YYYY-MM-DD'; `date` columns are read as strings, see openDatabase) the target is `times`.
 */
export interface ContactTargetsTable {
  service_id: string;
  person_id: string;
  from_week: ColumnType<string, string, string>;
  times: number;
  /** The caseworker who set it; no foreign key, the plan outlives staff changes. */
  set_by: string | null;
  set_at: Date;
}

/** One contact between a person and the service; counted, never read (no free text). */
export interface ContactEventsTable {
  id: string;
  service_id: string;
  person_id: string;
  at: Date;
  kind: 'message' | 'call' | 'text' | 'visit' | 'other';
  source: 'app' | 'person' | 'caseworker';
  /** The caseworker who logged it (source caseworker), else null. */
  recorded_by: string | null;
  created_at: Date;
}

export type ContactTargetRow = Selectable<ContactTargetsTable>;
export type ContactEventRow = Selectable<ContactEventsTable>;

/** `date` as `YYYY-MM-DD` whatever the driver's parser for dates is. */
const fromWeekText = sql<string>`to_char(from_week, 'YYYY-MM-DD')`;

/** The most steps a plan keeps (the contract's limit); the oldest history goes first. */
export const MAX_TARGET_STEPS = 200;

/** A person's target plan, oldest step first: the newest 200 steps, if there are more. */
export async function listContactTargets(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<{ fromWeek: string; times: number }[]> {
  const newestFirst = await db
    .selectFrom('contact_targets')
    .select([fromWeekText.as('fromWeek'), 'times'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('from_week', 'desc')
    .limit(MAX_TARGET_STEPS)
    .execute();
  return newestFirst.reverse();
}

/**
 * Replace the plan from the week starting `fromWeek` onwards with `steps` (each at or after
 * `fromWeek`); earlier steps are kept as history.
 */
export async function replaceContactTargetsFrom(
  db: Db,
  input: {
    serviceId: string;
    personId: string;
    fromWeek: string;
    steps: readonly { fromWeek: string; times: number }[];
    by: string;
    now: Date;
  },
): Promise<void> {
  await db
    .deleteFrom('contact_targets')
    .where('service_id', '=', input.serviceId)
    .where('person_id', '=', input.personId)
    .where('from_week', '>=', input.fromWeek)
    .execute();
  if (input.steps.length === 0) return;
  // Past steps beyond the limit go, oldest first, so the whole plan always fits.
  await db
    .deleteFrom('contact_targets')
    .where('service_id', '=', input.serviceId)
    .where('person_id', '=', input.personId)
    .where(
      'from_week',
      'in',
      db
        .selectFrom('contact_targets')
        .select('from_week')
        .where('service_id', '=', input.serviceId)
        .where('person_id', '=', input.personId)
        .where('from_week', '<', input.fromWeek)
        .orderBy('from_week', 'desc')
        .offset(Math.max(0, MAX_TARGET_STEPS - input.steps.length)),
    )
    .execute();
  await db
    .insertInto('contact_targets')
    .values(
      input.steps.map((step) => ({
        service_id: input.serviceId,
        person_id: input.personId,
        from_week: step.fromWeek,
        times: step.times,
        set_by: input.by,
        set_at: input.now,
      })),
    )
    .execute();
}

/** A person's contacts at or after `since`, oldest first. */
export async function listContactEvents(
  db: Db,
  serviceId: string,
  personId: string,
  since: Date,
  limit = 5000,
): Promise<ContactEventRow[]> {
  const newest = await db
    .selectFrom('contact_events')
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

/** Insert unless a contact with this id exists; true when this call made it. */
export async function insertContactEvent(db: Db, row: ContactEventRow): Promise<boolean> {
  const made = await db
    .insertInto('contact_events')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return made !== undefined;
}

export async function findContactEvent(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<ContactEventRow | undefined> {
  return db
    .selectFrom('contact_events')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Delete a contact recorded by `source`; true if there was one. */
export async function deleteContactEvent(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
  source: ContactEventRow['source'],
): Promise<boolean> {
  const result = await db
    .deleteFrom('contact_events')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .where('source', '=', source)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** When the person's last counted app-message contact was, or null. */
export async function lastMessageContactAt(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<Date | null> {
  const row = await db
    .selectFrom('contact_events')
    .select('at')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('source', '=', 'app')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}
