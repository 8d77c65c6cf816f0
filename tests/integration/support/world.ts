import { addStaff } from '../../../src/server/accounts/staff';
import { issuePairingCode } from '../../../src/server/auth/pairing';
import type { Db } from '../../../src/server/db/database';
import { findCaseworker } from '../../../src/server/db/tables/caseworkers.table';
import { revokeDevice } from '../../../src/server/db/tables/devices.table';
import { insertService } from '../../../src/server/db/tables/services.table';
import { createPerson } from '../../../src/server/people/create-person';
import type { Harness } from './harness';
import { body, call, deviceCaller, login, type Caller } from './http';

export const PASSWORD = 'correct horse battery staple';

export interface StaffMember {
  id: string;
  email: string;
  name: string;
}

/**
 * Two services. In service A: a lead, Casey (assigned to person P1), Drew (assigned to P2,
 * not to P1). In service B: a lead and a caseworker with person PB. Every name here is made up.
 */
export interface World {
  serviceA: string;
  serviceB: string;
  leadA: StaffMember;
  casey: StaffMember;
  drew: StaffMember;
  leadB: StaffMember;
  otherCaseworker: StaffMember;
  p1: string;
  p2: string;
  pb: string;
}

async function staff(
  h: Harness,
  serviceId: string,
  name: string,
  email: string,
  role: 'lead' | 'caseworker',
): Promise<StaffMember> {
  const made = await addStaff(h.db, {
    serviceId,
    name,
    email,
    role,
    now: h.now(),
    password: PASSWORD,
    mustChangePassword: false,
  });
  return { id: made.id, email, name };
}

async function person(db: Db, serviceId: string, caseworkerId: string, name: string, now: Date) {
  const caseworker = await findCaseworker(db, serviceId, caseworkerId);
  if (!caseworker) throw new Error('no caseworker');
  return createPerson(db, { caseworker, displayName: name, createdBy: caseworkerId, now });
}

export async function buildWorld(h: Harness): Promise<World> {
  const now = h.now();
  const serviceA = '00000000-0000-4000-8000-00000000000a';
  const serviceB = '00000000-0000-4000-8000-00000000000b';
  await insertService(h.db, { id: serviceA, name: 'Alphaville HIU', created_at: now });
  await insertService(h.db, { id: serviceB, name: 'Betaborough HIU', created_at: now });
  const leadA = await staff(h, serviceA, 'Lenny Leadperson', 'lead@alpha.example.org', 'lead');
  const casey = await staff(
    h,
    serviceA,
    'Casey Caseworkerly',
    'casey@alpha.example.org',
    'caseworker',
  );
  const drew = await staff(h, serviceA, 'Drew Notassigned', 'drew@alpha.example.org', 'caseworker');
  const leadB = await staff(h, serviceB, 'Bea Betalead', 'lead@beta.example.org', 'lead');
  const otherCaseworker = await staff(
    h,
    serviceB,
    'Otto Otherservice',
    'otto@beta.example.org',
    'caseworker',
  );
  const p1 = await person(h.db, serviceA, casey.id, 'Penny Firstperson', now);
  const p2 = await person(h.db, serviceA, drew.id, 'Quentin Secondperson', now);
  const pb = await person(h.db, serviceB, otherCaseworker.id, 'Rory Betaperson', now);
  return { serviceA, serviceB, leadA, casey, drew, leadB, otherCaseworker, p1, p2, pb };
}

/** Pair a phone for a person through the real route; returns its token and id. */
export async function pairDevice(h: Harness, serviceId: string, personId: string) {
  const { code } = await issuePairingCode(h.db, {
    serviceId,
    personId,
    issuedBy: null,
    now: h.now(),
  });
  const res = await call(h.app, 'POST', '/api/device/pair', {
    body: { code },
    headers: { 'x-forwarded-for': '198.51.100.7' },
  });
  if (res.status !== 201) throw new Error(`pairing failed: ${res.status} ${await res.text()}`);
  const data = await body(res);
  return { token: String(data.token), deviceId: String(data.deviceId) };
}

/** Every kind of caller the authorisation matrix and the other suites use. */
export interface Callers {
  anonymous: Caller;
  revokedDevice: Caller;
  otherPersonsDevice: Caller;
  ownDevice: Caller;
  otherServiceCaseworker: Caller;
  unassignedCaseworker: Caller;
  assignedCaseworker: Caller;
  lead: Caller;
}

export async function buildCallers(h: Harness, w: World) {
  const own = await pairDevice(h, w.serviceA, w.p1);
  const revoked = await pairDevice(h, w.serviceA, w.p1);
  await revokeDevice(h.db, w.serviceA, revoked.deviceId, w.casey.id, h.now());
  const other = await pairDevice(h, w.serviceA, w.p2);
  const callers: Callers = {
    anonymous: { headers: {} },
    revokedDevice: deviceCaller(revoked.token),
    otherPersonsDevice: deviceCaller(other.token),
    ownDevice: deviceCaller(own.token),
    otherServiceCaseworker: await login(h.app, w.otherCaseworker.email, PASSWORD),
    unassignedCaseworker: await login(h.app, w.drew.email, PASSWORD),
    assignedCaseworker: await login(h.app, w.casey.email, PASSWORD),
    lead: await login(h.app, w.leadA.email, PASSWORD),
  };
  return {
    callers,
    ownDeviceId: own.deviceId,
    revokedDeviceId: revoked.deviceId,
    otherDeviceId: other.deviceId,
  };
}
