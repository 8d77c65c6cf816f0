import type { Selectable } from 'kysely';
import type { Database, Db } from '../database';

/* One person's events between two instants, for the week side by side. Each query is bounded. */

const PER_KIND = 2000;

export interface Span {
  serviceId: string;
  personId: string;
  start: Date;
  end: Date;
}

/** Tables with one row per event at an instant `at`, of one person. */
type EventTable = 'contact_events' | 'check_ins' | 'urgent_care_reports';

/** The rows of `table` at or after `start` and before `end`, oldest first. */
export async function eventsBetween<T extends EventTable>(
  db: Db,
  table: T,
  span: Span,
): Promise<Selectable<Database[T]>[]> {
  // Kysely cannot narrow a generic table name; the three tables share these columns.
  const rows = await db
    .selectFrom(table as EventTable)
    .selectAll()
    .where('service_id', '=', span.serviceId)
    .where('person_id', '=', span.personId)
    .where('at', '>=', span.start)
    .where('at', '<', span.end)
    .orderBy('at')
    .limit(PER_KIND)
    .execute();
  return rows as Selectable<Database[T]>[];
}

export async function messagesBetween(db: Db, span: Span) {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('service_id', '=', span.serviceId)
    .where('person_id', '=', span.personId)
    .where('sent_at', '>=', span.start)
    .where('sent_at', '<', span.end)
    .orderBy('sent_at')
    .limit(PER_KIND)
    .execute();
}

/** Milestones ticked done in the span, with their goal's title. */
export async function milestonesReachedBetween(db: Db, span: Span) {
  return db
    .selectFrom('milestones')
    .innerJoin('goals', (join) =>
      join
        .onRef('goals.id', '=', 'milestones.goal_id')
        .onRef('goals.service_id', '=', 'milestones.service_id'),
    )
    .select([
      'milestones.id as milestone_id',
      'milestones.title',
      'milestones.done_at',
      'goals.id as goal_id',
      'goals.title as goal_title',
    ])
    .where('milestones.service_id', '=', span.serviceId)
    .where('goals.person_id', '=', span.personId)
    .where('milestones.done_at', '>=', span.start)
    .where('milestones.done_at', '<', span.end)
    .orderBy('milestones.done_at')
    .limit(PER_KIND)
    .execute();
}
