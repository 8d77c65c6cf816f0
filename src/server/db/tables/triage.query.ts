import { sql } from 'kysely';
import type { Db } from '../database';

/**
 * What triage lists, read for a set of people in one service: each query is one pass over an
 * indexed (person, time) range, never a scan of a whole thread.
 */

export interface WaitingRow {
  person_id: string;
  waiting: number;
  newest: Date;
  released: boolean;
}

/** Messages from the person the console can see and nobody has read, per person. */
export async function unreadMessagesByPerson(
  db: Db,
  serviceId: string,
  personIds: string[],
): Promise<WaitingRow[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('messages')
    .select([
      'person_id',
      sql<number>`count(*)::int`.as('waiting'),
      sql<Date>`max(delivered_at)`.as('newest'),
      sql<boolean>`bool_or(held_until is not null)`.as('released'),
    ])
    .where('service_id', '=', serviceId)
    .where('person_id', 'in', personIds)
    .where('sender', '=', 'person')
    .where('delivered_at', 'is not', null)
    .where('read_at', 'is', null)
    .groupBy('person_id')
    .execute();
}

/** Shared journal entries nobody has read, per person. */
export async function unreadEntriesByPerson(
  db: Db,
  serviceId: string,
  personIds: string[],
): Promise<Omit<WaitingRow, 'released'>[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('shared_entries')
    .select([
      'person_id',
      sql<number>`count(*)::int`.as('waiting'),
      sql<Date>`max(shared_at)`.as('newest'),
    ])
    .where('service_id', '=', serviceId)
    .where('person_id', 'in', personIds)
    .where('read_at', 'is', null)
    .groupBy('person_id')
    .execute();
}

export async function recentUrgentCare(
  db: Db,
  serviceId: string,
  personIds: string[],
  since: Date,
) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('urgent_care_reports')
    .select(['id', 'person_id', 'at', 'called_999', 'went_to_ae', 'called_111'])
    .where('service_id', '=', serviceId)
    .where('person_id', 'in', personIds)
    .where('received_at', '>=', since)
    .execute();
}

export async function recentCheckIns(db: Db, serviceId: string, personIds: string[], since: Date) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('check_ins')
    .select(['id', 'person_id', 'received_at'])
    .where('service_id', '=', serviceId)
    .where('person_id', 'in', personIds)
    .where('received_at', '>=', since)
    .execute();
}

/** Milestones the person ticked themselves (the caseworker knows about their own ticks). */
export async function recentMilestones(
  db: Db,
  serviceId: string,
  personIds: string[],
  since: Date,
) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('milestones')
    .innerJoin('goals', 'goals.id', 'milestones.goal_id')
    .select(['milestones.id', 'goals.person_id', 'milestones.done_at'])
    .where('milestones.service_id', '=', serviceId)
    .where('goals.person_id', 'in', personIds)
    .where('milestones.done_by', '=', 'person')
    .where('milestones.done_at', '>=', since)
    .execute();
}

/**
 * When we last heard from each person: a message they sent, an entry they shared, a check-in,
 * or a contact logged by either side. Null: never.
 */
export async function lastHeardFrom(
  db: Db,
  serviceId: string,
  personIds: string[],
): Promise<Map<string, Date | null>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select([
      'people.id',
      sql<Date | null>`greatest(
        (select max(m.delivered_at) from messages m
          where m.person_id = people.id and m.service_id = ${serviceId} and m.sender = 'person'),
        (select max(s.shared_at) from shared_entries s
          where s.person_id = people.id and s.service_id = ${serviceId}),
        (select max(c.at) from contact_events c
          where c.person_id = people.id and c.service_id = ${serviceId}),
        (select max(ci.received_at) from check_ins ci
          where ci.person_id = people.id and ci.service_id = ${serviceId}))`.as('heard_at'),
    ])
    .where('people.service_id', '=', serviceId)
    .where('people.id', 'in', personIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.heard_at]));
}
