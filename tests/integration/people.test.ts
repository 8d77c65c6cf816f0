import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PersonListResponse, PersonSummary } from '#shared/schemas/api';
import { CrisisPlan, PLAN_SECTION_KEYS } from '#shared/schemas/plan';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, json, login, type Caller } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

describe.each(ENGINES)('caseloads and tenancy on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let drew: Caller;
  let lead: Caller;
  let otto: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    drew = await login(h.app, w.drew.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
    otto = await login(h.app, w.otherCaseworker.email, PASSWORD);
  });
  afterAll(() => h.close());

  const caseload = async (who: Caller) =>
    PersonListResponse.parse(await json(await call(h.app, 'GET', '/api/people', { as: who })));

  test('a caseworker sees only the people assigned to them', async () => {
    const mine = await caseload(casey);
    expect(mine.map((p) => p.id)).toEqual([w.p1]);
    expect(mine[0]).toMatchObject({ caseworkerName: 'Casey Caseworkerly', linked: false });
  });

  test('the lead sees every caseload in their service and none from another', async () => {
    const all = await caseload(lead);
    expect(all.map((p) => p.id).sort()).toEqual([w.p1, w.p2].sort());
    expect((await caseload(otto)).map((p) => p.id)).toEqual([w.pb]);
  });

  test("another service's person does not exist for you, on every route", async () => {
    for (const path of ['', '/plan', '/hours', '/guide', '/devices']) {
      const res = await call(h.app, 'GET', `/api/people/${w.pb}${path}`, { as: lead });
      expect(res.status, path).toBe(404);
      expect((await body(res)).error).toBe('not_found');
    }
    const write = await call(h.app, 'PUT', `/api/people/${w.pb}/hours`, {
      as: lead,
      body: { kind: 'always' },
    });
    expect(write.status).toBe(404);
  });

  test("a colleague's person is forbidden to a caseworker", async () => {
    const res = await call(h.app, 'GET', `/api/people/${w.p2}`, { as: casey });
    expect(res.status).toBe(403);
    expect((await body(res)).error).toBe('not_your_person');
  });

  test('a caseworker adds a person to their own caseload, with an empty plan and their hours', async () => {
    const res = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Nell Newcomer' },
    });
    expect(res.status).toBe(201);
    const person = PersonSummary.parse(await json(res));
    expect(person).toMatchObject({ caseworkerId: w.casey.id, status: 'active', linked: false });
    const plan = CrisisPlan.parse(
      await json(await call(h.app, 'GET', `/api/people/${person.id}/plan`, { as: casey })),
    );
    expect(Object.values(plan.sections).flat()).toEqual([]);
    const hours = await json(
      await call(h.app, 'GET', `/api/people/${person.id}/hours`, { as: casey }),
    );
    expect(hours).toMatchObject({
      kind: 'weekly',
      weekly: expect.arrayContaining([{ day: 1, start: '09:00', end: '17:00' }]),
    });
  });

  test('only the lead may give a new person to someone else', async () => {
    const byCaseworker = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Olive Other', caseworkerId: w.drew.id },
    });
    expect(byCaseworker.status).toBe(403);
    const byLead = await call(h.app, 'POST', '/api/people', {
      as: lead,
      body: { displayName: 'Olive Other', caseworkerId: w.drew.id },
    });
    expect(byLead.status).toBe(201);
    expect(await body(byLead)).toMatchObject({ caseworkerId: w.drew.id });
    const outsider = await call(h.app, 'POST', '/api/people', {
      as: lead,
      body: { displayName: 'Olive Other', caseworkerId: w.otherCaseworker.id },
    });
    expect(outsider.status).toBe(400);
    expect(await body(outsider)).toMatchObject({ fields: { caseworkerId: expect.any(String) } });
  });

  test('the lead reassigns a person; the caseloads follow', async () => {
    const created = await body(
      await call(h.app, 'POST', '/api/people', {
        as: casey,
        body: { displayName: 'Rex Reassigned' },
      }),
    );
    const id = String(created.id);
    const res = await call(h.app, 'PATCH', `/api/people/${id}`, {
      as: lead,
      body: { caseworkerId: w.drew.id },
    });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({
      caseworkerId: w.drew.id,
      caseworkerName: 'Drew Notassigned',
    });
    expect((await caseload(drew)).map((p) => p.id)).toContain(id);
    expect((await caseload(casey)).map((p) => p.id)).not.toContain(id);
    expect((await call(h.app, 'GET', `/api/people/${id}`, { as: casey })).status).toBe(403);
  });

  test('reassigning to a caseworker of another service is refused', async () => {
    const res = await call(h.app, 'PATCH', `/api/people/${w.p1}`, {
      as: lead,
      body: { caseworkerId: w.otherCaseworker.id },
    });
    expect(res.status).toBe(400);
    expect(await body(res)).toMatchObject({
      error: 'invalid_input',
      fields: { caseworkerId: expect.any(String) },
    });
  });

  test('the plan is saved and read back, with all sections', async () => {
    const sections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, [`Something for ${k}.`]]));
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/plan`, {
      as: casey,
      body: { sections },
    });
    expect(put.status).toBe(200);
    const plan = CrisisPlan.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/plan`, { as: casey })),
    );
    expect(plan.sections).toEqual(sections);
    expect(plan.updatedAt).toBe(h.now().toISOString());
  });

  test('a plan with a section missing or an unknown field is a 400 with field messages', async () => {
    const res = await call(h.app, 'PUT', `/api/people/${w.p1}/plan`, {
      as: casey,
      body: { sections: { warningSigns: ['x'] }, extra: true },
    });
    expect(res.status).toBe(400);
    const data = await body(res);
    expect(data.error).toBe('invalid_input');
    expect(Object.keys(Object(data.fields)).length).toBeGreaterThan(0);
  });

  test('the guide holds local contacts only, in order, with unique ids', async () => {
    const contact = (name: string) => ({
      id: randomUUID(),
      kind: 'local',
      name,
      whenToUse: 'When you want company.',
      call: '01632 960111',
      hours: { kind: 'always' },
      picture: 'local',
    });
    const list = [contact('First Place'), contact('Second Place')];
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/guide`, { as: casey, body: list });
    expect(put.status).toBe(200);
    expect(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/guide`, { as: casey })),
    ).toEqual(list);
    const national = await call(h.app, 'PUT', `/api/people/${w.p1}/guide`, {
      as: casey,
      body: [{ ...contact('Fake 999'), kind: 'emergency' }],
    });
    expect(national.status).toBe(400);
    const twice = list[0];
    const dup = await call(h.app, 'PUT', `/api/people/${w.p1}/guide`, {
      as: casey,
      body: [twice, twice],
    });
    expect(dup.status).toBe(400);
  });

  test('a creation needs a name', async () => {
    const res = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: '   ' },
    });
    expect(res.status).toBe(400);
    expect(await body(res)).toMatchObject({ fields: { displayName: expect.any(String) } });
  });

  test('the lead adds caseworkers; an email in use is a 409', async () => {
    const res = await call(h.app, 'POST', '/api/caseworkers', {
      as: lead,
      body: { name: 'Tess Newteam', email: 'tess@alpha.example.org', role: 'caseworker' },
    });
    expect(res.status).toBe(201);
    const data = await body(res);
    expect(String(data.oneTimePassword).length).toBeGreaterThanOrEqual(12);
    const again = await call(h.app, 'POST', '/api/caseworkers', {
      as: lead,
      body: { name: 'Tess Again', email: 'TESS@alpha.example.org', role: 'caseworker' },
    });
    expect(again.status).toBe(409);
    expect((await body(again)).error).toBe('email_taken');
    const elsewhere = await call(h.app, 'POST', '/api/caseworkers', {
      as: lead,
      body: { name: 'Tess Again', email: w.otherCaseworker.email, role: 'caseworker' },
    });
    expect(elsewhere.status).toBe(409);
  });
});
