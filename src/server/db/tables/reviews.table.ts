import { sql, type ColumnType } from 'kysely';
import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

export interface ReviewSettingsTable {
  service_id: string;
  points: Jsonb;
  then_every_weeks: number | null;
  updated_by: string | null;
  updated_at: Date;
}

export interface ReviewsTable {
  id: string;
  service_id: string;
  person_id: string;
  /** A London day, read as `YYYY-MM-DD` on both engines. */
  held_on: string;
  point: string | null;
  goals: Jsonb;
  next_steps: string;
  decision: 'continues' | 'steps-down' | 'steps-back';
  recorded_by: string | null;
  recorded_at: Date;
}

export interface RelapsePlansTable {
  person_id: string;
  service_id: string;
  signs: Jsonb;
  what_to_do: Jsonb;
  come_back: Jsonb;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date, Date>;
}

export async function readReviewSettings(db: Db, serviceId: string) {
  return db
    .selectFrom('review_settings')
    .select(['points', 'then_every_weeks', 'updated_at'])
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
}

export async function writeReviewSettings(
  db: Db,
  serviceId: string,
  settings: { points: unknown; thenEveryWeeks: number | null },
  by: string,
  now: Date,
): Promise<void> {
  const values = {
    points: jsonb(settings.points),
    then_every_weeks: settings.thenEveryWeeks,
    updated_by: by,
    updated_at: now,
  };
  await db
    .insertInto('review_settings')
    .values({ service_id: serviceId, ...values })
    .onConflict((oc) => oc.column('service_id').doUpdateSet(values))
    .execute();
}

/** A person's reviews with the name of who recorded each, newest held first. */
export async function listReviews(db: Db, serviceId: string, personId: string) {
  return db
    .selectFrom('reviews')
    .leftJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'reviews.recorded_by')
        .onRef('caseworkers.service_id', '=', 'reviews.service_id'),
    )
    .selectAll('reviews')
    .select('caseworkers.name as recorded_by_name')
    .where('reviews.service_id', '=', serviceId)
    .where('reviews.person_id', '=', personId)
    .orderBy('reviews.held_on', 'desc')
    .orderBy('reviews.recorded_at', 'desc')
    .execute();
}

/** Whose review has this id (any service), so a reused id is refused, not overwritten. */
export async function findReviewOwner(db: Db, id: string) {
  return db
    .selectFrom('reviews')
    .select(['person_id', 'service_id'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertReview(
  db: Db,
  row: Omit<ReviewsTable, 'goals'> & { goals: unknown },
): Promise<void> {
  await db
    .insertInto('reviews')
    .values({ ...row, goals: jsonb(row.goals) })
    .execute();
}

/**
 * The latest London day a review was held on, per person, counting only reviews held on or
 * after `since` (their support's start day; a review from an earlier spell does not count).
 */
export async function latestReviewDays(
  db: Db,
  serviceId: string,
  people: { id: string; since: string }[],
): Promise<Map<string, string>> {
  if (people.length === 0) return new Map();
  const rows = await db
    .selectFrom('reviews')
    .select(['person_id', sql<string>`max(held_on)::text`.as('last')])
    .where('service_id', '=', serviceId)
    .where(
      'person_id',
      'in',
      people.map((p) => p.id),
    )
    .groupBy('person_id')
    .execute();
  const since = new Map(people.map((p) => [p.id, p.since]));
  const out = new Map<string, string>();
  for (const r of rows) {
    const from = since.get(r.person_id);
    if (from !== undefined && r.last >= from) out.set(r.person_id, r.last);
  }
  return out;
}

export async function readRelapsePlan(db: Db, serviceId: string, personId: string) {
  return db
    .selectFrom('relapse_plans')
    .select(['signs', 'what_to_do', 'come_back', 'updated_at'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function writeRelapsePlan(
  db: Db,
  ids: { serviceId: string; personId: string },
  plan: { signs: string[]; whatToDo: string[]; comeBack: string[] },
  by: string,
  now: Date,
): Promise<void> {
  const values = {
    signs: jsonb(plan.signs),
    what_to_do: jsonb(plan.whatToDo),
    come_back: jsonb(plan.comeBack),
    updated_by: by,
    updated_at: now,
  };
  await db
    .insertInto('relapse_plans')
    .values({ person_id: ids.personId, service_id: ids.serviceId, ...values })
    .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
    .execute();
}
