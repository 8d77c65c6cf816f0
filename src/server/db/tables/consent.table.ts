import { randomUUID } from 'node:crypto';
import type { ColumnType } from 'kysely';
import { z } from 'zod';
import type {
  ConsentAction,
  ConsentHow,
  ConsentRecord,
  ConsentTopic,
} from '#shared/schemas/consent';
import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

/** One line of a person's consent history (see the migration): added, never changed. */
export interface ConsentRecordsTable {
  id: string;
  /** Read as a string (bigint). */
  seq: ColumnType<string, never, never>;
  service_id: string;
  person_id: string;
  topic: ConsentTopic;
  action: ConsentAction;
  /** 'YYYY-MM-DD' (`date` columns are read as strings, see openDatabase). */
  day: ColumnType<string, string, string>;
  how: ConsentHow;
  shared_with: Jsonb;
  recorded_by_staff: string | null;
  recorded_by_device: string | null;
  recorded_at: Date;
}

export interface NewConsentLine {
  serviceId: string;
  personId: string;
  topic: ConsentTopic;
  action: ConsentAction;
  day: string;
  how: ConsentHow;
  sharedWith: string[];
  by: { staffId: string } | { deviceId: string };
}

const Names = z.array(z.string());

/** Add one line to the history. */
export async function addConsentLine(db: Db, line: NewConsentLine, now: Date): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('consent_records')
    .values({
      id,
      service_id: line.serviceId,
      person_id: line.personId,
      topic: line.topic,
      action: line.action,
      day: line.day,
      how: line.how,
      shared_with: jsonb(line.sharedWith),
      recorded_by_staff: 'staffId' in line.by ? line.by.staffId : null,
      recorded_by_device: 'deviceId' in line.by ? line.by.deviceId : null,
      recorded_at: now,
    })
    .execute();
  return id;
}

/** A person's whole history, newest first, with the recorder's name while they are on the books. */
export async function listConsent(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<ConsentRecord[]> {
  const rows = await db
    .selectFrom('consent_records')
    .leftJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'consent_records.recorded_by_staff')
        .onRef('caseworkers.service_id', '=', 'consent_records.service_id'),
    )
    .selectAll('consent_records')
    .select('caseworkers.name as staff_name')
    .where('consent_records.service_id', '=', serviceId)
    .where('consent_records.person_id', '=', personId)
    .orderBy('consent_records.day', 'desc')
    .orderBy('consent_records.seq', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    seq: Number(r.seq),
    topic: r.topic,
    action: r.action,
    day: r.day,
    how: r.how,
    sharedWith: Names.parse(r.shared_with),
    recordedBy: r.recorded_by_staff ? { id: r.recorded_by_staff, name: r.staff_name } : null,
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}

/**
 * The people (of one service, or all) whose consent to anonymised outcomes is withdrawn on
 * `day`: their latest `outcomes` line on or before that day is a withdrawal. The same rule as
 * `consentOn` in #shared/consent, set-based.
 */
export async function outcomesWithdrawn(
  db: Db,
  day: string,
  serviceId?: string,
): Promise<Set<string>> {
  let q = db
    .selectFrom('consent_records')
    .select(['person_id', 'action'])
    .distinctOn('person_id')
    .where('topic', '=', 'outcomes')
    .where('day', '<=', day)
    .orderBy('person_id')
    .orderBy('day', 'desc')
    .orderBy('seq', 'desc');
  if (serviceId) q = q.where('service_id', '=', serviceId);
  const rows = await q.execute();
  return new Set(rows.filter((r) => r.action === 'withdrawn').map((r) => r.person_id));
}
