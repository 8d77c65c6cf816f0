import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PushPayload } from '#shared/schemas/connect';
import { countPushJobs } from '../../src/server/db/tables/push-jobs.table';
import { upsertPushSubscription } from '../../src/server/db/tables/push-subscriptions.table';
import { guardedTransport } from '../../src/server/push/public-transport';
import type { PushRequest } from '../../src/server/push/transport';
import { ensureVapidKeys } from '../../src/server/push/vapid';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { listenLocally } from './support/local-listener';
import { call, deviceCaller, login, type Caller } from './support/http';
import { startPushService, type PushService, type TestSubscription } from './support/push-service';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const PERSONAL = [
  'Penny',
  'Firstperson',
  'Casey',
  'Caseworkerly',
  'Alphaville',
  'ring you at 2',
  'Not sleeping',
];

/**
 * Web Push through the real `web-push-testing` service: real encryption and VAPID, real HTTP.
 * The requests are also noted on the way out (and still sent), to read their TTL headers.
 */
describe.each(ENGINES)('Web Push on %s', (engine) => {
  let h: Harness;
  let w: World;
  let pushService: PushService;
  let casey: Caller;
  let phone: Caller;
  let phoneDeviceId: string;
  const sent: PushRequest[] = [];
  // The local push service is on 127.0.0.1: allowed only because the harness sets
  // PUSH_ALLOW_LOOPBACK=1, as a test set-up must.
  const transport = guardedTransport({ allowLoopback: true });

  beforeAll(async () => {
    pushService = await startPushService();
    h = await createHarness(engine, {
      deps: {
        pushTransport: (request, signal) => {
          sent.push(request);
          return transport(request, signal);
        },
      },
    });
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    const paired = await pairDevice(h, w.serviceA, w.p1);
    phone = deviceCaller(paired.token);
    phoneDeviceId = paired.deviceId;
  });
  afterAll(async () => {
    await h.close();
    await pushService.stop();
  });

  async function subscribePhone(as = phone): Promise<TestSubscription> {
    const { publicKey } = await ensureVapidKeys(h.db, h.config, h.now());
    const sub = await pushService.subscribe(publicKey);
    const res = await call(h.app, 'PUT', '/api/device/push-subscription', {
      as,
      body: { endpoint: sub.endpoint, keys: sub.keys },
    });
    expect(res.status).toBe(200);
    return sub;
  }

  const reply = (text: string) =>
    call(h.app, 'POST', `/api/people/${w.p1}/messages`, { as: casey, body: { body: text } });

  test("a caseworker's reply is pushed, and the payload carries nothing personal", async () => {
    const sub = await subscribePhone();
    expect((await reply('Thanks, I will ring you at 2.')).status).toBe(201);
    await h.server.runtime.push.drain();
    const received = await pushService.received(sub.clientHash);
    expect(received).toHaveLength(1);
    const payload = PushPayload.parse(JSON.parse(received[0] ?? ''));
    expect(payload).toEqual({ kind: 'message', url: '/messages' });
    for (const word of PERSONAL) expect(received[0]).not.toContain(word);
    expect(await countPushJobs(h.db)).toBe(0);
  });

  test('a message push lives at most a day; a plan update at most a week', async () => {
    const sub = await subscribePhone();
    sent.length = 0;
    await reply('Another reply.');
    await h.server.runtime.push.drain();
    const sections = {
      warningSigns: ['Not sleeping'],
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
    await h.server.runtime.push.drain();
    const ttls = sent
      .filter((r) => r.endpoint === sub.endpoint)
      .map((r) => Number(r.headers.TTL ?? r.headers.ttl));
    expect(ttls).toHaveLength(2);
    expect(ttls[0]).toBeGreaterThan(0);
    expect(ttls[0]).toBeLessThanOrEqual(24 * 60 * 60);
    expect(ttls[1]).toBeGreaterThan(24 * 60 * 60);
    expect(ttls[1]).toBeLessThanOrEqual(7 * 24 * 60 * 60);
    const kinds = (await pushService.received(sub.clientHash)).map(
      (p) => PushPayload.parse(JSON.parse(p)).kind,
    );
    expect(kinds).toEqual(['message', 'plan']);
  });

  test('hours and guide changes are pushed too, each with nothing but its kind', async () => {
    const sub = await subscribePhone();
    await call(h.app, 'PUT', `/api/people/${w.p1}/hours`, { as: casey, body: { kind: 'always' } });
    await call(h.app, 'PUT', `/api/people/${w.p1}/guide`, { as: casey, body: [] });
    await h.server.runtime.push.drain();
    const payloads = (await pushService.received(sub.clientHash)).map((p) =>
      PushPayload.parse(JSON.parse(p)),
    );
    expect(payloads).toEqual([
      { kind: 'hours', url: '/help' },
      { kind: 'guide', url: '/help' },
    ]);
  });

  test('a subscription the push service says is gone (410) is removed', async () => {
    const sub = await subscribePhone();
    await pushService.expire(sub.clientHash);
    await reply('Are you OK?');
    await h.server.runtime.push.drain();
    const left = await sql<{ n: number }>`
      select count(*)::int as n from push_subscriptions where endpoint = ${sub.endpoint}`.execute(
      h.db,
    );
    expect(left.rows[0]?.n).toBe(0);
    expect(await countPushJobs(h.db)).toBe(0);
  });

  test('an unreachable push service is retried with back-off, then given up on', async () => {
    const { publicKey } = await ensureVapidKeys(h.db, h.config, h.now());
    const sub = await pushService.subscribe(publicKey);
    // Nothing listens on port 9 (discard): every try fails to connect.
    const endpoint = sub.endpoint.replace(/localhost:\d+/, '127.0.0.1:9');
    await call(h.app, 'PUT', '/api/device/push-subscription', {
      as: phone,
      body: { endpoint, keys: sub.keys },
    });
    await reply('Hello?');
    await h.server.runtime.push.drain();
    const job = async () =>
      (
        await sql<{ attempts: number; run_at: Date }>`
          select j.attempts, j.run_at from push_jobs j
          join push_subscriptions s on s.id = j.subscription_id
          where s.endpoint = ${endpoint}`.execute(h.db)
      ).rows[0];
    const first = await job();
    expect(first?.attempts).toBe(1);
    expect(first?.run_at.getTime()).toBe(h.now().getTime() + 10_000);
    for (let i = 0; i < 10; i++) {
      h.advance(2 * 60 * 60 * 1000);
      await h.server.runtime.push.drain();
    }
    expect(await job()).toBeUndefined();
    await call(h.app, 'DELETE', '/api/device/push-subscription', {
      as: phone,
      body: { endpoint, keys: sub.keys },
    });
  });

  test('an unlinked phone gets no more pushes', async () => {
    const paired = await pairDevice(h, w.serviceA, w.p1);
    const spare = deviceCaller(paired.token);
    const sub = await subscribePhone(spare);
    await call(h.app, 'POST', `/api/people/${w.p1}/devices/${paired.deviceId}/revoke`, {
      as: casey,
    });
    await reply('After unlinking.');
    await h.server.runtime.push.drain();
    expect(await pushService.received(sub.clientHash)).toEqual([]);
  });

  test('a phone can stop notifications', async () => {
    const sub = await subscribePhone();
    const res = await call(h.app, 'DELETE', '/api/device/push-subscription', { as: phone });
    expect(res.status).toBe(204);
    await reply('Nobody is listening.');
    await h.server.runtime.push.drain();
    expect(await pushService.received(sub.clientHash)).toEqual([]);
    expect(phoneDeviceId).toBeTruthy();
  });
});

describe.each(ENGINES)('push endpoints behind https on %s', (engine) => {
  let h: Harness;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine, {
      env: { PUBLIC_URL: 'https://hiu.example.org', PUSH_ALLOW_LOOPBACK: '0' },
    });
    const w = await buildWorld(h);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  const keys = { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA', auth: 'tBHItJI5svbpez7KI4CCXg' };
  const subscribe = (endpoint: string) =>
    call(h.app, 'PUT', '/api/device/push-subscription', { as: phone, body: { endpoint, keys } });

  test('must be a push service by name over https, never our own network', async () => {
    expect((await subscribe('https://fcm.googleapis.com/fcm/send/abc')).status).toBe(200);
    for (const endpoint of [
      'http://fcm.googleapis.com/fcm/send/abc',
      'https://127.0.0.1/notify',
      'https://169.254.169.254/latest',
      'https://[::1]/notify',
      'https://localhost/notify',
      'https://intranet/notify',
    ]) {
      expect((await subscribe(endpoint)).status, endpoint).toBe(400);
    }
  });
});

describe.each(ENGINES)('push endpoints when PUBLIC_URL is plain http on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let phone: Caller;
  let deviceId: string;

  beforeAll(async () => {
    h = await createHarness(engine, {
      env: { PUBLIC_URL: 'http://hiu.example.org', PUSH_ALLOW_LOOPBACK: '0' },
    });
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    const paired = await pairDevice(h, w.serviceA, w.p1);
    phone = deviceCaller(paired.token);
    deviceId = paired.deviceId;
  });
  afterAll(() => h.close());

  const keys = { p256dh: webpush.generateVAPIDKeys().publicKey, auth: 'tBHItJI5svbpez7KI4CCXg' };

  test('a phone cannot point pushes at our own network, whatever the scheme', async () => {
    for (const endpoint of [
      'http://localhost:8090/notify/abc',
      'http://127.0.0.1:8090/notify/abc',
      'https://127.0.0.1/notify',
      'http://10.0.0.5/notify',
      'http://169.254.169.254/latest/meta-data',
      'https://[::1]/notify',
      'https://intranet/notify',
    ]) {
      const res = await call(h.app, 'PUT', '/api/device/push-subscription', {
        as: phone,
        body: { endpoint, keys },
      });
      expect(res.status, endpoint).toBe(400);
    }
  });

  test('a push for a local address that is already stored is never sent', async () => {
    const local = await listenLocally();
    const { port } = local;
    // As a row written before this check, or by a route that forgot it, would be.
    for (const endpoint of [
      `http://127.0.0.1:${port}/notify/a`,
      `https://127.0.0.1:${port}/notify/b`,
      `http://localhost:${port}/notify/c`,
    ]) {
      await upsertPushSubscription(
        h.db,
        {
          id: randomUUID(),
          service_id: w.serviceA,
          person_id: w.p1,
          device_id: deviceId,
          endpoint,
          p256dh: keys.p256dh,
          auth: keys.auth,
        },
        h.now(),
      );
    }
    const res = await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
      as: casey,
      body: { body: 'Hello from the team.' },
    });
    expect(res.status).toBe(201);
    await h.server.runtime.push.drain();
    await local.close();
    expect(local.reached()).toBe(0);
    // Kept for a retry like any failed send, and dropped when its time is up.
    expect(await countPushJobs(h.db)).toBe(3);
  });
});
