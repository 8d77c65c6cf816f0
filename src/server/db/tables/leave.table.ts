import { sql, type ColumnType, type Selectable } from 'kysely';
import type { Db } from '../database';

export interface CaseworkerLeaveTable {
  id: string;
  service_id: string;
  caseworker_id: string;
  /** London days, both included ('YYYY-MM-DD'). */
  first_day: ColumnType<string, string, string>;
  last_day: ColumnType<string, string, string>;
  cover_id: string | null;
  cover_phone: string | null;
  recorded_by: string;
  recorded_at: Date;
}
export type LeaveRow = Selectable<CaseworkerLeaveTable>;

export interface LeavePersonCoverTable {
  leave_id: string;
  service_id: string;
  person_id: string;
  cover_id: string;
  cover_phone: string | null;
}
export type PersonCoverRow = Selectable<LeavePersonCoverTable>;

export interface LeaveWrite {
  leave: LeaveRow;
  people: { personId: string; coverId: string; phone: string | null }[];
}

/** Record a leave, or replace it and its people's covers (the same id again). */
export async function replaceLeave(db: Db, { leave, people }: LeaveWrite): Promise<void> {
  await db
    .insertInto('caseworker_leave')
    .values(leave)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        first_day: leave.first_day,
        last_day: leave.last_day,
        cover_id: leave.cover_id,
        cover_phone: leave.cover_phone,
        recorded_by: leave.recorded_by,
        recorded_at: leave.recorded_at,
      }),
    )
    .execute();
  await db.deleteFrom('leave_person_cover').where('leave_id', '=', leave.id).execute();
  if (people.length === 0) return;
  await db
    .insertInto('leave_person_cover')
    .values(
      people.map((p) => ({
        leave_id: leave.id,
        service_id: leave.service_id,
        person_id: p.personId,
        cover_id: p.coverId,
        cover_phone: p.phone,
      })),
    )
    .execute();
}

