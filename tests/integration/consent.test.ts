import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '#shared/london';
import { AuditListResponse } from '#shared/schemas/api';
import { ConsentView } from '#shared/schemas/consent';
import { Outcomes } from '#shared/schemas/outcomes';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/**
 * The consent record: staff record what a person agreed to and any withdrawal, the history is
 * kept whole, the phone reads its own and withdraws only app-related consent, and a withdrawal
 * of anonymised use takes the person out of the outcome figures and the CSV.
 */
describe.each(ENGINES)('the consent record on %s', (engine) => {
  let h: Harness;
  let w: World;
  let phone: Caller;
  let otherPhone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    otherPhone = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
  });
  afterAll(() => h.close());

  const as = (email: string) => login(h.app, email, PASSWORD);
  const today = () => londonDate(h.now());
  const consentOf = async (caller: Caller, path = `/api/people/${w.p1}/consent`) => {
    const res = await call(h.app, 'GET', path, { as: caller });
    expect(res.status).toBe(200);
    return ConsentView.parse(await json(res));
  };
  const stateOf = (view: ConsentView, topic: string) =>
    view.inForce.find((s) => s.topic === topic)?.status;
  const auditOf = async (personId: string) => {
    const res = await call(h.app, 'GET', `/api/audit?personId=${personId}&limit=200`, {
      as: await as(w.leadA.email),
    });
    return AuditListResponse.parse(await json(res));
  };

  test('the caseworker records consent; a later withdrawal is added, never written over', async () => {
    const casey = await as(w.casey.email);
    const given = await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: casey,
      body: {
        topic: 'share-plan',
        action: 'given',
        how: 'in-person',
        day: '2026-11-02',
        sharedWith: ['Umbervale A&E', 'North West Ambulance Service'],
      },
    });
    expect(given.status).toBe(201);
    let view = ConsentView.parse(await json(given));
    expect(stateOf(view, 'share-plan')).toBe('given');
    expect(stateOf(view, 'support')).toBe('not-recorded');
    const line = view.history[0]!;
    expect(line.sharedWith).toEqual(['Umbervale A&E', 'North West Ambulance Service']);
    expect(line.recordedBy).toEqual({ id: w.casey.id, name: w.casey.name });
    expect(line.how).toBe('in-person');

    const withdrawn = await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: casey,
      body: { topic: 'share-plan', action: 'withdrawn', how: 'phone', day: today() },
    });
    expect(withdrawn.status).toBe(201);
    view = await consentOf(casey);
    expect(stateOf(view, 'share-plan')).toBe('withdrawn');
    expect(view.history.map((r) => [r.topic, r.action])).toEqual([
      ['share-plan', 'withdrawn'],
      ['share-plan', 'given'],
    ]);
    const audit = await auditOf(w.p1);
    expect(audit.map((e) => e.action)).toContain('consent.record');
    expect(audit.map((e) => e.action)).toContain('consent.read');
  });

  test('bad input and future days get a kind, clear error', async () => {
    const casey = await as(w.casey.email);
    const noNames = await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: casey,
      body: { topic: 'share-plan', action: 'given', how: 'in-person', day: today() },
    });
    expect(noNames.status).toBe(400);
    expect(JSON.stringify(await json(noNames))).toContain('Name at least one service');
    const future = await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: casey,
      body: { topic: 'support', action: 'given', how: 'in-person', day: '2099-01-01' },
    });
    expect(future.status).toBe(400);
    // Only staff say "in the app"; staff cannot claim the person did it themselves.
    const inApp = await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: casey,
      body: { topic: 'support', action: 'given', how: 'app', day: today() },
    });
    expect(inApp.status).toBe(400);
  });

  test('only staff who may see the person record; a phone and another team are refused', async () => {
    const body = { topic: 'support', action: 'given', how: 'in-person', day: today() };
    const path = `/api/people/${w.p1}/consent`;
    expect((await call(h.app, 'POST', path, { as: phone, body })).status).toBe(401);
    expect((await call(h.app, 'GET', path, { as: phone })).status).toBe(401);
    const drew = await as(w.drew.email);
    expect((await call(h.app, 'POST', path, { as: drew, body })).status).toBe(403);
    const other = await as(w.otherCaseworker.email);
    expect((await call(h.app, 'POST', path, { as: other, body })).status).toBe(404);
    expect((await call(h.app, 'GET', path, { as: other })).status).toBe(404);
  });

  test('the phone reads its own record and withdraws only app-related consent, its own', async () => {
    const casey = await as(w.casey.email);
    await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: casey,
      body: { topic: 'app', action: 'given', how: 'in-person', day: today() },
    });
    const mine = await consentOf(phone, '/api/device/consent');
    expect(stateOf(mine, 'app')).toBe('given');
    // The other person's phone sees nothing of P1's.
    const theirs = await consentOf(otherPhone, '/api/device/consent');
    expect(theirs.history).toEqual([]);

    const refused = await call(h.app, 'POST', '/api/device/consent/withdraw', {
      as: phone,
      body: { topic: 'support' },
    });
    expect(refused.status).toBe(400);

    const res = await call(h.app, 'POST', '/api/device/consent/withdraw', {
      as: phone,
      body: { topic: 'app' },
    });
    expect(res.status).toBe(200);
    const after = ConsentView.parse(await json(res));
    expect(stateOf(after, 'app')).toBe('withdrawn');
    expect(after.history[0]).toMatchObject({ how: 'app', recordedBy: null, action: 'withdrawn' });
    // Again: nothing more is added.
    await call(h.app, 'POST', '/api/device/consent/withdraw', {
      as: phone,
      body: { topic: 'app' },
    });
    const again = await consentOf(casey);
    expect(again.history.filter((r) => r.topic === 'app')).toHaveLength(2);
    // P2's record is untouched by P1's phone.
    expect(
      (await consentOf(await as(w.leadA.email), `/api/people/${w.p2}/consent`)).history,
    ).toEqual([]);
    const audit = await auditOf(w.p1);
    expect(audit.map((e) => e.action)).toContain('consent.withdraw');
  });

  test('withdrawing anonymised use takes the person out of the dashboard and the CSV', async () => {
    await sql`insert into contact_events (id, service_id, person_id, at, kind, source, created_at)
              values (${randomUUID()}, ${w.serviceA}, ${w.p1}, ${h.now()}, 'visit', 'caseworker',
                      ${h.now()})`.execute(h.db);
    const lead = await as(w.leadA.email);
    const figures = async () =>
      Outcomes.parse(await json(await call(h.app, 'GET', '/api/outcomes', { as: lead })));
    const csv = async () =>
      (await call(h.app, 'GET', '/api/outcomes/export.csv', { as: lead })).text();
    const supported = (n: number) => `${w.serviceA},service,,day,${today()},supported_now,${n}`;

    let outcomes = await figures();
    expect(outcomes.service.supportedNow).toBe(2);
    expect(outcomes.service.contactWeeks.at(-1)?.contacts).toBe(1);
    expect((await csv()).split('\r\n')).toContain(supported(2));

    const res = await call(h.app, 'POST', '/api/device/consent/withdraw', {
      as: phone,
      body: { topic: 'outcomes' },
    });
    expect(res.status).toBe(200);
    outcomes = await figures();
    expect(outcomes.service.supportedNow).toBe(1);
    expect(outcomes.service.contactWeeks.at(-1)?.contacts).toBe(0);
    const casey = outcomes.caseworkers.find((c) => c.id === w.casey.id);
    expect(casey?.figures.supportedNow).toBe(0);
    expect((await csv()).split('\r\n')).toContain(supported(1));

    // Given again later (in person), they count again.
    await call(h.app, 'POST', `/api/people/${w.p1}/consent`, {
      as: await as(w.casey.email),
      body: { topic: 'outcomes', action: 'given', how: 'in-person', day: today() },
    });
    expect((await figures()).service.supportedNow).toBe(2);
  });
});
