import type { Db } from '../database';

/* One person's events between two instants, for the week side by side. Each query is bounded. */

const PER_KIND = 2000;

export async function contactsBetween(
  db: Db,
  serviceId: string,
  personId: string,
  start: Date,
  end: Date,
) {
  return db
    .selectFrom('contact_events')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('at', '>=', start)
    .where('at', '<', end)
    .orderBy('at')
    .limit(PER_KIND)
    .execute();
}

export async function checkInsBetween(
  db: Db,
  serviceId: string,
  personId: string,
  start: Date,
  end: Date,
) {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('at', '>=', start)
    .where('at', '<', end)
    .orderBy('at')
    .limit(PER_KIND)
    .execute();
}

export async function urgentCareBetween(
  db: Db,
  serviceId: string,
  personId: string,
  start: Date,
  end: Date,
) {
  return db
    .selectFrom('urgent_care_reports')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('at', '>=', start)
    .where('at', '<', end)
    .orderBy('at')
    .limit(PER_KIND)
    .execute();
}

export async function messagesBetween(
  db: Db,
  serviceId: string,
  personId: string,
  start: Date,
  end: Date,
) {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('sent_at', '>=', start)
    .where('sent_at', '<', end)
    .orderBy('sent_at')
    .limit(PER_KIND)
    .execute();
}

/** Milestones ticked done in the span, with their goal's title. */
export async function milestonesReachedBetween(
  db: Db,
  serviceId: string,
  personId: string,
  start: Date,
  end: Date,
) {
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
    .where('milestones.service_id', '=', serviceId)
    .where('goals.person_id', '=', personId)
    .where('milestones.done_at', '>=', start)
    .where('milestones.done_at', '<', end)
    .orderBy('milestones.done_at')
    .limit(PER_KIND)
    .execute();
}
