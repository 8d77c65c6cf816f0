import { sql, type ColumnType, type Generated, type Selectable } from 'kysely';
import type { Db } from '../database';
import { jsonb } from '../json';

export type GoalStatus = 'active' | 'paused' | 'finished';
export type GoalEventKind =
  | 'set'
  | 'changed'
  | 'paused'
  | 'restarted'
  | 'finished'
  | 'milestone-done'
  | 'milestone-undone'
  | 'encouraged';
export type GoalActor = 'person' | 'caseworker';

export interface GoalsTable {
  id: string;
  service_id: string;
  person_id: string;
  title: string;
  status: GoalStatus;
  created_at: Date;
  updated_at: Date;
}

export interface MilestonesTable {
  id: string;
  service_id: string;
  goal_id: string;
  position: number;
  title: string;
  /** A hoped-for day 'YYYY-MM-DD' (`date` columns are read as strings), never a deadline. */
  target_date: ColumnType<string | null, string | null | undefined, string | null>;
  reward: ColumnType<string | null, string | null | undefined, string | null>;
  done_at: Date | null;
  done_by: ColumnType<GoalActor | null, GoalActor | null | undefined, GoalActor | null>;
  /** jsonb: the shared `Encouragement` document ({text, byName, at}), or null. */
  encouragement: ColumnType<unknown, string | null | undefined, string | null>;
}

/** A goal's history, kept for good (one line per change). */
export interface GoalEventsTable {
  /** bigserial: read as a string. */
  id: Generated<string>;
  service_id: string;
  goal_id: string;
  at: Date;
  kind: GoalEventKind;
  by: GoalActor;
  /** No foreign key: the history outlives staff changes. */
  caseworker_id: string | null;
  /** What the goal or milestone was called at the time. */
  title: string;
}

export type GoalRow = Selectable<GoalsTable>;
export type MilestoneRow = Selectable<MilestonesTable>;

/** A milestone as it is written. */
export interface MilestoneValues {
  id: string;
  title: string;
  targetDate: string | null;
  reward: string | null;
  doneAt: Date | null;
  doneBy: GoalActor | null;
  /** The shared `Encouragement` document, or null. */
  encouragement: unknown;
}

export interface NewGoal {
  id: string;
  personId: string;
  title: string;
  status: GoalStatus;
  milestones: MilestoneValues[];
  now: Date;
}

const milestoneRow = (serviceId: string, goalId: string, m: MilestoneValues, position: number) => ({
  id: m.id,
  service_id: serviceId,
  goal_id: goalId,
  position,
  title: m.title,
  target_date: m.targetDate,
  reward: m.reward,
  done_at: m.doneAt,
  done_by: m.doneBy,
  encouragement: m.encouragement === null ? null : jsonb(m.encouragement),
});

/** Insert a goal with its milestones. Run inside a transaction. */
export async function insertGoal(db: Db, serviceId: string, goal: NewGoal): Promise<void> {
  await db
    .insertInto('goals')
    .values({
      id: goal.id,
      service_id: serviceId,
      person_id: goal.personId,
      title: goal.title,
      status: goal.status,
      created_at: goal.now,
      updated_at: goal.now,
    })
    .execute();
  if (goal.milestones.length === 0) return;
  await db
    .insertInto('milestones')
    .values(goal.milestones.map((m, position) => milestoneRow(serviceId, goal.id, m, position)))
    .execute();
}

