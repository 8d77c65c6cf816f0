import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { START, createHarness, type Harness } from './support/harness';
import { call, deviceCaller, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const IDLE_LIMIT_MS = 30 * 60 * 1000;

describe.each(ENGINES)('live updates for the console on %s', (engine) => {
  let h: Harness;
  let w: World;
  let phone1: Caller;
  let phone2: Caller;
  let casey: Caller;
  let drew: Caller;
  let lead: Caller;
  let otherService: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    phone1 = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    phone2 = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
  });
  beforeEach(async () => {
    h.setNow(START);
    casey = await login(h.app, w.casey.email, PASSWORD);
    drew = await login(h.app, w.drew.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
    otherService = await login(h.app, w.otherCaseworker.email, PASSWORD);
  });
  afterAll(() => h.close());

  const send = (as: Caller, text = 'Hello.') =>
    call(h.app, 'POST', '/api/device/messages', { as, body: { id: randomUUID(), body: text } });

  test('is an event stream for staff only', async () => {
    const stream = await openEvents(h.app, casey);
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    await stream.close();
    expect((await openEvents(h.app, phone1)).status).toBe(401);
    expect((await openEvents(h.app, { headers: {} })).status).toBe(401);
  });

  test('each caseworker hears only of their own people; the lead of the whole service', async () => {
    const streams = {
      casey: await openEvents(h.app, casey),
      drew: await openEvents(h.app, drew),
      lead: await openEvents(h.app, lead),
      otherService: await openEvents(h.app, otherService),
    };
    await send(phone1);
    await send(phone2);
    await streams.lead.next((e) => e.personId === w.p1);
    await streams.lead.next((e) => e.personId === w.p2);
    await streams.casey.next((e) => e.personId === w.p1);
    await streams.drew.next((e) => e.personId === w.p2);
    await settle();
    // A message is also a contact: one person, whatever the event types.
    expect([...new Set(streams.casey.events.map((e) => e.personId))]).toEqual([w.p1]);
    expect([...new Set(streams.drew.events.map((e) => e.personId))]).toEqual([w.p2]);
    expect(streams.otherService.events).toEqual([]);
    for (const s of Object.values(streams)) await s.close();
  });

  test('events carry ids only, never words', async () => {
    const stream = await openEvents(h.app, casey);
    await send(phone1, 'Words that must not travel');
    const event = await stream.next();
    expect(Object.keys(event).sort()).toEqual(['at', 'notify', 'personId', 'type']);
    expect(JSON.stringify(stream.events)).not.toContain('Words');
    await stream.close();
  });

  test("notify follows the caseworker's own working hours, and a change to them at once", async () => {
    const stream = await openEvents(h.app, casey);
    await send(phone1);
    expect((await stream.next()).notify).toBe(true);

    // Casey works Tuesdays only: on this Monday, no notifications.
    const tuesdays = {
      kind: 'weekly',
      weekly: [{ day: 2, start: '09:00', end: '17:00' }],
      exceptions: [],
    };
    const put = await call(h.app, 'PUT', '/api/auth/working-hours', {
      as: casey,
      body: { hours: tuesdays },
    });
    expect(put.status).toBe(200);
    expect(
      await (await call(h.app, 'GET', '/api/auth/working-hours', { as: casey })).json(),
    ).toEqual({ hours: tuesdays });
    await settle();
    await call(h.app, 'PUT', '/api/people/' + w.p1 + '/hours', {
      as: casey,
      body: { kind: 'always' },
    });
    await send(phone1);
    const quiet = await stream.next((e) => e.type === 'message');
    expect(quiet.notify).toBe(false);
    await stream.close();
    await call(h.app, 'PUT', '/api/auth/working-hours', {
      as: casey,
      body: {
        hours: {
          kind: 'weekly',
          weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
          exceptions: [],
        },
      },
    });
  });

  test("a caseworker's own reply is not news to anyone", async () => {
    const stream = await openEvents(h.app, lead);
    await call(h.app, 'POST', `/api/people/${w.p1}/messages`, { as: casey, body: { body: 'Hi.' } });
    expect(await stream.next()).toMatchObject({ type: 'message', notify: false });
    await stream.close();
  });

  test('a stream ends when its session logs out, and only that one', async () => {
    const first = await openEvents(h.app, casey);
    const second = await openEvents(h.app, await login(h.app, w.casey.email, PASSWORD));
    await call(h.app, 'POST', '/api/auth/logout', { as: casey });
    await first.ended;
    await settle();
    await send(phone1);
    await second.next();
    await second.close();
  });

  test('a stream ends when its session expires', async () => {
    const stream = await openEvents(h.app, casey);
    h.advance(IDLE_LIMIT_MS + 1000);
    await h.server.runtime.streams.checkNow();
    await stream.ended;
    expect(stream.comments).toContain('ping');
  });

  test('shutting the server down ends every stream', async () => {
    const other = await h.anotherInstance();
    const stream = await openEvents(other.app, casey);
    expect(other.runtime.streams.size).toBe(1);
    await other.close();
    await stream.ended;
  });

  test('over a real connection, events arrive as they happen and a closed tab is forgotten', async () => {
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const abort = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/events`, {
      headers: casey.headers,
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    const reader = res.body?.getReader();
    const decoder = new TextDecoder();
    let text = '';
    await send(phone1);
    while (!text.includes('data: ')) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    expect(text).toContain(`"personId":"${w.p1}"`);
    const before = h.server.runtime.streams.size;
    abort.abort();
    for (let i = 0; i < 50 && h.server.runtime.streams.size >= before; i++) await settle(20);
    expect(h.server.runtime.streams.size).toBe(before - 1);
    if ('closeAllConnections' in server) server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('two server instances on one database: an event written through one reaches a console on the other', async () => {
    const other = await h.anotherInstance();
    const stream = await openEvents(other.app, casey);
    const res = await call(h.app, 'POST', '/api/device/messages', {
      as: phone1,
      body: { id: randomUUID(), body: 'Through the first instance.' },
    });
    expect(res.status).toBe(201);
    expect(await stream.next((e) => e.type === 'message')).toMatchObject({ personId: w.p1 });
    await stream.close();
    await other.close();
  });
});
