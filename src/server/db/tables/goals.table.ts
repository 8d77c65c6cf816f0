import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

export type GoalStatus = 'active' | 'achieved' | 'set-aside';

export interface GoalsTable {
  id: string;
  service_id: string;
  person_id: string;
  title: string;
  why: string | null;
  status: GoalStatus;
  /** The shared `Reward` document, or null. */
  reward: Jsonb | null;
  created_at: Date;
  updated_at: Date;
}

export interface MilestonesTable {
  id: string;
  service_id: string;
  goal_id: string;
  position: number;
  title: string;
  done_at: Date | null;
}

export interface NewGoal {
  id: string;
  personId: string;
  title: string;
  why?: string | undefined;
  status: GoalStatus;
  reward: unknown;
  milestones: { id: string; title: string; doneAt: Date | null }[];
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
      why: goal.why ?? null,
      status: goal.status,
      reward: goal.reward === null ? null : jsonb(goal.reward),
      created_at: goal.now,
      updated_at: goal.now,
    })
    .execute();
  if (goal.milestones.length === 0) return;
  await db
    .insertInto('milestones')
    .values(
      goal.milestones.map((m, position) => ({
        id: m.id,
        service_id: serviceId,
        goal_id: goal.id,
        position,
        title: m.title,
        done_at: m.doneAt,
      })),
    )
    .execute();
}

export interface GoalRecord {
  id: string;
  personId: string;
  title: string;
  why: string | null;
  status: GoalStatus;
  reward: unknown;
  createdAt: Date;
  updatedAt: Date;
  milestones: { id: string; title: string; doneAt: Date | null }[];
}

/** A person's goals with their milestones, oldest goal first. */
export async function listGoals(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<GoalRecord[]> {
  const goals = await db
    .selectFrom('goals')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (goals.length === 0) return [];
  const milestones = await db
    .selectFrom('milestones')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where(
      'goal_id',
      'in',
      goals.map((g) => g.id),
    )
    .orderBy('position')
    .execute();
  return goals.map((g) => ({
    id: g.id,
    personId: g.person_id,
    title: g.title,
    why: g.why,
    status: g.status,
    reward: g.reward,
    createdAt: g.created_at,
    updatedAt: g.updated_at,
    milestones: milestones
      .filter((m) => m.goal_id === g.id)
      .map((m) => ({ id: m.id, title: m.title, doneAt: m.done_at })),
  }));
}