/** One goal of a person (undefined for anyone else's), locked for update when `lock`. */
export async function findGoal(
  db: Db,
  serviceId: string,
  personId: string,
  goalId: string,
  lock = false,
): Promise<GoalRow | undefined> {
  let q = db
    .selectFrom('goals')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', goalId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** A goal's milestones in order. */
export async function listMilestones(
  db: Db,
  serviceId: string,
  goalId: string,
): Promise<MilestoneRow[]> {
  return db
    .selectFrom('milestones')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('goal_id', '=', goalId)
    .orderBy('position')
    .execute();
}

/** The milestone `milestoneId` of one of a person's goals, or undefined (anyone else's too). */
export async function findPersonMilestone(
  db: Db,
  serviceId: string,
  personId: string,
  milestoneId: string,
): Promise<MilestoneRow | undefined> {
  return db
    .selectFrom('milestones')
    .innerJoin('goals', (join) =>
      join
        .onRef('goals.id', '=', 'milestones.goal_id')
        .onRef('goals.service_id', '=', 'milestones.service_id'),
    )
    .selectAll('milestones')
    .where('milestones.service_id', '=', serviceId)
    .where('goals.person_id', '=', personId)
    .where('milestones.id', '=', milestoneId)
    .executeTakeFirst();
}

/** How many goals a person has (every status). */
export async function countGoals(db: Db, serviceId: string, personId: string): Promise<number> {
  const row = await db
    .selectFrom('goals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Whether a goal with this id exists anywhere (any person, any service). */
export async function goalIdTaken(db: Db, goalId: string): Promise<boolean> {
  const row = await db.selectFrom('goals').select('id').where('id', '=', goalId).executeTakeFirst();
  return row !== undefined;
}

/** Which of these milestone ids exist anywhere (any goal, any service). */
export async function existingMilestoneIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('milestones').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function updateGoalRow(
  db: Db,
  serviceId: string,
  goalId: string,
  values: { title: string; status: GoalStatus; now: Date },
): Promise<void> {
  await db
    .updateTable('goals')
    .set({ title: values.title, status: values.status, updated_at: values.now })
    .where('service_id', '=', serviceId)
    .where('id', '=', goalId)
    .execute();
}

/** Mark a goal as changed now (a milestone ticked, a note added). */
export async function touchGoal(db: Db, serviceId: string, goalId: string, now: Date) {
  await db
    .updateTable('goals')
    .set({ updated_at: now })
    .where('service_id', '=', serviceId)
    .where('id', '=', goalId)
    .execute();
}

/**
 * Make a goal's milestones exactly `milestones`, in that order: rows matched by id are updated,
 * new ids inserted, and rows not listed deleted. Run inside a transaction.
 */
export async function replaceMilestones(
  db: Db,
  serviceId: string,
  goalId: string,
  milestones: MilestoneValues[],
): Promise<void> {
  const keep = milestones.map((m) => m.id);
  let gone = db
    .deleteFrom('milestones')
    .where('service_id', '=', serviceId)
    .where('goal_id', '=', goalId);
  if (keep.length > 0) gone = gone.where('id', 'not in', keep);
  await gone.execute();
  // Park the kept rows out of the way first, so positions never collide while reordering.
  await db
    .updateTable('milestones')
    .set((eb) => ({ position: eb('position', '+', 1000) }))
    .where('service_id', '=', serviceId)
    .where('goal_id', '=', goalId)
    .execute();
  for (const [position, m] of milestones.entries()) {
    const row = milestoneRow(serviceId, goalId, m, position);
    await db
      .insertInto('milestones')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({
            position: row.position,
            title: row.title,
            target_date: row.target_date,
            reward: row.reward,
            done_at: row.done_at,
            done_by: row.done_by,
            encouragement: row.encouragement,
          })
          // Only ever this goal's own milestone: an id another goal uses is never taken over
          // (the insert then changes nothing, and the caller's id check answers 409).
          .where('milestones.goal_id', '=', goalId)
          .where('milestones.service_id', '=', serviceId),
      )
      .execute();
  }
}

/** Tick or untick a milestone; `doneAt` null unticks. */
export async function setMilestoneDone(
  db: Db,
  serviceId: string,
  milestoneId: string,
  doneAt: Date | null,
  doneBy: GoalActor | null,
): Promise<void> {
  await db
    .updateTable('milestones')
    .set({ done_at: doneAt, done_by: doneBy })
    .where('service_id', '=', serviceId)
    .where('id', '=', milestoneId)
    .execute();
}

export async function setMilestoneEncouragement(
  db: Db,
  serviceId: string,
  milestoneId: string,
  encouragement: unknown,
): Promise<void> {
  await db
    .updateTable('milestones')
    .set({ encouragement: jsonb(encouragement) })
    .where('service_id', '=', serviceId)
    .where('id', '=', milestoneId)
    .execute();
}

export interface NewGoalEvent {
  goalId: string;
  at: Date;
  kind: GoalEventKind;
  by: GoalActor;
  caseworkerId: string | null;
  title: string;
}

/** Add lines to goals' history, in order. */
export async function insertGoalEvents(
  db: Db,
  serviceId: string,
  events: NewGoalEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('goal_events')
    .values(
      events.map((e) => ({
        service_id: serviceId,
        goal_id: e.goalId,
        at: e.at,
        kind: e.kind,
        by: e.by,
        caseworker_id: e.caseworkerId,
        title: e.title,
      })),
    )
    .execute();
}

export interface GoalEventRecord {
  at: Date;
  kind: GoalEventKind;
  by: GoalActor;
  /** The caseworker's name, when they are still on the books. */
  byName: string | null;
  title: string;
}

export interface GoalRecord {
  id: string;
  personId: string;
  title: string;
  status: GoalStatus;
  createdAt: Date;
  updatedAt: Date;
  milestones: {
    id: string;
    title: string;
    targetDate: string | null;
    reward: string | null;
    doneAt: Date | null;
    doneBy: GoalActor | null;
    encouragement: unknown;
  }[];
  /** Oldest first. */
  history: GoalEventRecord[];
}

/** The most history lines a goal carries (the contract's limit); the newest are kept. */
export const HISTORY_LIMIT = 500;

/**
 * A person's goals with their milestones and history, newest goal first; only `goalIds` when
 * given. Three queries whatever the number of goals.
 */
export async function listGoals(
  db: Db,
  serviceId: string,
  personId: string,
  goalIds?: string[],
): Promise<GoalRecord[]> {
  let q = db
    .selectFrom('goals')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId);
  if (goalIds) {
    if (goalIds.length === 0) return [];
    q = q.where('id', 'in', goalIds);
  }
  const goals = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  if (goals.length === 0) return [];
  const ids = goals.map((g) => g.id);
  const milestones = await db
    .selectFrom('milestones')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('goal_id', 'in', ids)
    .orderBy('position')
    .execute();
  const events = await db
    .selectFrom(
      db
        .selectFrom('goal_events')
        .leftJoin('caseworkers', (join) =>
          join
            .onRef('caseworkers.id', '=', 'goal_events.caseworker_id')
            .onRef('caseworkers.service_id', '=', 'goal_events.service_id'),
        )
        .select([
          'goal_events.id',
          'goal_events.goal_id',
          'goal_events.at',
          'goal_events.kind',
          'goal_events.by',
          'goal_events.title',
          'caseworkers.name as by_name',
          sql<number>`row_number() over (partition by goal_events.goal_id order by goal_events.id desc)`.as(
            'newest',
          ),
        ])
        .where('goal_events.service_id', '=', serviceId)
        .where('goal_events.goal_id', 'in', ids)
        .as('e'),
    )
    .selectAll()
    .where('newest', '<=', HISTORY_LIMIT)
    .orderBy('id')
    .execute();
  return goals.map((g) => ({
    id: g.id,
    personId: g.person_id,
    title: g.title,
    status: g.status,
    createdAt: g.created_at,
    updatedAt: g.updated_at,
    milestones: milestones
      .filter((m) => m.goal_id === g.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        targetDate: m.target_date,
        reward: m.reward,
        doneAt: m.done_at,
        doneBy: m.done_by,
        encouragement: m.encouragement,
      })),
    history: events
      .filter((e) => e.goal_id === g.id)
      .map((e) => ({
        at: e.at,
        kind: e.kind,
        by: e.by,
        byName: e.by === 'caseworker' ? e.by_name : null,
        title: e.title,
      })),
  }));
}
