import { sql } from 'kysely';
import type { Db } from '../database';
import type { GoalActor, GoalEventKind, GoalStatus } from './goals.table';

/* Reading a person's goals whole: each with its milestones and (the newest of) its history. */

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
