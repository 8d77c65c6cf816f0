import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PairingCodeResponse, PairResponse } from '#shared/schemas/api';
import { PLAN_SECTION_KEYS } from '#shared/schemas/plan';
import { safeError } from '../../src/server/logger';
import { DEMO_STAFF, demoGuide } from '../../src/server/seed/demo-content';
import { DEMO_PEOPLE } from '../../src/server/seed/demo-people';
import { seedDemo, type DemoSeed } from '../../src/server/seed/demo-seed';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login } from './support/http';

/** Everything personal the demo holds: none of it may reach a log line. */
function personalStrings(seed: DemoSeed): string[] {
  const guide = demoGuide(['a', 'b', 'c'], 'Sam');
  const strings = [
    ...DEMO_STAFF.flatMap((s) => [s.name, s.email, ...s.name.split(' ')]),
    ...DEMO_PEOPLE.flatMap((p) => [p.displayName, ...p.displayName.split(' ')]),
    ...DEMO_PEOPLE.flatMap((p) => Object.values(p.plan).flat()),
    ...guide.flatMap((c) => [c.name, c.call ?? '', (c.call ?? '').replace(/\s/g, '')]),
    ...seed.staff.map((s) => s.password),
    ...seed.people.map((p) => p.pairingCode),
  ];
  return strings.filter((s) => s.length >= 4);
}

describe.each(ENGINES)('logs on %s', (engine) => {
  let h: Harness;
  let seed: DemoSeed;

  beforeAll(async () => {
    h = await createHarness(engine);
    seed = await seedDemo(h.db, { now: h.now(), mustChangePassword: false });
  });
  afterAll(() => h.close());

  test('a whole working session logs ids, routes and timings, and nothing personal', async () => {
    const sam = seed.staff.find((s) => s.email.startsWith('sam@'));
    const lead = seed.staff.find((s) => s.role === 'lead');
    const pat = seed.people[0];
    if (!sam || !lead || !pat) throw new Error('demo seed changed');

    await call(h.app, 'POST', '/api/auth/login', {
      body: { email: sam.email, password: 'wrong password!!' },
    });
    const me = await login(h.app, sam.email, sam.password);
    const boss = await login(h.app, lead.email, lead.password);
    await call(h.app, 'GET', '/api/people', { as: me });
    await call(h.app, 'GET', `/api/people/${pat.id}`, { as: me });
    await call(h.app, 'GET', `/api/people/${pat.id}/plan`, { as: me });
    const sections = Object.fromEntries(
      PLAN_SECTION_KEYS.map((k) => [k, ['Call Pat Pretendperson on 07700 900999']]),
    );
    await call(h.app, 'PUT', `/api/people/${pat.id}/plan`, { as: me, body: { sections } });
    await call(h.app, 'GET', `/api/people/${pat.id}/guide`, { as: me });
    await call(h.app, 'POST', '/api/people', { as: me, body: { displayName: 'Zed Zebraname' } });
    await call(h.app, 'POST', '/api/people', {
      as: me,
      body: { displayName: '', extra: 'Pat Pretendperson' },
    });
    await call(h.app, 'POST', '/api/caseworkers', {
      as: boss,
      body: { name: 'Yara Yellowname', email: 'yara@hiu-demo.example.org', role: 'caseworker' },
    });
    await call(h.app, 'POST', '/api/caseworkers', {
      as: boss,
      body: { name: 'Yara Again', email: 'yara@hiu-demo.example.org', role: 'caseworker' },
    });
    const paired = PairResponse.parse(
      await json(
        await call(h.app, 'POST', '/api/device/pair', { body: { code: pat.pairingCode } }),
      ),
    );
    await call(h.app, 'GET', '/api/device/profile', { as: deviceCaller(paired.token) });
    const issued = PairingCodeResponse.parse(
      await json(await call(h.app, 'POST', `/api/people/${pat.id}/pairing-codes`, { as: me })),
    );
    await call(h.app, 'POST', `/api/people/${pat.id}/devices/${paired.deviceId}/revoke`, {
      as: me,
    });
    await call(h.app, 'GET', '/api/device/profile', { as: deviceCaller(paired.token) });
    await call(h.app, 'GET', '/api/audit', { as: boss });
    await call(h.app, 'GET', `/pair?code=${issued.code}`);

    const text = h.logs.join('\n');
    const requests = h.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(18);
    for (const line of requests) {
      expect(line).toMatchObject({
        reqId: expect.any(String),
        method: expect.any(String),
        route: expect.any(String),
        status: expect.any(Number),
        ms: expect.any(Number),
      });
    }
    expect(requests.map((l) => l.route)).toContain('/api/people/:personId/plan');
    const leaks = [
      ...personalStrings(seed),
      'Zed Zebraname',
      'Yara',
      'yara@',
      '07700 900999',
      '07700900999',
      paired.token,
      issued.code,
      me.csrf,
      me.cookie.replace('hiu_session=', ''),
    ].filter((s) => text.includes(s));
    expect(leaks).toEqual([]);
  });

  test('database errors are logged without the row values Postgres puts in them', async () => {
    let caught: unknown;
    try {
      await h.db
        .insertInto('services')
        .values({ id: seed.service.id, name: 'Dup', created_at: h.now() })
        .execute();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeDefined();
    const logged = JSON.stringify(safeError(caught));
    expect(logged).toContain('23505');
    expect(logged).not.toContain(seed.service.id);
  });
});
