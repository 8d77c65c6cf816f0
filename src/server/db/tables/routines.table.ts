import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';
import type { StoredDocument } from './plans.table';

export interface RoutinesTable {
  person_id: string;
  service_id: string;
  parts: Jsonb;
  updated_at: Date;
  updated_by: string | null;
}

export async function readRoutine(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<StoredDocument | undefined> {
  const row = await db
    .selectFrom('routines')
    .select(['parts', 'updated_at'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row && { value: row.parts, updatedAt: row.updated_at };
}

export async function writeRoutine(
  db: Db,
  serviceId: string,
  personId: string,
  parts: unknown,
  by: string | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('routines')
    .values({
      person_id: personId,
      service_id: serviceId,
      parts: jsonb(parts),
      updated_at: now,
      updated_by: by,
    })
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({ parts: jsonb(parts), updated_at: now, updated_by: by })
        .where('routines.service_id', '=', serviceId),
    )
    .execute();
}
