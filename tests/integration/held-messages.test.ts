import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PersonSummary } from '#shared/schemas/api';
import { MessageList, SendMessageResponse, SyncResponse } from '#shared/schemas/connect';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/*
 * A message sent at 5:23am is held until the agreed hours begin at 9am. A caseworker who opens
 * the thread at 5:24 sees it (so never replies to a thread they think is empty), but it is not
 * new, not unread, raises no alert, and cannot be marked read before 9am; each showing is
 * audited. Their reply reaches the phone as a reply: the held message stays unread there.
 */

/** Wednesday 2 December 2026 in London (GMT, so Z). */
const AT_0523 = new Date('2026-12-02T05:23:00Z');
const AT_0524 = new Date('2026-12-02T05:24:00Z');
const AT_0900 = new Date('2026-12-02T09:00:00Z');
const HOURS = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

describe.each(ENGINES)('a held message seen by the caseworker out of hours, on %s', (engine) => {
  let h: Harness;
  let w: World;
  let personId = '';
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  const thread = async (as: Caller) =>
    MessageList.parse(
      await json(await call(h.app, 'GET', `/api/people/${personId}/messages`, { as })),
    );
  const summary = async (as: Caller) =>
    PersonSummary.parse(await json(await call(h.app, 'GET', `/api/people/${personId}`, { as })));
  const phoneThread = async () =>
    SyncResponse.parse(await json(await call(h.app, 'GET', '/api/device/sync', { as: phone })))
      .messages;

  test('shown marked, never new or unread, no alert, audited; the reply is only a reply', async () => {
    h.setNow(AT_0523);
    const casey = await login(h.app, w.casey.email, PASSWORD);
    const made = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Pat Heldtest' },
    });
    expect(made.status).toBe(201);
    personId = String(((await json(made)) as { id: string }).id);
    const put = await call(h.app, 'PUT', `/api/people/${personId}/hours`, {
      as: casey,
      body: HOURS,
    });
    expect(put.status).toBe(200);
    phone = deviceCaller((await pairDevice(h, w.serviceA, personId)).token);
    const events = await openEvents(h.app, casey);
    const pushesBefore = await h.db.selectFrom('push_jobs').select('id').execute();

    const id = randomUUID();
    const sent = await call(h.app, 'POST', '/api/device/messages', {
      as: phone,
      body: { id, body: 'I feel scared tonight.' },
    });
    expect(sent.status).toBe(201);
    expect(SendMessageResponse.parse(await json(sent)).message.heldUntil).toBe(
      AT_0900.toISOString(),
    );

    // 5:24: the caseworker opens the thread and sees it, held and unread.
    h.setNow(AT_0524);
    await h.tick();
    await settle();
    const seen = await thread(casey);
    expect(seen.map((m) => [m.id, m.heldUntil, m.readAt])).toEqual([
      [id, AT_0900.toISOString(), null],
    ]);
    expect((await summary(casey)).unreadMessages).toBe(0);
    expect(events.events.filter((e) => e.type === 'message').map((e) => e.notify)).toEqual([false]);
    expect(await h.db.selectFrom('push_jobs').select('id').execute()).toEqual(pushesBefore);

    // Every showing of a held message is in the audit log, naming the message. Reads are
    // audited in the background: wait until every line queued so far is written.
    await h.server.runtime.auditLog.flush();
    const rows = await h.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'actor_id'])
      .where('person_id', '=', personId)
      .where('action', '=', 'messages.held-seen')
      .execute();
    expect(rows).toEqual([{ action: 'messages.held-seen', subject_id: id, actor_id: w.casey.id }]);

    // Marking the thread read before 9am leaves the held message unread.
    const read = await call(h.app, 'POST', `/api/people/${personId}/messages/read`, { as: casey });
    expect(read.status).toBe(200);
    expect((await thread(casey))[0]?.readAt).toBeNull();

    // The reply reaches the phone; the held message is still waiting there, not read.
    const reply = await call(h.app, 'POST', `/api/people/${personId}/messages`, {
      as: casey,
      body: { body: 'I am here. Call 111 if it gets worse.' },
    });
    expect(reply.status).toBe(201);
    const onPhone = await phoneThread();
    expect(onPhone.map((m) => [m.from, m.heldUntil, m.readAt])).toEqual([
      ['person', AT_0900.toISOString(), null],
      ['caseworker', null, null],
    ]);

    // 9am: delivered, now new and unread, with an alert; reading it is a read receipt.
    h.setNow(AT_0900);
    await h.tick();
    const released = await events.next(
      (e) => e.type === 'message' && e.personId === personId && e.notify,
    );
    expect(released.notify).toBe(true);
    await events.close();
    const casey9 = await login(h.app, w.casey.email, PASSWORD);
    expect((await summary(casey9)).unreadMessages).toBe(1);
    await call(h.app, 'POST', `/api/people/${personId}/messages/read`, { as: casey9 });
    expect((await phoneThread()).find((m) => m.id === id)?.readAt).toBe(AT_0900.toISOString());
  });
});
