import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse } from '#shared/schemas/api';
import { REPEAT_READ_WINDOW_MS } from '../../src/server/audit/audit';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

describe.each(ENGINES)('the audit log on %s', (engine) => {
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

  const entries = async (query = '') =>
    AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit${query}`, { as: lead })),
    );

  test("every caseworker read of a person's data is recorded, with who and about whom", async () => {
    for (const path of ['', '/plan', '/hours', '/guide']) {
      h.advance(1000);
      await call(h.app, 'GET', `/api/people/${w.p1}${path}`, { as: casey });
    }
    const reads = (await entries(`?personId=${w.p1}`)).filter((e) => e.action.endsWith('.read'));
    expect(reads.map((e) => e.action)).toEqual([
      'guide.read',
      'hours.read',
      'plan.read',
      'person.read',
    ]);
    expect(reads[0]).toMatchObject({
      actorId: w.casey.id,
      actorName: 'Casey Caseworkerly',
      personId: w.p1,
    });
  });

  test('a caseworker refreshing the same list is one read per 15 minutes, not one per refresh', async () => {
    const count = async () =>
      (await entries(`?personId=${w.p1}`)).filter((e) => e.action === 'plan.read').length;
    h.advance(REPEAT_READ_WINDOW_MS);
    const before = await count();
    for (let i = 0; i < 5; i++) {
      h.advance(60_000);
      await call(h.app, 'GET', `/api/people/${w.p1}/plan`, { as: casey });
    }
    expect(await count()).toBe(before + 1);
    h.advance(REPEAT_READ_WINDOW_MS);
    await call(h.app, 'GET', `/api/people/${w.p1}/plan`, { as: casey });
    expect(await count()).toBe(before + 2);
    // Another caseworker's read is their own line.
    await call(h.app, 'GET', `/api/people/${w.p1}/plan`, { as: lead });
    expect(await count()).toBe(before + 3);
  });

  test('read lines written off the answer are all there, before the log is read and on close', async () => {
    const other = await h.anotherInstance();
    const drew = await login(other.app, w.drew.email, PASSWORD);
    const paths = ['', '/plan', '/hours', '/guide', '/messages', '/shared-entries'];
    // Answered at once; the lines follow in the background, in batches.
    await Promise.all(
      paths.map((path) => call(other.app, 'GET', `/api/people/${w.p2}${path}`, { as: drew })),
    );
    await other.close();
    const rows = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('person_id', '=', w.p2)
      .where('actor_id', '=', w.drew.id)
      .execute();
    expect(rows.map((r) => r.action).sort()).toEqual(
      [
        'guide.read',
        'hours.read',
        'messages.list',
        'person.read',
        'plan.read',
        'shared-entries.list',
      ].sort(),
    );
  });

  test('security events are recorded: sign-in, failed sign-in, codes, pairing, revoke, reassign', async () => {
    await call(h.app, 'POST', '/api/auth/login', {
      body: { email: w.drew.email, password: 'not the right one' },
      headers: { 'x-forwarded-for': '192.0.2.9' },
    });
    await call(h.app, 'POST', `/api/people/${w.p1}/pairing-codes`, { as: casey });
    const { deviceId } = await pairDevice(h, w.serviceA, w.p1);
    await call(h.app, 'POST', `/api/people/${w.p1}/devices/${deviceId}/revoke`, { as: casey });
    await call(h.app, 'PATCH', `/api/people/${w.p1}`, {
      as: lead,
      body: { caseworkerId: w.drew.id },
    });
    const actions = (await entries()).map((e) => e.action);
    for (const action of [
      'auth.login',
      'auth.login-failed',
      'pairing-code.issue',
      'device.pair',
      'device.revoke',
      'person.reassign',
    ]) {
      expect(actions).toContain(action);
    }
  });

  test("the lead sees only their own service's log", async () => {
    const serviceB = await login(h.app, w.leadB.email, PASSWORD);
    const theirs = AuditListResponse.parse(
      await json(await call(h.app, 'GET', '/api/audit', { as: serviceB })),
    );
    const caseyIds = new Set([w.casey.id, w.drew.id, w.leadA.id]);
    expect(theirs.some((e) => e.actorId && caseyIds.has(e.actorId))).toBe(false);
    expect(theirs.some((e) => e.personId === w.p1)).toBe(false);
  });

  test('pages go back in time with `before` and `limit`', async () => {
    const first = await entries('?limit=2');
    expect(first).toHaveLength(2);
    const last = first[1];
    if (!last) throw new Error('no entries');
    const next = await entries(`?limit=2&before=${encodeURIComponent(last.at)}`);
    expect(next.every((e) => e.at < last.at)).toBe(true);
    const bad = await call(h.app, 'GET', '/api/audit?limit=0', { as: lead });
    expect(bad.status).toBe(400);
    expect((await body(bad)).error).toBe('invalid_input');
  });

  test('audit lines carry no names or free text about the person', async () => {
    const rows = await h.db.selectFrom('audit_log').selectAll().execute();
    const text = JSON.stringify(rows);
    for (const name of ['Penny', 'Quentin', 'Rory', 'Casey', 'alpha.example.org']) {
      expect(text).not.toContain(name);
    }
  });
});
