import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { AuditListResponse, DeviceProfile } from '#shared/schemas/api';
import { Leave, LeaveList } from '#shared/schemas/leave';
import { addCoverAndPerson } from './support/cover-world';
import { ENGINES } from './support/engines';
import { START, createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type StaffMember, type World } from './support/world';

const MONDAY = START; // Monday 23 November 2026, 10am London (GMT)
const WEDNESDAY = new Date('2026-11-25T11:00:00Z');
const NEXT_MONDAY = new Date('2026-11-30T11:00:00Z');

/**
 * Changing a leave: Casey is away Tuesday 24 to Friday 27 November with Drew covering the
 * caseload. She changes the days, gives Pat their own cover (Jo, on Jo's number) and changes
 * the caseload's cover; the people, the phones and the audit follow.
 */
describe.each(ENGINES)('changing leave on %s', (engine) => {
  let h: Harness;
  let w: World;
  let jo: StaffMember;
  let pat: string;
  let patPhone: Caller;
  let leaveId: string;

  const as = (who: { email: string }) => login(h.app, who.email, PASSWORD);
  const status = async (who: { email: string }, path: string) =>
    (await call(h.app, 'GET', path, { as: await as(who) })).status;
  const change = async (who: { email: string }, id: string, b: unknown) =>
    call(h.app, 'PATCH', `/api/leave/${id}`, { as: await as(who), body: b });
  const days = { firstDay: '2026-11-24', lastDay: '2026-11-27' };
  const drewCovers = () => ({ cover: { caseworkerId: w.drew.id, phone: null }, people: [] });

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    ({ jo, pat } = await addCoverAndPerson(h, w));
    patPhone = deviceCaller((await pairDevice(h, w.serviceA, pat)).token);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    h.setNow(MONDAY);
    leaveId = randomUUID();
    const res = await call(h.app, 'PUT', `/api/leave/${leaveId}`, {
      as: await as(w.casey),
      body: { caseworkerId: w.casey.id, ...days, ...drewCovers() },
    });
    expect(res.status).toBe(200);
  });
  // Each test starts from the same one leave: take off whatever the last one left.
  afterEach(async () => {
    h.setNow(MONDAY);
    const lead = await as(w.leadA);
    const list = LeaveList.parse(await json(await call(h.app, 'GET', '/api/leave', { as: lead })));
    for (const l of list.leave) await call(h.app, 'DELETE', `/api/leave/${l.id}`, { as: lead });
  });

  test('new days and covers take over from the old: who sees whom, and what the phone says', async () => {
    const res = await change(w.casey, leaveId, {
      firstDay: '2026-11-24',
      lastDay: '2026-11-25',
      cover: { caseworkerId: jo.id, phone: '01632 960001' },
      people: [{ personId: pat, cover: { caseworkerId: w.drew.id, phone: '01632 960002' } }],
    });
    expect(res.status).toBe(200);
    expect(Leave.parse(await json(res))).toMatchObject({
      id: leaveId,
      lastDay: '2026-11-25',
      cover: { caseworkerId: jo.id, phone: '01632 960001' },
      people: [{ personId: pat, cover: { caseworkerId: w.drew.id, phone: '01632 960002' } }],
    });
    // Pat's phone shows Pat's own cover and the number given for Pat.
    const profile = DeviceProfile.parse(
      await json(await call(h.app, 'GET', '/api/device/profile', { as: patPhone })),
    );
    expect(profile.leave).toEqual([
      {
        firstDay: '2026-11-24',
        lastDay: '2026-11-25',
        cover: { name: w.drew.name, phone: '01632 960002' },
      },
    ]);
    h.setNow(WEDNESDAY);
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(200);
    expect(await status(jo, `/api/people/${pat}`)).toBe(403);
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(403);
    expect(await status(w.drew, `/api/people/${pat}`)).toBe(200);
    // Thursday is no longer leave: everyone is back with Casey.
    h.setNow(new Date('2026-11-26T09:00:00Z'));
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(403);
    expect(await status(w.drew, `/api/people/${pat}`)).toBe(403);
  });

  test('the change is audited under who made it, saying what it was and what it is', async () => {
    h.setNow(WEDNESDAY);
    const res = await change(w.leadA, leaveId, {
      firstDay: '2026-11-24',
      lastDay: '2026-11-30',
      cover: { caseworkerId: jo.id, phone: null },
      people: [],
    });
    expect(res.status).toBe(200);
    const lines = AuditListResponse.parse(
      await json(await call(h.app, 'GET', '/api/audit?limit=50', { as: await as(w.leadA) })),
    );
    const line = lines.find((l) => l.action === 'leave.change');
    expect(line).toMatchObject({ actorId: w.leadA.id });
    expect(line?.detail).toContain('days 2026-11-24 to 2026-11-30 (were 2026-11-24 to 2026-11-27)');
    expect(line?.detail).toContain(`the caseload's cover ${jo.name} (was ${w.drew.name})`);
  });

  test('only Casey and the lead may change it: not the cover, a colleague or another service', async () => {
    const b = { ...days, cover: null, people: [] };
    expect((await change(w.drew, leaveId, b)).status).toBe(403);
    expect((await change(jo, leaveId, b)).status).toBe(403);
    expect((await change(w.otherCaseworker, leaveId, b)).status).toBe(404);
    expect((await change(w.casey, randomUUID(), b)).status).toBe(404);
    expect((await change(w.leadA, leaveId, b)).status).toBe(200);
    expect((await change(w.casey, leaveId, b)).status).toBe(200);
  });

  test('leave that is over can no longer be changed; days that clash are refused', async () => {
    h.setNow(NEXT_MONDAY);
    const over = await change(w.casey, leaveId, { ...days, ...drewCovers() });
    expect(over.status).toBe(409);
    h.setNow(MONDAY);
    const later = randomUUID();
    await call(h.app, 'PUT', `/api/leave/${later}`, {
      as: await as(w.casey),
      body: {
        caseworkerId: w.casey.id,
        firstDay: '2026-12-07',
        lastDay: '2026-12-08',
        cover: null,
        people: [],
      },
    });
    const clash = await change(w.casey, later, {
      firstDay: '2026-11-26',
      lastDay: '2026-12-08',
      cover: null,
      people: [],
    });
    expect(clash.status).toBe(400);
    expect(JSON.stringify(await json(clash))).toContain('already has leave');
  });

  test('anyone in the team sees when colleagues are away, but not who covers whom', async () => {
    const seen = LeaveList.parse(
      await json(await call(h.app, 'GET', '/api/leave', { as: await as(jo) })),
    );
    expect(seen.leave.filter((l) => l.id === leaveId)).toEqual([]);
    expect(seen.away).toContainEqual({ leaveId, caseworkerId: w.casey.id, ...days });
    expect(JSON.stringify(seen.away)).not.toContain(w.drew.id);
    const other = LeaveList.parse(
      await json(await call(h.app, 'GET', '/api/leave', { as: await as(w.otherCaseworker) })),
    );
    expect(other.away.map((a) => a.leaveId)).not.toContain(leaveId);
  });
});
