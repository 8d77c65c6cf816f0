import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse, DeviceProfile } from '#shared/schemas/api';
import { PersonRecord } from '#shared/schemas/notes';
import { Routine } from '#shared/schemas/routine';
import { upsertPushSubscription } from '../../src/server/db/tables/push-subscriptions.table';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const ROUTINE = {
  morning: ['Get up and open the curtains', 'Have breakfast'],
  afternoon: ['Walk to the shop'],
  evening: ['Phone my sister', 'Bath at 9pm'],
};

describe.each(ENGINES)('the daily routine on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let lead: Caller;
  let otherLead: Caller;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
    otherLead = await login(h.app, w.leadB.email, PASSWORD);
    const paired = await pairDevice(h, w.serviceA, w.p1);
    phone = deviceCaller(paired.token);
    // A subscription row is all the queue needs; nothing is sent from this suite.
    const subscription = {
      id: randomUUID(),
      service_id: w.serviceA,
      person_id: w.p1,
      device_id: paired.deviceId,
      endpoint: 'https://push.example.org/routine-test',
      p256dh: 'p256dh',
      auth: 'auth',
    };
    await upsertPushSubscription(h.db, subscription, h.now());
  });
  afterAll(() => h.close());

  const profile = async () =>
    DeviceProfile.parse(await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })));
  const routine = async (as: Caller) =>
    Routine.parse(await json(await call(h.app, 'GET', `/api/people/${w.p1}/routine`, { as })));
  const actions = async () =>
    AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit?personId=${w.p1}`, { as: lead })),
    ).map((e) => e.action);

  test('before anything is written the routine is empty, on the console and the phone', async () => {
    expect(await routine(casey)).toEqual({
      morning: [],
      afternoon: [],
      evening: [],
      updatedAt: null,
    });
    expect((await profile()).routine).toEqual({
      morning: [],
      afternoon: [],
      evening: [],
      updatedAt: null,
    });
  });

  test('what the caseworker saves is read back and reaches the phone with its profile', async () => {
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/routine`, {
      as: casey,
      body: ROUTINE,
    });
    expect(put.status).toBe(200);
    const saved = Routine.parse(await json(put));
    expect(saved).toEqual({ ...ROUTINE, updatedAt: h.now().toISOString() });
    expect(await routine(casey)).toEqual(saved);
    expect((await profile()).routine).toEqual(saved);
    // The lead reads the same routine.
    expect(await routine(lead)).toEqual(saved);
  });

  test('the phone hears about a change through a push that carries no words', async () => {
    const before = await h.db.selectFrom('push_jobs').select('payload').execute();
    h.advance(1000);
    await call(h.app, 'PUT', `/api/people/${w.p1}/routine`, {
      as: casey,
      body: { ...ROUTINE, evening: ['Phone my sister'] },
    });
    const after = await h.db.selectFrom('push_jobs').select('payload').execute();
    expect(after.length).toBeGreaterThan(before.length);
    const text = JSON.stringify(after.map((r) => r.payload));
    expect(text).not.toContain('sister');
    // Its own kind, so the lock screen says the routine changed and opens Home.
    expect(after.at(-1)?.payload).toEqual({ kind: 'routine', url: '/' });
    expect((await profile()).routine?.evening).toEqual(['Phone my sister']);
  });

  test('each read and each save is audited, without the words', async () => {
    await routine(casey);
    await call(h.app, 'PUT', `/api/people/${w.p1}/routine`, { as: casey, body: ROUTINE });
    const seen = await actions();
    expect(seen).toContain('routine.read');
    expect(seen).toContain('routine.update');
    const rows = await h.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'routine.%')
      .execute();
    expect(JSON.stringify(rows)).not.toContain('breakfast');
  });

  test('another service cannot read or change it', async () => {
    const read = await call(h.app, 'GET', `/api/people/${w.p1}/routine`, { as: otherLead });
    expect(read.status).toBe(404);
    const write = await call(h.app, 'PUT', `/api/people/${w.p1}/routine`, {
      as: otherLead,
      body: { morning: ['Not yours'], afternoon: [], evening: [] },
    });
    expect(write.status).toBe(404);
    expect((await routine(casey)).morning).toEqual(ROUTINE.morning);
  });

  test('blank lines, too many lines, missing parts and unknown keys are refused', async () => {
    const bad = [
      { morning: ['  '], afternoon: [], evening: [] },
      { morning: Array.from({ length: 13 }, (_, i) => `Thing ${i}`), afternoon: [], evening: [] },
      { morning: [], afternoon: [] },
      { ...ROUTINE, night: ['Sleep'] },
      { morning: ['x'.repeat(201)], afternoon: [], evening: [] },
    ];
    for (const body of bad) {
      const res = await call(h.app, 'PUT', `/api/people/${w.p1}/routine`, { as: casey, body });
      expect(res.status).toBe(400);
    }
    expect((await routine(casey)).morning).toEqual(ROUTINE.morning);
  });

  test('words are trimmed before they are kept', async () => {
    await call(h.app, 'PUT', `/api/people/${w.p1}/routine`, {
      as: casey,
      body: { morning: ['  Have breakfast  '], afternoon: [], evening: [] },
    });
    expect((await routine(casey)).morning).toEqual(['Have breakfast']);
  });

  test("the lead's record download includes the routine", async () => {
    const record = PersonRecord.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/record`, { as: lead })),
    );
    expect(record.routine?.morning).toEqual(['Have breakfast']);
    const text = await (
      await call(h.app, 'GET', `/api/people/${w.p1}/record/text`, { as: lead })
    ).text();
    expect(text).toContain('DAILY ROUTINE');
    expect(text).toContain('  Have breakfast');
  });
});
