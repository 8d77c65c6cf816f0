import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { AuditListResponse, DeviceProfile, PersonListResponse } from '#shared/schemas/api';
import { Leave, LeaveList } from '#shared/schemas/leave';
import { TriageResponse } from '#shared/schemas/triage';
import { addCoverAndPerson } from './support/cover-world';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { START, createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type StaffMember, type World } from './support/world';

/** London midnight in winter is midnight UTC: the leave below runs Tuesday to Friday. */
const MONDAY = START; // Monday 23 November 2026, 10am
const TUESDAY_EARLY = new Date('2026-11-24T00:00:30Z');
const THURSDAY = new Date('2026-11-26T11:00:00Z');
const FRIDAY_LATE = new Date('2026-11-27T23:59:00Z');
const SATURDAY_EARLY = new Date('2026-11-28T00:00:30Z');

/**
 * Leave and cover: Casey is away Tuesday 24 to Friday 27 November; Drew covers her caseload,
 * Jo covers one of her people (Pat). Cover starts and ends with the London day, by the server
 * clock: nothing has to run.
 */
describe.each(ENGINES)('leave and cover on %s', (engine) => {
  let h: Harness;
  let w: World;
  let jo: StaffMember;
  let pat: string;
  let p1Phone: Caller;
  let patPhone: Caller;
  const leaveId = randomUUID();

  const as = (who: { email: string }) => login(h.app, who.email, PASSWORD);
  const get = async (who: { email: string }, path: string) =>
    call(h.app, 'GET', path, { as: await as(who) });
  const status = async (who: { email: string }, path: string) => (await get(who, path)).status;
  const caseload = async (who: { email: string }) =>
    PersonListResponse.parse(await json(await get(who, '/api/people')));
  const leaveBody = {
    caseworkerId: '',
    firstDay: '2026-11-24',
    lastDay: '2026-11-27',
    cover: { caseworkerId: '', phone: '01632 960001' },
    people: [] as { personId: string; cover: { caseworkerId: string; phone: string | null } }[],
  };

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    ({ jo, pat } = await addCoverAndPerson(h, w));
    const caseyIn = await as(w.casey);
    for (const id of [w.p1, pat]) {
      await call(h.app, 'PUT', `/api/people/${id}/hours`, {
        as: caseyIn,
        body: { kind: 'always' },
      });
    }
    p1Phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    patPhone = deviceCaller((await pairDevice(h, w.serviceA, pat)).token);
    leaveBody.caseworkerId = w.casey.id;
    leaveBody.cover.caseworkerId = w.drew.id;
    leaveBody.people = [{ personId: pat, cover: { caseworkerId: jo.id, phone: null } }];
    h.setNow(MONDAY);
    const res = await call(h.app, 'PUT', `/api/leave/${leaveId}`, {
      as: await as(w.casey),
      body: leaveBody,
    });
    expect(res.status).toBe(200);
    expect(Leave.parse(await json(res))).toMatchObject({
      state: 'coming',
      cover: { caseworkerId: w.drew.id, name: w.drew.name, phone: '01632 960001' },
      people: [{ personId: pat, personName: 'Pat Patterson', cover: { caseworkerId: jo.id } }],
    });
  });
  afterAll(() => h.close());
  beforeEach(() => h.setNow(MONDAY));

  test('before the leave the cover sees nothing of the people they will cover', async () => {
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(403);
    expect(await status(w.drew, `/api/people/${w.p1}/messages`)).toBe(403);
    expect(await status(jo, `/api/people/${pat}`)).toBe(403);
    expect((await caseload(w.drew)).map((p) => p.id)).toEqual([w.p2]);
    expect(await caseload(jo)).toEqual([]);
  });

  test('during the leave the cover reads, replies and sees them in their caseload and Today', async () => {
    h.setNow(TUESDAY_EARLY);
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(200);
    expect(await status(w.drew, `/api/people/${w.p1}/messages`)).toBe(200);
    expect(await status(w.drew, `/api/people/${w.p1}/plan`)).toBe(200);
    const reply = await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
      as: await as(w.drew),
      body: { id: randomUUID(), body: 'Hello, I am Drew. I am looking after you this week.' },
    });
    expect(reply.status).toBe(201);
    expect(await body(reply)).toMatchObject({ from: 'caseworker', caseworkerId: w.drew.id });
    const drews = await caseload(w.drew);
    expect(drews.map((p) => p.id).sort()).toEqual([w.p1, w.p2].sort());
    expect(drews.find((p) => p.id === w.p1)?.away).toEqual({
      caseworkerName: w.casey.name,
      lastDay: '2026-11-27',
      cover: { caseworkerId: w.drew.id, name: w.drew.name },
    });
    expect(drews.find((p) => p.id === w.p2)?.away).toBeNull();
    // Casey still reaches her own people while away.
    expect(await status(w.casey, `/api/people/${w.p1}`)).toBe(200);

    await call(h.app, 'POST', '/api/device/messages', {
      as: p1Phone,
      body: { id: randomUUID(), body: 'Is anyone there?' },
    });
    const today = TriageResponse.parse(await json(await get(w.drew, '/api/triage')));
    const row = today.items.find((i) => i.personId === w.p1 && i.kind === 'message');
    expect(row?.away).toMatchObject({ caseworkerName: w.casey.name, cover: { name: w.drew.name } });
  });

  test('a cover for one person cannot read another, and the caseload cover does not get them', async () => {
    h.setNow(THURSDAY);
    expect(await status(jo, `/api/people/${pat}`)).toBe(200);
    expect(await status(jo, `/api/people/${pat}/shared-entries`)).toBe(200);
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(403);
    expect(await status(jo, `/api/people/${w.p2}`)).toBe(403);
    expect(await status(w.drew, `/api/people/${pat}`)).toBe(403);
    expect((await caseload(jo)).map((p) => p.id)).toEqual([pat]);
    // Jo sees only her own part of Casey's leave: not who else covers whom.
    const seen = LeaveList.parse(await json(await get(jo, '/api/leave')));
    expect(seen.leave).toHaveLength(1);
    expect(seen.leave[0]?.people.map((p) => p.personId)).toEqual([pat]);
  });

  test('a caseworker from another service never reaches the people, covered or not', async () => {
    h.setNow(THURSDAY);
    expect(await status(w.otherCaseworker, `/api/people/${w.p1}`)).toBe(404);
    expect(await status(w.otherCaseworker, `/api/people/${pat}/messages`)).toBe(404);
    const res = await call(h.app, 'PUT', `/api/leave/${randomUUID()}`, {
      as: await as(w.otherCaseworker),
      body: { ...leaveBody, caseworkerId: w.otherCaseworker.id, cover: null, people: [] },
    });
    expect(res.status).toBe(200);
    // Casey's leave is not theirs to see, change or take off.
    const theirs = LeaveList.parse(await json(await get(w.otherCaseworker, '/api/leave')));
    expect(theirs.leave.map((l) => l.id)).not.toContain(leaveId);
    const taken = await call(h.app, 'PUT', `/api/leave/${leaveId}`, {
      as: await as(w.otherCaseworker),
      body: { ...leaveBody, caseworkerId: w.otherCaseworker.id, cover: null, people: [] },
    });
    expect(taken.status).toBe(409);
    const gone = await call(h.app, 'DELETE', `/api/leave/${leaveId}`, {
      as: await as(w.otherCaseworker),
    });
    expect(gone.status).toBe(404);
  });

  test('cover lasts to the end of the last London day, and then it all goes back', async () => {
    h.setNow(FRIDAY_LATE);
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(200);
    h.setNow(SATURDAY_EARLY);
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(403);
    expect(await status(w.drew, `/api/people/${w.p1}/messages`)).toBe(403);
    expect(await status(jo, `/api/people/${pat}`)).toBe(403);
    expect((await caseload(w.drew)).map((p) => p.id)).toEqual([w.p2]);
    const today = TriageResponse.parse(await json(await get(w.drew, '/api/triage')));
    expect(today.items.filter((i) => i.personId === w.p1)).toEqual([]);
    const mine = await caseload(w.casey);
    expect(mine.every((p) => p.away === null)).toBe(true);
  });

  test('the live alert of a message goes to the cover while the cover lasts, and only then', async () => {
    h.setNow(THURSDAY);
    const drew = await openEvents(h.app, await as(w.drew));
    const jos = await openEvents(h.app, await as(jo));
    await call(h.app, 'POST', '/api/device/messages', {
      as: patPhone,
      body: { id: randomUUID(), body: 'Hello?' },
    });
    expect(await jos.next((e) => e.personId === pat && e.type === 'message')).toMatchObject({
      personId: pat,
    });
    await call(h.app, 'POST', '/api/device/messages', {
      as: p1Phone,
      body: { id: randomUUID(), body: 'Hi.' },
    });
    await drew.next((e) => e.personId === w.p1 && e.type === 'message');
    await settle();
    expect(jos.events.some((e) => e.personId === w.p1)).toBe(false);
    expect(drew.events.some((e) => e.personId === pat)).toBe(false);
    await drew.close();
    await jos.close();

    h.setNow(SATURDAY_EARLY);
    const after = await openEvents(h.app, await as(jo));
    await call(h.app, 'POST', '/api/device/messages', {
      as: patPhone,
      body: { id: randomUUID(), body: 'Back to Casey.' },
    });
    await settle();
    expect(after.events.some((e) => e.personId === pat)).toBe(false);
    await after.close();
  });

  test("the person's phone carries the leave and who covers them, and forgets it after", async () => {
    const profile = async (phone: Caller) =>
      DeviceProfile.parse(
        await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })),
      );
    expect((await profile(p1Phone)).leave).toEqual([
      {
        firstDay: '2026-11-24',
        lastDay: '2026-11-27',
        cover: { name: w.drew.name, phone: '01632 960001' },
      },
    ]);
    expect((await profile(patPhone)).leave).toEqual([
      { firstDay: '2026-11-24', lastDay: '2026-11-27', cover: { name: jo.name, phone: null } },
    ]);
    h.setNow(SATURDAY_EARLY);
    expect((await profile(p1Phone)).leave).toEqual([]);
  });

  test("everything the cover reads or writes is audited under the cover's name", async () => {
    h.setNow(THURSDAY);
    const drew = await as(w.drew);
    await call(h.app, 'GET', `/api/people/${w.p1}/goals`, { as: drew });
    await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
      as: drew,
      body: { id: randomUUID(), body: 'Checking in.' },
    });
    const lines = AuditListResponse.parse(
      await json(await get(w.leadA, `/api/audit?personId=${w.p1}&limit=100`)),
    );
    const drews = lines.filter((l) => l.actorId === w.drew.id).map((l) => l.action);
    expect(drews).toContain('goals.list');
    expect(drews).toContain('message.reply');
    const recorded = AuditListResponse.parse(
      await json(await get(w.leadA, '/api/audit?limit=200')),
    );
    expect(recorded.find((l) => l.action === 'leave.record')).toMatchObject({
      actorId: w.casey.id,
    });
  });

  test("with nobody covering, what comes in is in the lead's team inbox", async () => {
    h.setNow(MONDAY);
    const drewsLeave = randomUUID();
    const res = await call(h.app, 'PUT', `/api/leave/${drewsLeave}`, {
      as: await as(w.leadA),
      body: {
        caseworkerId: w.drew.id,
        firstDay: '2026-11-30',
        lastDay: '2026-12-04',
        cover: null,
        people: [],
      },
    });
    expect(res.status).toBe(200);
    h.setNow(new Date('2026-12-01T10:00:00Z'));
    const p2Phone = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
    await call(h.app, 'POST', '/api/device/messages', {
      as: p2Phone,
      body: { id: randomUUID(), body: 'Hello.' },
    });
    const lead = TriageResponse.parse(await json(await get(w.leadA, '/api/triage')));
    const row = lead.items.find((i) => i.personId === w.p2 && i.kind === 'message');
    expect(row?.away).toEqual({ caseworkerName: w.drew.name, lastDay: '2026-12-04', cover: null });
    // Nobody else was given Drew's people.
    expect(await status(jo, `/api/people/${w.p2}`)).toBe(403);
    expect(await status(w.casey, `/api/people/${w.p2}`)).toBe(403);
  });

  test("a caseworker records only their own leave; the lead anyone's", async () => {
    const other = { ...leaveBody, firstDay: '2026-12-14', lastDay: '2026-12-18', people: [] };
    const put = async (who: { email: string }, id: string, b: unknown) =>
      call(h.app, 'PUT', `/api/leave/${id}`, { as: await as(who), body: b });
    expect((await put(w.drew, randomUUID(), other)).status).toBe(403);
    expect(
      (await call(h.app, 'DELETE', `/api/leave/${leaveId}`, { as: await as(w.drew) })).status,
    ).toBe(403);
    const byLead = randomUUID();
    expect((await put(w.leadA, byLead, other)).status).toBe(200);
    expect(
      (await call(h.app, 'DELETE', `/api/leave/${byLead}`, { as: await as(w.leadA) })).status,
    ).toBe(200);
  });

  test.each([
    ['overlapping leave', { firstDay: '2026-11-27', lastDay: '2026-11-30' }, 'firstDay'],
    ['the last day before the first', { firstDay: '2026-12-10', lastDay: '2026-12-09' }, 'lastDay'],
    ['leave already over', { firstDay: '2026-11-01', lastDay: '2026-11-02' }, 'lastDay'],
    [
      'covering yourself',
      { firstDay: '2026-12-10', lastDay: '2026-12-11', cover: 'self' },
      'cover.caseworkerId',
    ],
    [
      'someone not on the caseload',
      { firstDay: '2026-12-10', lastDay: '2026-12-11', person: 'p2' },
      'people.0.personId',
    ],
  ])('%s is refused, naming the field', async (_name, change, field) => {
    const { cover, person, ...days } = change as Record<string, string>;
    const b = {
      ...leaveBody,
      ...days,
      cover: cover === 'self' ? { caseworkerId: w.casey.id, phone: null } : leaveBody.cover,
      people: person ? [{ personId: w.p2, cover: { caseworkerId: jo.id, phone: null } }] : [],
    };
    const res = await call(h.app, 'PUT', `/api/leave/${randomUUID()}`, {
      as: await as(w.casey),
      body: b,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await body(res))).toContain(field);
  });

  test('leave taken off ends the cover at once', async () => {
    const id = randomUUID();
    const b = { ...leaveBody, firstDay: '2026-11-23', lastDay: '2026-11-23', people: [] };
    expect(
      (await call(h.app, 'PUT', `/api/leave/${id}`, { as: await as(w.casey), body: b })).status,
    ).toBe(200);
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(200);
    expect(
      (await call(h.app, 'DELETE', `/api/leave/${id}`, { as: await as(w.casey) })).status,
    ).toBe(200);
    expect(await status(w.drew, `/api/people/${w.p1}`)).toBe(403);
  });

  test('leave days are London days across the October clock change', async () => {
    // British Summer Time ends at 2am on Sunday 25 October 2026.
    h.setNow(new Date('2026-10-12T10:00:00Z'));
    const id = randomUUID();
    const b = {
      ...leaveBody,
      firstDay: '2026-10-20',
      lastDay: '2026-10-25',
      cover: { caseworkerId: jo.id, phone: null },
      people: [],
    };
    expect(
      (await call(h.app, 'PUT', `/api/leave/${id}`, { as: await as(w.casey), body: b })).status,
    ).toBe(200);
    // 11:30pm on Monday 19 October in UTC is already Tuesday 20 in London (BST).
    h.setNow(new Date('2026-10-19T22:30:00Z'));
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(403);
    h.setNow(new Date('2026-10-19T23:30:00Z'));
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(200);
    // After the change London is on GMT: Sunday lasts until midnight UTC.
    h.setNow(new Date('2026-10-25T23:30:00Z'));
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(200);
    h.setNow(new Date('2026-10-26T00:00:30Z'));
    expect(await status(jo, `/api/people/${w.p1}`)).toBe(403);
  });
});
