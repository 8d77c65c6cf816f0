import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

export interface PlansTable {
  person_id: string;
  service_id: string;
  sections: Jsonb;
  updated_at: Date;
  updated_by: string | null;
}

export interface StoredDocument {
  value: unknown;
  updatedAt: Date;
}

export async function readPlan(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<StoredDocument | undefined> {
  const row = await db
    .selectFrom('plans')
    .select(['sections', 'updated_at'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row && { value: row.sections, updatedAt: row.updated_at };
}

export async function writePlan(
  db: Db,
  serviceId: string,
  personId: string,
  sections: unknown,
  by: string | null,
  now: Date,
): Promise<void> {
  await db
    .insertInto('plans')
    .values({
      person_id: personId,
      service_id: serviceId,
      sections: jsonb(sections),
      updated_at: now,
      updated_by: by,
    })
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({ sections: jsonb(sections), updated_at: now, updated_by: by })
        .where('plans.service_id', '=', serviceId),
    )
    .execute();
}
