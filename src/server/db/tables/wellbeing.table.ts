import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';

/** A wellbeing check-in the person chose to send: ONS4 scores (0–10) and loneliness. */
export interface CheckInsTable {
  id: string;
  service_id: string;
  person_id: string;
  at: Date;
  reason: 'start' | 'monthly' | 'stepping-back';
  satisfied: number | null;
  worthwhile: number | null;
  happy: number | null;
  anxious: number | null;
  lonely: 'often-or-always' | 'some-of-the-time' | 'occasionally' | 'hardly-ever' | 'never' | null;
  received_at: Date;
}

/** Self-reported urgent care from a journal entry the person chose to send; keyed by entry id. */
export interface UrgentCareReportsTable {
  id: string;
  service_id: string;
  person_id: string;
  at: Date;
  went_to_ae: boolean;
  called_999: boolean;
  called_111: boolean;
  received_at: Date;
}

export type CheckInRow = Selectable<CheckInsTable>;
export type UrgentCareRow = Selectable<UrgentCareReportsTable>;

/** Insert unless a check-in with this id exists; true when this call made it. */
export async function insertCheckIn(db: Db, row: CheckInRow): Promise<boolean> {
  const made = await db
    .insertInto('check_ins')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return made !== undefined;
}

export async function findCheckIn(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<CheckInRow | undefined> {
  return db
    .selectFrom('check_ins')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A person's check-ins, the newest `limit` of them, oldest first. */
export async function listCheckIns(
  db: Db,
  serviceId: string,
  personId: string,
  limit = 1000,
): Promise<CheckInRow[]> {
  const newest = await db
    .selectFrom('check_ins')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return newest.reverse();
}

export interface UrgentCareResult {
  row: UrgentCareRow;
  /** False when the same report was sent again (a retry): nothing changed. */
  changed: boolean;
}

/** Store a report, or replace it when the entry was edited; a retry changes nothing. */
export async function upsertUrgentCare(db: Db, row: UrgentCareRow): Promise<UrgentCareResult> {
  const changed = await db
    .insertInto('urgent_care_reports')
    .values(row)
    .onConflict((oc) =>
      oc
        .columns(['person_id', 'id'])
        .doUpdateSet({
          at: row.at,
          went_to_ae: row.went_to_ae,
          called_999: row.called_999,
          called_111: row.called_111,
          received_at: row.received_at,
        })
        .where('urgent_care_reports.service_id', '=', row.service_id)
        .where(
          sql<boolean>`(urgent_care_reports.at, urgent_care_reports.went_to_ae, urgent_care_reports.called_999, urgent_care_reports.called_111) is distinct from (excluded.at, excluded.went_to_ae, excluded.called_999, excluded.called_111)`,
        ),
    )
    .returningAll()
    .executeTakeFirst();
  if (changed) return { row: changed, changed: true };
  const stored = await db
    .selectFrom('urgent_care_reports')
    .selectAll()
    .where('service_id', '=', row.service_id)
    .where('person_id', '=', row.person_id)
    .where('id', '=', row.id)
    .executeTakeFirst();
  if (!stored) throw new Error('An urgent care report that was just there has gone');
  return { row: stored, changed: false };
}

/** True if there was a report to delete. */
export async function deleteUrgentCare(
  db: Db,
  serviceId: string,
  personId: string,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('urgent_care_reports')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** A person's urgent care reports, the newest `limit` of them, oldest first. */
export async function listUrgentCare(
  db: Db,
  serviceId: string,
  personId: string,
  limit = 5000,
): Promise<UrgentCareRow[]> {
  const newest = await db
    .selectFrom('urgent_care_reports')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return newest.reverse();
}
