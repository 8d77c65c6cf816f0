import { sql, type ColumnType, type Generated, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../database';

export type PersonStatus = 'active' | 'stepped-back';

export interface PeopleTable {
  id: string;
  service_id: string;
  caseworker_id: string;
  display_name: string;
  status: PersonStatus;
  created_at: Date;
  updated_at: Date;
  /** Bumped by every write that changes the person's phone profile (see bumpProfileVersion). */
  profile_version: Generated<number>;
  /** The caseworker's words for this person's NHS 111 card; null: the usual words. */
  nhs111_wording: ColumnType<string | null, string | null | undefined, string | null>;
  /** When support stepped back (status 'stepped-back'); null while supported. */
  stepped_back_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When support last started again; null: it began when the record was made. */
  support_started_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The reference the service and the trusts share (hospital use); never an NHS number. */
  service_ref: ColumnType<string | null, string | null | undefined, string | null>;
}
export type PersonRow = Selectable<PeopleTable>;

/** A person with what a caseload shows beside them. */
export interface PersonSummaryRow extends PersonRow {
  caseworker_name: string;
  linked: boolean;
  unread_entries: number;
  unread_messages: number;
  last_contact_at: Date | null;
}

export async function insertPerson(db: Db, row: Insertable<PeopleTable>): Promise<void> {
  await db.insertInto('people').values(row).execute();
}

function summaries(db: Db, serviceId: string) {
  return db
    .selectFrom('people')
    .innerJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'people.caseworker_id')
        .onRef('caseworkers.service_id', '=', 'people.service_id'),
    )
    .selectAll('people')
    .select('caseworkers.name as caseworker_name')
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('devices')
            .select('devices.id')
            .whereRef('devices.person_id', '=', 'people.id')
            .where('devices.service_id', '=', serviceId)
            .where('devices.revoked_at', 'is', null),
        )
        .$castTo<boolean>()
        .as('linked'),
    )
    .select([
      sql<number>`(select count(*)::int from shared_entries se
        where se.person_id = people.id and se.service_id = ${serviceId}
          and se.read_at is null)`.as('unread_entries'),
      sql<number>`(select count(*)::int from messages m
        where m.person_id = people.id and m.service_id = ${serviceId} and m.sender = 'person'
          and m.delivered_at is not null and m.read_at is null)`.as('unread_messages'),
      sql<Date | null>`greatest(
        (select max(m.delivered_at) from messages m
          where m.person_id = people.id and m.service_id = ${serviceId}),
        (select max(s.shared_at) from shared_entries s
          where s.person_id = people.id and s.service_id = ${serviceId}))`.as('last_contact_at'),
    ])
    .where('people.service_id', '=', serviceId);
}

/** One person of this service, or undefined (also for another service's person). */
export async function findPersonSummary(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<PersonSummaryRow | undefined> {
  return summaries(db, serviceId).where('people.id', '=', personId).executeTakeFirst();
}

/**
 * The people of a service; only one caseworker's when `caseworkerId` is given, with `alsoIds`
 * (people they cover while a colleague is on leave).
 */
export async function listPeople(
  db: Db,
  serviceId: string,
  caseworkerId?: string,
  alsoIds: string[] = [],
): Promise<PersonSummaryRow[]> {
  let q = summaries(db, serviceId);
  if (caseworkerId) {
    q = q.where((eb) =>
      alsoIds.length === 0
        ? eb('people.caseworker_id', '=', caseworkerId)
        : eb.or([eb('people.caseworker_id', '=', caseworkerId), eb('people.id', 'in', alsoIds)]),
    );
  }
  return q.orderBy('people.display_name').orderBy('people.id').execute();
}

/**
 * The people themselves, without what a caseload shows beside them: for readers that work out
 * their own figures (triage), so the caseload's per-person counts are not computed and dropped.
 */
export async function listPeopleRows(
  db: Db,
  serviceId: string,
  caseworkerId?: string,
  alsoIds: string[] = [],
): Promise<PersonRow[]> {
  let q = db.selectFrom('people').selectAll().where('service_id', '=', serviceId);
  if (caseworkerId) {
    q = q.where((eb) =>
      alsoIds.length === 0
        ? eb('caseworker_id', '=', caseworkerId)
        : eb.or([eb('caseworker_id', '=', caseworkerId), eb('id', 'in', alsoIds)]),
    );
  }
  return q.orderBy('display_name').orderBy('id').execute();
}

export async function assignPerson(
  db: Db,
  serviceId: string,
  personId: string,
  caseworkerId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('people')
    .set({ caseworker_id: caseworkerId, updated_at: now })
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    .execute();
}

export async function countPeople(db: Db, serviceId: string): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('service_id', '=', serviceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Call in the transaction of any write that changes what the person's phone shows. */
/** Every person of the service has a new profile (the service calendar changed): their ids. */
export async function bumpServiceProfileVersions(db: Db, serviceId: string): Promise<string[]> {
  const rows = await db
    .updateTable('people')
    .set((eb) => ({ profile_version: eb('profile_version', '+', 1) }))
    .where('service_id', '=', serviceId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function bumpProfileVersion(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<void> {
  await db
    .updateTable('people')
    .set((eb) => ({ profile_version: eb('profile_version', '+', 1) }))
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    .execute();
}

/** The caseworker of a person (for who hears about them), or undefined. */
export async function findPersonCaseworkerId(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('people')
    .select('caseworker_id')
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.caseworker_id;
}

/** Bump the profile version of every person a caseworker supports (their photo changed). */
export async function bumpCaseloadProfileVersions(
  db: Db,
  serviceId: string,
  caseworkerId: string,
): Promise<string[]> {
  const rows = await db
    .updateTable('people')
    .set((eb) => ({ profile_version: eb('profile_version', '+', 1) }))
    .where('service_id', '=', serviceId)
    .where('caseworker_id', '=', caseworkerId)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Set how support stands: stepping back sets `stepped_back_at`; starting again clears it and
 * starts a new spell of support (reviews count from it). False when it already stood so.
 */
export async function setSupportStatus(
  db: Db,
  serviceId: string,
  personId: string,
  status: PersonStatus,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({
      status,
      stepped_back_at: status === 'stepped-back' ? now : null,
      ...(status === 'active' ? { support_started_at: now } : {}),
      updated_at: now,
    })
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    // Already so (a second request at the same time): nothing changes, not even the date.
    .where('status', '!=', status)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function readNhs111Wording(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('people')
    .select('nhs111_wording')
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.nhs111_wording ?? null;
}

export async function writeNhs111Wording(
  db: Db,
  serviceId: string,
  personId: string,
  wording: string | null,
): Promise<void> {
  await db
    .updateTable('people')
    .set({ nhs111_wording: wording })
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    .execute();
}
