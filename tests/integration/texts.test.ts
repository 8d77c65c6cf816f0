import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '#shared/london';
import { AuditListResponse } from '#shared/schemas/api';
import { TextsView } from '#shared/schemas/texts';
import { upsertPushSubscription } from '../../src/server/db/tables/push-subscriptions.table';
import { findCaseworker } from '../../src/server/db/tables/caseworkers.table';
import { createPerson } from '../../src/server/people/create-person';
import { ENGINES } from './support/engines';
import { createHarness, START, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { listenLocally } from './support/local-listener';
import { notifyEnv, startNotifyStandIn, type NotifyStandIn } from './support/notify-stand-in';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const MINUTE = 60_000;
const REPLY = 'Penny, I will ring you at 2 about the housing letter';

/**
 * Texts about a waiting message, end to end: the real server and database, and the official
 * Notify client talking to a local stand-in for GOV.UK Notify that records what it was sent.
 */
describe.each(ENGINES)('texts about a waiting message on %s', (engine) => {
  let h: Harness;
  let w: World;
  let notify: NotifyStandIn;
  let caseySession: { caller: Caller; at: number } | undefined;
  let pushService: Awaited<ReturnType<typeof listenLocally>>;
  let people = 0;

  beforeAll(async () => {
    notify = await startNotifyStandIn();
    pushService = await listenLocally(201);
    h = await createHarness(engine, { env: notifyEnv(notify.url) });
    w = await buildWorld(h);
  });
  afterAll(async () => {
    await h.close();
    await notify.stop();
    await pushService.close();
  });
  afterEach(() => {
    h.setNow(START);
  });

  /** Casey, signed in again when the clock has moved past her session's idle limit. */
  async function casey(): Promise<Caller> {
    const now = h.now().getTime();
    if (!caseySession || now < caseySession.at || now - caseySession.at > 20 * MINUTE) {
      caseySession = { caller: await login(h.app, w.casey.email, PASSWORD), at: now };
    }
    caseySession.at = now;
    return caseySession.caller;
  }

  /** Texts sent so far to one number. */
  const textsTo = (number: string) => notify.received().filter((r) => r.phoneNumber === number);

  /**
   * A new person on Casey's caseload with a linked phone, their own number (07700 9001nn), and
   * (by default) texts agreed and a working push subscription.
   */
  async function person(options: { consent?: boolean; push?: boolean } = {}) {
    people += 1;
    const n = people;
    const caseworker = await findCaseworker(h.db, w.serviceA, w.casey.id);
    if (!caseworker) throw new Error('no Casey');
    const id = await createPerson(h.db, {
      caseworker,
      displayName: `Texted Person${n}`,
      createdBy: w.casey.id,
      now: h.now(),
    });
    const paired = await pairDevice(h, w.serviceA, id);
    const phone = deviceCaller(paired.token);
    const number = `+4477009001${String(n).padStart(2, '0')}`;
    const saved = await call(h.app, 'PUT', `/api/people/${id}/texts`, {
      as: await casey(),
      body: {
        number: `0${number.slice(3, 7)} ${number.slice(7)}`,
        quietHours: { start: '21:00', end: '08:00' },
      },
    });
    expect(saved.status).toBe(200);
    if (options.consent ?? true) await consent(id, 'given');
    if (options.push ?? true) {
      await upsertPushSubscription(
        h.db,
        {
          id: randomUUID(),
          service_id: w.serviceA,
          person_id: id,
          device_id: paired.deviceId,
          endpoint: `http://127.0.0.1:${pushService.port}/push/${randomUUID()}`,
          p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA',
          auth: 'tBHItJI5svbpez7KI4CCXg',
        },
        h.now(),
      );
    }
    return { id, phone, number };
  }

  async function consent(personId: string, action: 'given' | 'withdrawn') {
    const res = await call(h.app, 'POST', `/api/people/${personId}/consent`, {
      as: await casey(),
      body: { topic: 'texts', action, how: 'in-person', day: londonDate(h.now()) },
    });
    expect(res.status).toBe(201);
  }

  async function reply(personId: string, body = REPLY) {
    const res = await call(h.app, 'POST', `/api/people/${personId}/messages`, {
      as: await casey(),
      body: { body },
    });
    expect(res.status).toBe(201);
  }

  async function textsView(personId: string, as?: Caller) {
    const res = await call(h.app, 'GET', `/api/people/${personId}/texts`, {
      as: as ?? (await casey()),
    });
    expect(res.status).toBe(200);
    return TextsView.parse(await json(res));
  }

  /** Move the clock on by `minutes` and do what the timers would. */
  async function after(minutes: number) {
    h.advance(minutes * MINUTE);
    await h.tick();
  }

  test('an unread reply gets one text after the delay, with no words of the message in it', async () => {
    const p = await person();
    await reply(p.id);
    await h.tick();
    expect(textsTo(p.number)).toHaveLength(0);
    await after(179);
    expect(textsTo(p.number)).toHaveLength(0);
    await after(1);
    const [text, ...more] = textsTo(p.number);
    expect(more).toEqual([]);
    // Only the template, the number and our own reference leave: no personalisation at all.
    expect(text?.fields).toEqual(['phone_number', 'reference', 'template_id']);
    for (const word of [
      'Penny',
      'ring you',
      'housing',
      'Casey',
      'Texted',
      'Person',
      'Alphaville',
    ]) {
      expect(text?.raw).not.toContain(word);
    }
    expect(text?.reference).toMatch(/^[0-9a-f-]{36}$/);
    // Once per reply, however long it stays unread.
    await after(600);
    await after(24 * 60);
    expect(textsTo(p.number)).toHaveLength(1);
    const view = await textsView(p.id);
    expect(view).toMatchObject({
      on: true,
      number: `0${p.number.slice(3, 7)} ${p.number.slice(7)}`,
    });
    expect(view.lastSentAt).toBe(new Date(START.getTime() + 180 * MINUTE).toISOString());
    expect(view.nextDueAt).toBeNull();
    // The server's use of the number is on the audit record, without it.
    const lead = await login(h.app, w.leadA.email, PASSWORD);
    const audit = AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit?personId=${p.id}&limit=100`, { as: lead })),
    );
    const sent = audit.filter((e) => e.action === 'texts.sent');
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent)).not.toContain(p.number.slice(3));
  });

  test('a reply read before the delay gets no text', async () => {
    const p = await person();
    await reply(p.id);
    await after(60);
    const read = await call(h.app, 'POST', '/api/device/messages/read', { as: p.phone, body: {} });
    expect(read.status).toBe(200);
    await after(300);
    expect(textsTo(p.number)).toHaveLength(0);
  });

  test('no text without consent, or once it is withdrawn (by the team or on the phone)', async () => {
    const never = await person({ consent: false });
    const byTeam = await person();
    const byPhone = await person();
    for (const p of [never, byTeam, byPhone]) await reply(p.id);
    await after(30);
    await consent(byTeam.id, 'withdrawn');
    const withdrawn = await call(h.app, 'POST', '/api/device/consent/withdraw', {
      as: byPhone.phone,
      body: { topic: 'texts' },
    });
    expect(withdrawn.status).toBe(200);
    await after(300);
    for (const p of [never, byTeam, byPhone]) expect(textsTo(p.number)).toHaveLength(0);
    expect((await textsView(never.id)).on).toBe(false);
  });

  test('a text due at night goes at 8am, the end of the quiet hours', async () => {
    // 7:30pm on Monday: due at 10:30pm, held until 8am on Tuesday.
    h.setNow(new Date('2026-11-23T19:30:00Z'));
    const p = await person();
    await reply(p.id);
    expect((await textsView(p.id)).nextDueAt).toBe('2026-11-24T08:00:00.000Z');
    h.setNow(new Date('2026-11-23T22:30:00Z'));
    await h.tick();
    h.setNow(new Date('2026-11-24T07:59:00Z'));
    await h.tick();
    expect(textsTo(p.number)).toHaveLength(0);
    h.setNow(new Date('2026-11-24T08:00:00Z'));
    await h.tick();
    expect(textsTo(p.number)).toHaveLength(1);
  });

  test('a phone with no working push subscription is texted at once, but not at night', async () => {
    const p = await person({ push: false });
    await reply(p.id);
    await h.tick();
    expect(textsTo(p.number)).toHaveLength(1);

    h.setNow(new Date('2026-11-23T23:00:00Z'));
    const night = await person({ push: false });
    await reply(night.id);
    await h.tick();
    expect(textsTo(night.number)).toHaveLength(0);
    h.setNow(new Date('2026-11-24T08:00:00Z'));
    await h.tick();
    expect(textsTo(night.number)).toHaveLength(1);
  });

  test('rate limit: replies close together get one text; one soon after a text waits', async () => {
    const p = await person();
    await reply(p.id, 'First');
    await after(10);
    await reply(p.id, 'Second');
    await after(170); // the first is due: one text tells of both
    expect(textsTo(p.number)).toHaveLength(1);
    await after(10); // the second is due, but the text after it already covered it
    expect(textsTo(p.number)).toHaveLength(1);

    await after(20); // 200 minutes after the first text went
    await reply(p.id, 'Third');
    await after(180); // due at 380 min, but only 200 since the last text: waits to 180 + 240
    expect(textsTo(p.number)).toHaveLength(1);
    await after(40);
    expect(textsTo(p.number)).toHaveLength(2);
  });

  test('Notify busy (500) is tried again; Notify refusing (400) is given up on', async () => {
    const busy = await person({ push: false });
    notify.failNext(500);
    await reply(busy.id);
    await h.tick();
    expect(textsTo(busy.number)).toHaveLength(0);
    await after(1);
    expect(textsTo(busy.number)).toHaveLength(1);

    const refused = await person({ push: false });
    notify.failNext(400);
    await reply(refused.id);
    await h.tick();
    await after(120);
    expect(textsTo(refused.number)).toHaveLength(0);
    expect((await textsView(refused.id)).lastSentAt).toBeNull();
  });

  test('two server instances working the queue at once send one text per reply', async () => {
    const second = await h.anotherInstance();
    const many = await Promise.all([person(), person(), person()]);
    for (const p of many) await reply(p.id);
    h.advance(180 * MINUTE);
    await Promise.all([h.tick(), second.tick(), h.tick(), second.tick()]);
    for (const p of many) expect(textsTo(p.number)).toHaveLength(1);
  });

  test('the number is sealed in the database, shown to the caseworker and lead only, audited, never logged', async () => {
    const p = await person();
    const digits = p.number.slice(3);
    const rows = await h.db
      .selectFrom('text_numbers')
      .selectAll()
      .where('person_id', '=', p.id)
      .execute();
    expect(JSON.stringify(rows)).not.toContain(digits);
    const lead = await login(h.app, w.leadA.email, PASSWORD);
    expect((await textsView(p.id, lead)).number).not.toBeNull();
    const drew = await login(h.app, w.drew.email, PASSWORD);
    expect((await call(h.app, 'GET', `/api/people/${p.id}/texts`, { as: drew })).status).toBe(403);

    const bad = await call(h.app, 'PUT', `/api/people/${p.id}/texts`, {
      as: await casey(),
      body: { number: '0113 496 0000', quietHours: { start: '21:00', end: '08:00' } },
    });
    expect(bad.status).toBe(400);
    await call(h.app, 'PUT', `/api/people/${p.id}/texts`, {
      as: await casey(),
      body: { number: '07700 900999', quietHours: { start: '22:00', end: '07:30' } },
    });
    const changed = await textsView(p.id);
    expect(changed).toMatchObject({
      number: '07700 900999',
      quietHours: { start: '22:00', end: '07:30' },
    });
    // A subject access request gets the number too, with its quiet hours.
    const record = await json(await call(h.app, 'GET', `/api/people/${p.id}/record`, { as: lead }));
    expect(record).toMatchObject({
      texts: { number: '07700 900999', quietHours: { start: '22:00', end: '07:30' } },
    });
    const removed = await call(h.app, 'PUT', `/api/people/${p.id}/texts`, {
      as: await casey(),
      body: { number: null, quietHours: { start: '21:00', end: '08:00' } },
    });
    expect(TextsView.parse(await json(removed))).toMatchObject({ number: null, on: false });

    await h.server.runtime.auditLog.flush();
    const audit = AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit?personId=${p.id}&limit=100`, { as: lead })),
    );
    const lines = audit.filter((e) => e.action.startsWith('texts.'));
    expect(lines.map((e) => e.action)).toEqual(
      expect.arrayContaining(['texts.read', 'texts.write']),
    );
    expect(lines.map((e) => e.detail)).toEqual(
      expect.arrayContaining([
        'Mobile number changed; no texts 10pm to 7:30am',
        'Mobile number removed',
      ]),
    );
    // Nothing logged or audited holds a number.
    await reply(p.id);
    const everything = `${h.logs.join('\n')}\n${JSON.stringify(audit)}`;
    for (const n of ['7700900', '07700', '900999', digits]) expect(everything).not.toContain(n);
  });
});
