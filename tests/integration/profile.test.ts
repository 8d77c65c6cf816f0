import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DeviceProfile } from '#shared/schemas/api';
import { PLAN_SECTION_KEYS } from '#shared/schemas/plan';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

describe.each(ENGINES)("a phone's profile on %s", (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let lead: Caller;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  const profileFrom = async (app = h.app) =>
    DeviceProfile.parse(await json(await call(app, 'GET', '/api/device/profile', { as: phone })));

  test('shows a change at once on the instance that made it', async () => {
    await profileFrom();
    const sections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, [`Same words ${k}.`]]));
    await call(h.app, 'PUT', `/api/people/${w.p1}/plan`, { as: casey, body: { sections } });
    expect((await profileFrom()).plan.sections).toEqual(sections);
  });

  /**
   * Each instance keeps phones' token checks (with the profile version) for a short while; a
   * change is announced to the others on the live bus, so they show it as soon as it arrives
   * (a NOTIFY on PostgreSQL: a millisecond or so).
   */
  test('shows each change as soon as another server instance announces it', async () => {
    const other = h.secondInstance();
    await profileFrom();
    await profileFrom(other);
    const soon = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 1000, interval: 5 });

    const sections = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, [`New words for ${k}.`]]));
    await call(other, 'PUT', `/api/people/${w.p1}/plan`, { as: casey, body: { sections } });
    await soon(async () => expect((await profileFrom()).plan.sections).toEqual(sections));

    await call(h.app, 'PUT', `/api/people/${w.p1}/hours`, { as: casey, body: { kind: 'always' } });
    await soon(async () => expect((await profileFrom(other)).hours).toEqual({ kind: 'always' }));

    const gp = {
      id: randomUUID(),
      kind: 'gp',
      name: 'Testbury Surgery',
      whenToUse: 'For health worries in the day.',
      call: '01632 960000',
      hours: { kind: 'always' },
      picture: 'gp',
    };
    await call(other, 'PUT', `/api/people/${w.p1}/guide`, { as: casey, body: [gp] });
    await soon(async () => expect((await profileFrom()).guide).toEqual([gp]));

    await call(h.app, 'PATCH', `/api/people/${w.p1}`, {
      as: lead,
      body: { caseworkerId: w.drew.id },
    });
    await soon(async () =>
      expect((await profileFrom(other)).caseworker.name).toBe('Drew Notassigned'),
    );
  });

  test('says when it was synced', async () => {
    h.advance(5000);
    expect((await profileFrom()).syncedAt).toBe(h.now().toISOString());
  });

  test('never carries the national numbers (the app has them built in)', async () => {
    const kinds = (await profileFrom()).guide.map((c) => c.kind);
    expect(kinds.every((k) => ['gp', 'caseworker', 'local'].includes(k))).toBe(true);
  });
});
