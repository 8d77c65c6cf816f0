import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { DeviceProfile } from '#shared/schemas/api';
import type { HiuServer } from '../../src/server/server';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/**
 * Phone token checks are cached in each instance; what would make a cached check wrong is
 * announced on the live bus by whichever instance did it. On PostgreSQL the two instances here
 * have their own pools and LISTEN connections, as two processes would.
 */
describe.each(ENGINES)('cached phone token checks on %s', (engine) => {
  let h: Harness;
  let w: World;
  let other: HiuServer;
  let casey: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    other = await h.anotherInstance();
    casey = await login(h.app, w.casey.email, PASSWORD);
  });
  afterAll(() => h.close());

  const profileOn = (server: HiuServer, phone: Caller) =>
    call(server.app, 'GET', '/api/device/profile', { as: phone });

  test('a phone unlinked through one instance is refused by the other straight away', async () => {
    const paired = await pairDevice(h, w.serviceA, w.p1);
    const phone = deviceCaller(paired.token);
    expect((await profileOn(other, phone)).status).toBe(200);
    expect(other.runtime.deviceCache.size).toBeGreaterThan(0);

    const revoke = await call(
      h.app,
      'POST',
      `/api/people/${w.p1}/devices/${paired.deviceId}/revoke`,
      { as: casey },
    );
    expect(revoke.status).toBe(200);
    // As soon as the other instance has heard (a NOTIFY, a millisecond or so on PostgreSQL).
    await vi.waitFor(
      async () => {
        const res = await profileOn(other, phone);
        expect(res.status).toBe(401);
        expect(await body(res)).toMatchObject({ error: 'device_revoked' });
      },
      { timeout: 1000, interval: 5 },
    );
  });

  test('a plan changed through one instance shows through the other at once', async () => {
    const phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    await profileOn(other, phone);
    const sections = {
      warningSigns: ['Changed through the first instance'],
      selfHelp: [],
      placesThatHelp: [],
      peopleToAsk: [],
      professionals: [],
      keepingSafe: [],
      whatMatters: [],
      outOfHours: [],
    };
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/plan`, {
      as: casey,
      body: { sections },
    });
    expect(put.status).toBe(200);
    await vi.waitFor(
      async () => {
        const profile = DeviceProfile.parse(await json(await profileOn(other, phone)));
        expect(profile.plan.sections.warningSigns).toEqual(['Changed through the first instance']);
      },
      { timeout: 1000, interval: 5 },
    );
  });

  test('an unknown token is never cached: it is asked about every time', async () => {
    const stranger = deviceCaller('x'.repeat(43));
    const before = other.runtime.deviceCache.size;
    expect((await profileOn(other, stranger)).status).toBe(401);
    expect(other.runtime.deviceCache.size).toBe(before);
  });
});
