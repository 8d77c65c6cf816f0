import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import type { Staff } from '../auth/sessions';
import type { Db } from '../db/database';
import type { PersonSummaryRow } from '../db/tables/people.table';
import type { WriteContext } from '../people/documents';
import type { Runtime } from '../runtime';

/** A document a caseworker keeps for a person; its name is the audit code's first part. */
type DocumentName = 'plan' | 'routine' | 'hours' | 'guide';

/**
 * A member of staff reads one of a person's documents: the access check, the read, then the
 * audit line (`<document>.read`, written off the answer's path).
 */
export async function readPersonDocument<T>(
  deps: Runtime,
  staff: Staff,
  personId: string,
  document: DocumentName,
  load: (person: PersonSummaryRow) => Promise<T>,
): Promise<T> {
  const person = await loadPersonForStaff(deps.db, staff, personId);
  const value = await load(person);
  const actor = staffActor(staff.caseworker.id);
  const event = {
    serviceId: person.service_id,
    actor,
    action: `${document}.read`,
    personId: person.id,
  };
  deps.auditLog.read(event, deps.clock());
  return value;
}

/**
 * A member of staff saves one of a person's documents: the save and its audit row
 * (`<document>.update`) in one transaction, then the push worker and every server's profile
 * cache are told. Returns the time of the change.
 */
export async function writePersonDocument(
  deps: Runtime,
  staff: Staff,
  person: PersonSummaryRow,
  document: DocumentName,
  save: (trx: Db, ctx: WriteContext) => Promise<void>,
): Promise<Date> {
  const me = staff.caseworker.id;
  const ctx: WriteContext = {
    serviceId: person.service_id,
    personId: person.id,
    by: me,
    now: deps.clock(),
  };
  await deps.db.transaction().execute(async (trx) => {
    await save(trx, ctx);
    const event = {
      serviceId: ctx.serviceId,
      actor: staffActor(me),
      action: `${document}.update`,
      personId: person.id,
    };
    await audit(trx, event, ctx.now);
  });
  deps.push.kick();
  await deps.profilesChanged([person.id]);
  return ctx.now;
}
