import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse, PersonResponse } from '#shared/schemas/api';
import { CheckIn, UrgentCareReport, WellbeingView } from '#shared/schemas/wellbeing';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const answers = {
  satisfied: 6,
  worthwhile: 7,
  happy: null,
  anxious: 3,
  lonely: 'some-of-the-time',
} as const;
const skipped = { satisfied: null, worthwhile: null, happy: null, anxious: null, lonely: null };

describe.each(ENGINES)('wellbeing check-ins and urgent care on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let lead: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
  });
  afterAll(() => h.close());

  async function newPerson() {
    const res = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Wendy Wellperson' },
    });
    const person = PersonResponse.parse(await json(res));
    const { token } = await pairDevice(h, w.serviceA, person.id);
    return { id: person.id, phone: deviceCaller(token) };
  }

  const sendCheckIn = (phone: Caller, id: string, input: Record<string, unknown>) =>
    call(h.app, 'PUT', `/api/device/check-ins/${id}`, { as: phone, body: input });
  const sendUrgent = (phone: Caller, id: string, input: Record<string, unknown>) =>
    call(h.app, 'PUT', `/api/device/urgent-care/${id}`, { as: phone, body: input });
  const wellbeing = async (personId: string, as = casey) => {
    const res = await call(h.app, 'GET', `/api/people/${personId}/wellbeing`, { as });
    expect(res.status).toBe(200);
    return WellbeingView.parse(await json(res));
  };

  test('a check-in reaches the caseworker once, live, however often the phone sends it', async () => {
    const p = await newPerson();
    const events = await openEvents(h.app, casey);
    const id = randomUUID();
    const input = { at: '2026-11-23T09:30:00Z', reason: 'start', answers };
    const first = await sendCheckIn(p.phone, id, input);
    expect(first.status).toBe(200);
    const stored = CheckIn.parse(await json(first));
    expect(stored).toEqual({ id, at: '2026-11-23T09:30:00.000Z', reason: 'start', answers });

    h.advance(60_000);
    const again = await sendCheckIn(p.phone, id, input);
    expect(again.status).toBe(200);
    expect(CheckIn.parse(await json(again))).toEqual(stored);

    expect(await events.next((e) => e.type === 'wellbeing')).toMatchObject({ personId: p.id });
    await settle();
    expect(events.events.filter((e) => e.type === 'wellbeing')).toHaveLength(1);
    await events.close();

    expect((await wellbeing(p.id)).checkIns).toEqual([stored]);
  });

  test('an empty check-in is a kind 400 and keeps what was sent before', async () => {
    const p = await newPerson();
    const kept = randomUUID();
    await sendCheckIn(p.phone, kept, { at: '2026-11-23T08:00:00Z', reason: 'start', answers });
    const res = await sendCheckIn(p.phone, randomUUID(), {
      at: '2026-11-23T09:00:00Z',
      reason: 'monthly',
      answers: skipped,
    });
    expect(res.status).toBe(400);
    const problem = await body(res);
    expect(problem.error).toBe('empty_check_in');
    expect(problem.message).toMatch(/nothing to send/);
    expect(problem.message).not.toMatch(/fail|error|invalid/i);

    // Out of range, unknown answer, a missing question: the schema says so, field by field.
    const bad = await sendCheckIn(p.phone, randomUUID(), {
      at: '2026-11-23T09:00:00Z',
      reason: 'monthly',
      answers: { ...answers, satisfied: 11 },
    });
    expect(bad.status).toBe(400);
    expect((await body(bad)).fields).toHaveProperty(['answers.satisfied']);
    const odd = await sendCheckIn(p.phone, randomUUID(), {
      at: '2026-11-23T09:00:00Z',
      reason: 'weekly',
      answers: { ...answers, lonely: 'a bit' },
    });
    expect(odd.status).toBe(400);
    const { happy: _, ...missing } = answers;
    const partial = await sendCheckIn(p.phone, randomUUID(), {
      at: '2026-11-23T09:00:00Z',
      reason: 'monthly',
      answers: missing,
    });
    expect(partial.status).toBe(400);

    expect((await wellbeing(p.id)).checkIns.map((c) => c.id)).toEqual([kept]);
  });

  test('a check-in id another person used is a clash, not a copy', async () => {
    const p = await newPerson();
    const q = await newPerson();
    const id = randomUUID();
    const input = { at: '2026-11-23T09:30:00Z', reason: 'monthly', answers };
    expect((await sendCheckIn(p.phone, id, input)).status).toBe(200);
    const clash = await sendCheckIn(q.phone, id, { ...input, answers: { ...answers, happy: 2 } });
    expect(clash.status).toBe(409);
    expect(await body(clash)).toMatchObject({ error: 'id_taken', message: expect.any(String) });
    expect((await wellbeing(q.id)).checkIns).toEqual([]);
    expect((await wellbeing(p.id)).checkIns.map((c) => c.answers.happy)).toEqual([null]);
  });

  test('urgent care: sending again replaces, a retry changes nothing, DELETE takes it away', async () => {
    const p = await newPerson();
    const entry = randomUUID();
    const events = await openEvents(h.app, casey);
    const first = await sendUrgent(p.phone, entry, {
      at: '2026-11-22T23:10:00Z',
      wentToAe: true,
      called999: false,
      called111: false,
    });
    expect(first.status).toBe(200);
    // "None of these" is not a report: a kind 400, and the one already sent stays.
    const none = await sendUrgent(p.phone, entry, {
      at: '2026-11-22T23:10:00Z',
      wentToAe: false,
      called999: false,
      called111: false,
    });
    expect(none.status).toBe(400);
    expect(await body(none)).toMatchObject({ error: 'empty_urgent_care' });
    expect(UrgentCareReport.parse(await json(first))).toEqual({
      id: entry,
      at: '2026-11-22T23:10:00.000Z',
      wentToAe: true,
      called999: false,
      called111: false,
    });
    await events.next((e) => e.type === 'wellbeing');

    // The entry was edited: they called 111 first.
    const edited = {
      at: '2026-11-22T23:10:00Z',
      wentToAe: true,
      called999: false,
      called111: true,
    };
    expect((await sendUrgent(p.phone, entry, edited)).status).toBe(200);
    await events.next((e) => e.type === 'wellbeing');
    const count = events.events.filter((e) => e.type === 'wellbeing').length;
    expect((await sendUrgent(p.phone, entry, edited)).status).toBe(200); // a retry
    await settle();
    expect(events.events.filter((e) => e.type === 'wellbeing')).toHaveLength(count);

    const other = randomUUID();
    await sendUrgent(p.phone, other, {
      at: '2026-11-20T12:00:00Z',
      wentToAe: false,
      called999: true,
      called111: false,
    });
    const seen = await wellbeing(p.id);
    // Oldest first, one report per entry.
    expect(seen.urgentCare.map((u) => [u.id, u.called111])).toEqual([
      [other, false],
      [entry, true],
    ]);

    expect(
      (await call(h.app, 'DELETE', `/api/device/urgent-care/${entry}`, { as: p.phone })).status,
    ).toBe(204);
    expect(
      (await call(h.app, 'DELETE', `/api/device/urgent-care/${entry}`, { as: p.phone })).status,
    ).toBe(204);
    expect((await wellbeing(p.id)).urgentCare.map((u) => u.id)).toEqual([other]);
    await events.close();
  });

  test('one person’s phone cannot touch another’s reports', async () => {
    const p = await newPerson();
    const q = await newPerson();
    const entry = randomUUID();
    const report = {
      at: '2026-11-22T10:00:00Z',
      wentToAe: false,
      called999: false,
      called111: true,
    };
    await sendUrgent(p.phone, entry, report);
    expect(
      (await call(h.app, 'DELETE', `/api/device/urgent-care/${entry}`, { as: q.phone })).status,
    ).toBe(204);
    // The same entry id from another person's phone is a clash: said so, and nothing stored.
    const clash = await sendUrgent(q.phone, entry, { ...report, called999: true });
    expect(clash.status).toBe(409);
    expect(await body(clash)).toMatchObject({ error: 'id_taken', message: expect.any(String) });
    expect((await wellbeing(p.id)).urgentCare).toEqual([
      {
        id: entry,
        at: '2026-11-22T10:00:00.000Z',
        wentToAe: false,
        called999: false,
        called111: true,
      },
    ]);
    expect((await wellbeing(q.id)).urgentCare).toEqual([]);
  });

  test('reading wellbeing is audited; other caseworkers and services are kept out', async () => {
    const p = await newPerson();
    await wellbeing(p.id, lead);
    const audit = AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit?personId=${p.id}`, { as: lead })),
    );
    expect(audit.map((e) => e.action)).toContain('wellbeing.read');

    const drew = await login(h.app, w.drew.email, PASSWORD);
    const otto = await login(h.app, w.otherCaseworker.email, PASSWORD);
    expect((await call(h.app, 'GET', `/api/people/${p.id}/wellbeing`, { as: drew })).status).toBe(
      403,
    );
    expect((await call(h.app, 'GET', `/api/people/${p.id}/wellbeing`, { as: otto })).status).toBe(
      404,
    );
    expect((await call(h.app, 'GET', `/api/people/${w.pb}/wellbeing`, { as: lead })).status).toBe(
      404,
    );
  });
});
