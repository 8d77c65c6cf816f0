import type { Generated } from 'kysely';
import type { Db } from '../database';
import type { GoalActor, GoalEventKind } from './goals.table';

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
