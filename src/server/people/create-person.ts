import { randomUUID } from 'node:crypto';
import { emptyPlanSections } from '#shared/schemas/plan';
import type { Db } from '../db/database';
import type { CaseworkerRow } from '../db/tables/caseworkers.table';
import { recordChange } from '../db/tables/changes.table';
import { writeAgreedHours } from '../db/tables/hours.table';
import { insertPerson } from '../db/tables/people.table';
import { writePlan } from '../db/tables/plans.table';
import { workingHours } from './working-hours';

/**
 * Add a person to a caseworker's caseload with an empty plan, and agreed hours that start as
 * the caseworker's own working hours. Run inside a transaction.
 */
export async function createPerson(
  db: Db,
  input: { caseworker: CaseworkerRow; displayName: string; createdBy: string | null; now: Date },
): Promise<string> {
  const { caseworker, now } = input;
  const serviceId = caseworker.service_id;
  const id = randomUUID();
  await insertPerson(db, {
    id,
    service_id: serviceId,
    caseworker_id: caseworker.id,
    display_name: input.displayName,
    status: 'active',
    created_at: now,
    updated_at: now,
  });
  await writePlan(db, serviceId, id, emptyPlanSections(), input.createdBy, now);
  await writeAgreedHours(
    db,
    serviceId,
    id,
    workingHours(caseworker.working_hours),
    input.createdBy,
    now,
  );
  await recordChange(
    db,
    serviceId,
    { personId: id, entity: 'person', entityId: id, op: 'put' },
    now,
  );
  return id;
}
