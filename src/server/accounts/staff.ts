import { randomUUID } from 'node:crypto';
import { audit } from '../audit/audit';
import { hashPassword, makeOneTimePassword } from '../auth/passwords';
import type { Db } from '../db/database';
import {
  findCaseworkerByEmail,
  insertCaseworker,
  setPassword,
  type Role,
} from '../db/tables/caseworkers.table';
import { deleteOtherSessions } from '../db/tables/sessions.table';
import { insertService } from '../db/tables/services.table';
import { OFFICE_HOURS } from '../people/working-hours';

/** Staff accounts made outside the console: by the admin command and the demo seed. */

export interface NewStaff {
  id: string;
  email: string;
  oneTimePassword: string;
}

/** Add a caseworker or lead with a one-time password (they must change it when they sign in). */
export async function addStaff(
  db: Db,
  input: {
    serviceId: string;
    name: string;
    email: string;
    role: Role;
    now: Date;
    password?: string;
    mustChangePassword?: boolean;
  },
): Promise<NewStaff> {
  const oneTimePassword = input.password ?? makeOneTimePassword();
  const id = randomUUID();
  await insertCaseworker(db, {
    id,
    serviceId: input.serviceId,
    name: input.name,
    email: input.email,
    role: input.role,
    passwordHash: await hashPassword(oneTimePassword),
    mustChangePassword: input.mustChangePassword ?? true,
    workingHours: OFFICE_HOURS,
    now: input.now,
  });
  const actor = { type: 'system', id: null } as const;
  await audit(
    db,
    { serviceId: input.serviceId, actor, action: 'caseworker.create', subjectId: id },
    input.now,
  );
  return { id, email: input.email, oneTimePassword };
}

/** A new service (tenant) with its lead. */
export async function createService(
  db: Db,
  input: { name: string; leadName: string; leadEmail: string; now: Date },
): Promise<{ serviceId: string; lead: NewStaff }> {
  const serviceId = randomUUID();
  await insertService(db, { id: serviceId, name: input.name, created_at: input.now });
  const lead = await addStaff(db, {
    serviceId,
    name: input.leadName,
    email: input.leadEmail,
    role: 'lead',
    now: input.now,
  });
  return { serviceId, lead };
}

/** Give someone a new one-time password and sign them out everywhere. */
export async function resetPassword(
  db: Db,
  email: string,
  now: Date,
): Promise<{ password: string; caseworkerId: string } | undefined> {
  const caseworker = await findCaseworkerByEmail(db, email);
  if (!caseworker) return undefined;
  const oneTimePassword = makeOneTimePassword();
  const hash = await hashPassword(oneTimePassword);
  await setPassword(db, caseworker.service_id, caseworker.id, hash, true, now);
  await deleteOtherSessions(db, caseworker.service_id, caseworker.id);
  const actor = { type: 'system', id: null } as const;
  await audit(
    db,
    {
      serviceId: caseworker.service_id,
      actor,
      action: 'auth.password-reset',
      subjectId: caseworker.id,
      detail: 'Password reset by an administrator',
    },
    now,
  );
  return { password: oneTimePassword, caseworkerId: caseworker.id };
}