/** A leave of this service (by id), or undefined: the id of another service's finds nothing. */
export async function findLeave(db: Db, serviceId: string, id: string) {
  return db
    .selectFrom('caseworker_leave')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Any leave of the same id in another service (the id is taken). */
export async function leaveIdTaken(db: Db, serviceId: string, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('caseworker_leave')
    .select('id')
    .where('id', '=', id)
    .where('service_id', '!=', serviceId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteLeave(db: Db, serviceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('caseworker_leave')
    .where('service_id', '=', serviceId)
    .where('id', '=', id)
    .execute();
}

/** Another leave of the same caseworker sharing a day with first..last. */
export async function overlappingLeave(
  db: Db,
  serviceId: string,
  caseworkerId: string,
  days: { first: string; last: string },
  exceptId: string,
): Promise<LeaveRow | undefined> {
  return db
    .selectFrom('caseworker_leave')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('caseworker_id', '=', caseworkerId)
    .where('id', '!=', exceptId)
    .where('first_day', '<=', days.last)
    .where('last_day', '>=', days.first)
    .executeTakeFirst();
}

/**
 * Leave ending on `sinceDay` or later, soonest first. With `caseworkerId`: only their own leave
 * and leave where they cover the caseload or someone on it.
 */
export async function listLeaveRows(
  db: Db,
  serviceId: string,
  sinceDay: string,
  caseworkerId?: string,
): Promise<LeaveRow[]> {
  let q = db
    .selectFrom('caseworker_leave as l')
    .selectAll('l')
    .where('l.service_id', '=', serviceId)
    .where('l.last_day', '>=', sinceDay);
  if (caseworkerId) {
    q = q.where((eb) =>
      eb.or([
        eb('l.caseworker_id', '=', caseworkerId),
        eb('l.cover_id', '=', caseworkerId),
        eb.exists(
          eb
            .selectFrom('leave_person_cover as pc')
            .select('pc.person_id')
            .whereRef('pc.leave_id', '=', 'l.id')
            .where('pc.cover_id', '=', caseworkerId),
        ),
      ]),
    );
  }
  return q.orderBy('l.first_day').orderBy('l.id').execute();
}

export async function listPersonCovers(
  db: Db,
  serviceId: string,
  leaveIds: string[],
): Promise<PersonCoverRow[]> {
  if (leaveIds.length === 0) return [];
  return db
    .selectFrom('leave_person_cover')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('leave_id', 'in', leaveIds)
    .execute();
}

/** One person whose caseworker is away on a day, and who covers them (null: nobody). */
export interface AwayRow {
  person_id: string;
  leave_id: string;
  away_id: string;
  away_name: string;
  first_day: string;
  last_day: string;
  cover_id: string | null;
  cover_name: string | null;
  cover_phone: string | null;
}

/**
 * The one rule for who covers a person: the leave of the person's own caseworker, their own
 * cover if they were given one, else the caseload's. Only leave ending on `fromDay` or later,
 * and starting by `toDay` (both London days).
 */
function coverQuery(db: Db, serviceId: string, fromDay: string, toDay: string) {
  const coverId = sql<string | null>`coalesce(pc.cover_id, l.cover_id)`;
  return db
    .selectFrom('people as p')
    .innerJoin('caseworker_leave as l', (join) =>
      join
        .onRef('l.caseworker_id', '=', 'p.caseworker_id')
        .onRef('l.service_id', '=', 'p.service_id'),
    )
    .innerJoin('caseworkers as away', 'away.id', 'l.caseworker_id')
    .leftJoin('leave_person_cover as pc', (join) =>
      join.onRef('pc.leave_id', '=', 'l.id').onRef('pc.person_id', '=', 'p.id'),
    )
    .select([
      'p.id as person_id',
      'l.id as leave_id',
      'l.caseworker_id as away_id',
      'away.name as away_name',
      'l.first_day',
      'l.last_day',
      coverId.as('cover_id'),
      sql<string | null>`(select c.name from caseworkers c where c.id = ${coverId})`.as(
        'cover_name',
      ),
      sql<
        string | null
      >`case when pc.cover_id is not null then pc.cover_phone else l.cover_phone end`.as(
        'cover_phone',
      ),
    ])
    .where('p.service_id', '=', serviceId)
    .where('l.last_day', '>=', fromDay)
    .where('l.first_day', '<=', toDay);
}

/** Of these people, those whose caseworker is away on `today`, with who covers them. */
export async function awayOn(
  db: Db,
  serviceId: string,
  personIds: string[],
  today: string,
): Promise<Map<string, AwayRow>> {
  if (personIds.length === 0) return new Map();
  const rows = await coverQuery(db, serviceId, today, today)
    .where('p.id', 'in', personIds)
    .execute();
  return new Map(rows.map((r) => [r.person_id, r]));
}

/** The people `coverId` covers on `today`. */
export async function coveredOn(
  db: Db,
  serviceId: string,
  coverId: string,
  today: string,
): Promise<AwayRow[]> {
  return coverQuery(db, serviceId, today, today)
    .where(sql<boolean>`coalesce(pc.cover_id, l.cover_id) = ${coverId}`)
    .execute();
}

/** Who covers one person on `today` (undefined: their caseworker is not away, or nobody does). */
export async function coverOf(
  db: Db,
  serviceId: string,
  personId: string,
  today: string,
): Promise<string | undefined> {
  const row = (await awayOn(db, serviceId, [personId], today)).get(personId);
  return row?.cover_id ?? undefined;
}

/** The person's caseworker's leave now and to come (at most `limit`), soonest first. */
export async function leaveFor(
  db: Db,
  serviceId: string,
  personId: string,
  today: string,
  limit: number,
): Promise<AwayRow[]> {
  return coverQuery(db, serviceId, today, '9999-12-31')
    .where('p.id', '=', personId)
    .orderBy('l.first_day')
    .limit(limit)
    .execute();
}

/** Every leave of the service not over by `today`: whose and which days only, soonest first. */
export async function listTeamAway(db: Db, serviceId: string, today: string) {
  return db
    .selectFrom('caseworker_leave')
    .select(['id', 'caseworker_id', 'first_day', 'last_day'])
    .where('service_id', '=', serviceId)
    .where('last_day', '>=', today)
    .orderBy('first_day')
    .orderBy('id')
    .limit(2000)
    .execute();
}
