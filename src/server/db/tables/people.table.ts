import type { Generated, Insertable, Selectable } from 'kysely';
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
}
export type PersonRow = Selectable<PeopleTable>;

/** A person with what a caseload shows beside them. */
export interface PersonSummaryRow extends PersonRow {
  caseworker_name: string;
  linked: boolean;
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

/** The people of a service; only one caseworker's when `caseworkerId` is given. */
export async function listPeople(
  db: Db,
  serviceId: string,
  caseworkerId?: string,
): Promise<PersonSummaryRow[]> {
  let q = summaries(db, serviceId);
  if (caseworkerId) q = q.where('people.caseworker_id', '=', caseworkerId);
  return q.orderBy('people.display_name').orderBy('people.id').execute();
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
