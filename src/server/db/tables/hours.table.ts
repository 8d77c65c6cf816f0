import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';
import type { StoredDocument } from './plans.table';

/** The contact hours a caseworker agreed with one person. */
export interface AgreedHoursTable {
  person_id: string;
  service_id: string;
  hours: Jsonb;
  updated_at: Date;
  updated_by: string | null;
}

export async function readAgreedHours(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<StoredDocument | undefined> {
  const row = await db
    .selectFrom('agreed_hours')
    .select(['hours', 'updated_at'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row && { value: row.hours, updatedAt: row.updated_at };
}

export async function writeAgreedHours(
  db: Db,
  serviceId: string,
  personId: string,
  hours: unknown,
  by: string | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('agreed_hours')
    .values({
      person_id: personId,
      service_id: serviceId,
      hours: jsonb(hours),
      updated_at: now,
      updated_by: by,
    })
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({ hours: jsonb(hours), updated_at: now, updated_by: by })
        .where('agreed_hours.service_id', '=', serviceId),
    )
    .execute();
}
