import type { Selectable } from 'kysely';
import type { Db } from '../database';
import { milestoneRow, type MilestoneValues } from './milestones.table';

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

export type GoalRow = Selectable<GoalsTable>;

export interface NewGoal {
  id: string;
  personId: string;
  title: string;
  status: GoalStatus;
  milestones: MilestoneValues[];
  now: Date;
}

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
