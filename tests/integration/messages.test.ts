import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { PersonSummary } from '#shared/schemas/api';
import { MessageList, SendMessageResponse, SyncResponse } from '#shared/schemas/connect';
import { Message } from '#shared/schemas/message';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { START, createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/** 22:10 on Friday 27 November 2026 in London (GMT, so Z). */
const FRIDAY_2210 = new Date('2026-11-27T22:10:00Z');
/** The next opening of Monday to Friday 9:00–17:00 after it. */
const MONDAY_0900 = new Date('2026-11-30T09:00:00Z');

describe.each(ENGINES)('messages between a person and their caseworker on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let drew: Caller;
  let lead: Caller;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  beforeEach(async () => {
    h.setNow(START);
    // Sessions idle out after 30 minutes of the test clock: sign in afresh for each test.
    casey = await login(h.app, w.casey.email, PASSWORD);
    drew = await login(h.app, w.drew.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
  });
  afterAll(() => h.close());

  const send = (id: string, text: string) =>
    call(h.app, 'POST', '/api/device/messages', { as: phone, body: { id, body: text } });
  const thread = async (as = casey) =>
    MessageList.parse(await json(await call(h.app, 'GET', `/api/people/${w.p1}/messages`, { as })));
  const sync = async (since?: string) =>
    SyncResponse.parse(
      await json(
        await call(h.app, 'GET', `/api/device/sync${since ? `?since=${since}` : ''}`, {
          as: phone,
        }),
      ),
    );

  test('a message sent within agreed hours goes straight to the caseworker', async () => {
    const id = randomUUID();
    const res = await send(id, 'Can we talk about Thursday?');
    expect(res.status).toBe(201);
    const { message } = SendMessageResponse.parse(await json(res));
    expect(message).toMatchObject({ id, from: 'person', heldUntil: null, readAt: null });
    expect((await thread()).map((m) => m.id)).toContain(id);
  });

  test('a retry with the same id returns the same message (200) and makes no duplicate', async () => {
    const id = randomUUID();
    const first = SendMessageResponse.parse(await json(await send(id, 'Only once, please.')));
    h.advance(60_000);
    const again = await send(id, 'Only once, please.');
    expect(again.status).toBe(200);
    expect(SendMessageResponse.parse(await json(again))).toEqual(first);
    expect((await thread()).filter((m) => m.id === id)).toHaveLength(1);
  });

  test("reusing another person's message id is refused, and shows nothing of it", async () => {
    const id = randomUUID();
    await send(id, 'Mine.');
    const otherPhone = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
    const res = await call(h.app, 'POST', '/api/device/messages', {
      as: otherPhone,
      body: { id, body: 'Not mine.' },
    });
    expect(res.status).toBe(409);
    expect(JSON.stringify(await json(res))).not.toContain('Mine.');
  });

  test('a message sent at 22:10 on Friday is held until 09:00 Monday, then released', async () => {
    h.setNow(FRIDAY_2210);
    casey = await login(h.app, w.casey.email, PASSWORD);
    const events = await openEvents(h.app, casey);
    const id = randomUUID();
    const res = await send(id, 'I had a hard night.');
    expect(res.status).toBe(201);
    const { message } = SendMessageResponse.parse(await json(res));
    expect(message.heldUntil).toBe(MONDAY_0900.toISOString());

    // Shown (marked held), but not announced and not counted, before the window opens.
    await h.tick();
    await settle();
    expect((await thread()).find((m) => m.id === id)).toMatchObject({ readAt: null });
    expect(events.events.filter((e) => e.type === 'message').map((e) => e.notify)).toEqual([false]);
    const before = PersonSummary.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}`, { as: casey })),
    );
    h.setNow(new Date(MONDAY_0900.getTime() - 60_000));
    await h.tick();
    await settle();
    expect(events.events.filter((e) => e.type === 'message')).toHaveLength(1);

    // 09:00 Monday: the tick releases it, once, and the caseworker hears of it (in working hours).
    h.setNow(MONDAY_0900);
    await h.tick();
    const event = await events.next((e) => e.type === 'message' && e.personId === w.p1 && e.notify);
    expect(event.notify).toBe(true);
    await h.tick();
    await settle();
    expect(events.events.filter((e) => e.type === 'message')).toHaveLength(2);
    await events.close();
    casey = await login(h.app, w.casey.email, PASSWORD);
    const released = (await thread()).find((m) => m.id === id);
    expect(released).toMatchObject({ heldUntil: MONDAY_0900.toISOString(), readAt: null });
    const after = PersonSummary.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}`, { as: casey })),
    );
    expect(after.unreadMessages).toBe(before.unreadMessages + 1);
    expect(after.lastContactAt).toBe(MONDAY_0900.toISOString());
  });

  test('the phone sees its held message at once, with when it will be read', async () => {
    h.setNow(FRIDAY_2210);
    const start = await sync();
    const id = randomUUID();
    await send(id, 'Are you there?');
    const next = await sync(start.cursor);
    expect(next.messages.map((m) => [m.id, m.heldUntil])).toEqual([
      [id, MONDAY_0900.toISOString()],
    ]);
    h.setNow(MONDAY_0900);
    await h.tick();
    // The release is a change the phone pulls too.
    expect((await sync(next.cursor)).messages.map((m) => m.id)).toEqual([id]);
  });

  test('two instances releasing at once deliver each held message exactly once', async () => {
    h.setNow(FRIDAY_2210);
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of ids) await send(id, 'Held.');
    const other = await h.anotherInstance();
    h.setNow(MONDAY_0900);
    casey = await login(h.app, w.casey.email, PASSWORD);
    const events = await openEvents(h.app, casey);
    await Promise.all([h.tick(), other.tick(), h.tick()]);
    await settle(300);
    const released = events.events.filter((e) => e.type === 'message');
    expect(released).toHaveLength(ids.length);
    await events.close();
  });

  test("a caseworker's reply is stored, shown to the phone, and a retry makes no duplicate", async () => {
    const since = (await sync()).cursor;
    const id = randomUUID();
    const res = await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
      as: casey,
      body: { id, body: 'Thanks for letting me know. I will ring you at 2.' },
    });
    expect(res.status).toBe(201);
    const reply = Message.parse(await json(res));
    expect(reply).toMatchObject({ from: 'caseworker', caseworkerId: w.casey.id, heldUntil: null });
    const retry = await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
      as: casey,
      body: { id, body: 'Thanks for letting me know. I will ring you at 2.' },
    });
    expect(retry.status).toBe(200);
    expect(Message.parse(await json(retry))).toEqual(reply);
    expect((await sync(since)).messages.filter((m) => m.id === id)).toHaveLength(1);
  });

  test('a reply without an id gets one from the server', async () => {
    const res = await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
      as: casey,
      body: { body: 'See you soon.' },
    });
    expect(res.status).toBe(201);
    expect(Message.parse(await json(res)).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('read receipts go both ways, and the other side sees them', async () => {
    const mine = randomUUID();
    await send(mine, 'Did you get this?');
    const reply = Message.parse(
      await json(
        await call(h.app, 'POST', `/api/people/${w.p1}/messages`, {
          as: casey,
          body: { body: 'Yes, got it.' },
        }),
      ),
    );
    const before = await sync();

    // The caseworker reads the person's messages: the phone learns so on its next sync.
    const read = await call(h.app, 'POST', `/api/people/${w.p1}/messages/read`, { as: casey });
    expect(await json(read)).toEqual({ ok: true });
    const afterRead = await sync(before.cursor);
    expect(afterRead.messages.find((m) => m.id === mine)?.readAt).toBe(h.now().toISOString());
    const unread = PersonSummary.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}`, { as: casey })),
    );
    expect(unread.unreadMessages).toBe(0);

    // The phone reads the reply: the console's thread shows it read.
    h.advance(1000);
    const phoneRead = await call(h.app, 'POST', '/api/device/messages/read', {
      as: phone,
      body: {},
    });
    expect(phoneRead.status).toBe(200);
    expect((await thread()).find((m) => m.id === reply.id)?.readAt).toBe(h.now().toISOString());
  });

  test('a caseworker not assigned to the person sees nothing of the thread', async () => {
    const res = await call(h.app, 'GET', `/api/people/${w.p1}/messages`, { as: drew });
    expect(res.status).toBe(403);
    expect(await body(res)).toMatchObject({ error: 'not_your_person' });
  });

  test('the lead can read the thread, and reading it is in the audit log', async () => {
    await thread(lead);
    const audit = await json(
      await call(h.app, 'GET', `/api/audit?personId=${w.p1}&limit=5`, { as: lead }),
    );
    expect(JSON.stringify(audit)).toContain('messages.list');
  });
});
