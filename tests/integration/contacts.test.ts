import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { countInWeek, weeklySeries, weekTally } from '#shared/contacts';
import { DeviceProfile, PersonResponse } from '#shared/schemas/api';
import { ContactEvent, ContactsView } from '#shared/schemas/contact';
import { weekOf } from '#shared/weeks';
import { startSession } from '../../src/server/auth/sessions';
import { findCaseworker } from '../../src/server/db/tables/caseworkers.table';
import { messageContactId } from '../../src/server/people/contacts';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, type Caller } from './support/http';
import { buildWorld, pairDevice, type World } from './support/world';

const MINUTE = 60_000;

describe.each(ENGINES)('contact targets and contacts on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  /** A fresh session for a member of staff of service A (the clock moves a lot here). */
  async function staff(who: 'casey' | 'drew' | 'leadA' | 'otherCaseworker'): Promise<Caller> {
    const serviceId = who === 'otherCaseworker' ? w.serviceB : w.serviceA;
    const caseworker = await findCaseworker(h.db, serviceId, w[who].id);
    if (!caseworker) throw new Error('missing caseworker');
    const { token, session } = await startSession(h.db, caseworker, h.now());
    return { headers: { cookie: `hiu_session=${token}`, 'x-csrf-token': session.csrf_token } };
  }

  /** A new person on Casey's caseload, with a paired phone. */
  async function newPerson() {
    const res = await call(h.app, 'POST', '/api/people', {
      as: await staff('casey'),
      body: { displayName: 'Tess Testperson' },
    });
    const person = PersonResponse.parse(await json(res));
    const { token } = await pairDevice(h, w.serviceA, person.id);
    return { id: person.id, phone: deviceCaller(token) };
  }

  const view = async (personId: string, as?: Caller) => {
    const res = await call(h.app, 'GET', `/api/people/${personId}/contacts`, {
      as: as ?? (await staff('casey')),
    });
    expect(res.status).toBe(200);
    return ContactsView.parse(await json(res));
  };
  const setTargets = async (personId: string, steps: unknown, as?: Caller) =>
    call(h.app, 'PUT', `/api/people/${personId}/contact-targets`, {
      as: as ?? (await staff('casey')),
      body: { steps },
    });
  const logContact = async (personId: string, input: Record<string, unknown>, as?: Caller) =>
    call(h.app, 'POST', `/api/people/${personId}/contacts`, {
      as: as ?? (await staff('casey')),
      body: input,
    });
  const tap = (phone: Caller, id: string, at: Date | string, kind = 'call') =>
    call(h.app, 'PUT', `/api/device/contacts/${id}`, {
      as: phone,
      body: { at: typeof at === 'string' ? at : at.toISOString(), kind },
    });
  const phoneContacts = async (phone: Caller) => {
    const profile = DeviceProfile.parse(
      await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })),
    );
    return ContactsView.parse(profile.contacts);
  };
  const profileVersion = async (personId: string) => {
    const row = await h.db
      .selectFrom('people')
      .select('profile_version')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    return row.profile_version;
  };

  test('a step-down plan is set from this week, and earlier weeks are kept as history', async () => {
    h.setNow(new Date('2026-11-04T10:00:00Z')); // Wednesday; the week of 2 November
    const p = await newPerson();
    expect(await view(p.id)).toEqual({
      targets: [],
      events: [],
      alternatives: [],
      supportUsed: [],
    });

    const first = await setTargets(p.id, [{ fromWeek: '2026-11-02', times: 10 }]);
    expect(first.status).toBe(200);
    expect(ContactsView.parse(await json(first)).targets).toEqual([
      { fromWeek: '2026-11-02', times: 10 },
    ]);

    // Three weeks on: "let's try 7, then 5".
    h.setNow(new Date('2026-11-24T10:00:00Z')); // the week of 23 November
    const plan = [
      { fromWeek: '2026-11-23', times: 7 },
      { fromWeek: '2026-12-07', times: 5 },
    ];
    const second = await setTargets(p.id, plan);
    expect(second.status).toBe(200);
    const expected = [{ fromWeek: '2026-11-02', times: 10 }, ...plan];
    expect(ContactsView.parse(await json(second)).targets).toEqual(expected);
    expect((await view(p.id)).targets).toEqual(expected);

    // A change of mind replaces the future only.
    const third = await setTargets(p.id, [{ fromWeek: '2026-11-30', times: 6 }]);
    expect(ContactsView.parse(await json(third)).targets).toEqual([
      { fromWeek: '2026-11-02', times: 10 },
      { fromWeek: '2026-11-30', times: 6 },
    ]);
    // Clearing the plan clears from this week on; the history stays.
    await setTargets(p.id, []);
    expect((await view(p.id)).targets).toEqual([{ fromWeek: '2026-11-02', times: 10 }]);
  });

  test('two saves of the plan at once (a double click) both answer, and leave one plan', async () => {
    h.setNow(new Date('2026-11-04T10:00:00Z'));
    const p = await newPerson();
    const casey = await staff('casey');
    const plan = [
      { fromWeek: '2026-11-02', times: 8 },
      { fromWeek: '2026-11-09', times: 6 },
    ];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all([
        setTargets(p.id, plan, casey),
        setTargets(p.id, plan, casey),
        setTargets(p.id, plan, casey),
      ]);
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    }
    expect((await view(p.id)).targets).toEqual(plan);
  });

  test('a plan longer than 200 steps keeps the newest, dropping the oldest history', async () => {
    h.setNow(new Date('2026-11-04T10:00:00Z'));
    const p = await newPerson();
    await setTargets(p.id, [
      { fromWeek: '2026-11-02', times: 10 },
      { fromWeek: '2026-11-09', times: 9 },
    ]);
    h.setNow(new Date('2026-11-25T10:00:00Z')); // the week of 23 November: both are history
    const weekAfter = (n: number) =>
      new Date(Date.UTC(2026, 10, 23) + n * 7 * 86_400_000).toISOString().slice(0, 10);
    const future = Array.from({ length: 200 }, (_, i) => ({ fromWeek: weekAfter(i), times: 5 }));
    // 199 new steps: room for one week of history, the newer one.
    expect((await setTargets(p.id, future.slice(1))).status).toBe(200);
    const kept = (await view(p.id)).targets;
    expect(kept).toHaveLength(200);
    expect(kept[0]).toEqual({ fromWeek: '2026-11-09', times: 9 });
    expect(kept.at(-1)).toEqual(future.at(-1));
    // 200 new steps: the whole plan is the new one, the newest week included.
    expect((await setTargets(p.id, future)).status).toBe(200);
    const targets = (await view(p.id)).targets;
    expect(targets).toEqual(future);
  });

  test('a message id in capitals makes the same contact id as in lower case', () => {
    const id = randomUUID();
    expect(messageContactId(id.toUpperCase())).toBe(messageContactId(id));
  });

  test('a step before this week is a kind 400 and loses nothing', async () => {
    h.setNow(new Date('2026-11-24T10:00:00Z'));
    const p = await newPerson();
    await setTargets(p.id, [{ fromWeek: '2026-11-23', times: 5 }]);
    const res = await setTargets(p.id, [
      { fromWeek: '2026-11-16', times: 3 },
      { fromWeek: '2026-11-30', times: 2 },
    ]);
    expect(res.status).toBe(400);
    const problem = await body(res);
    expect(problem.error).toBe('invalid_input');
    expect(problem.message).toMatch(/this week or later/);
    expect(problem.fields).toEqual({ 'steps.0.fromWeek': problem.message });
    expect((await view(p.id)).targets).toEqual([{ fromWeek: '2026-11-23', times: 5 }]);

    // Not a Monday, out of order, too many: the shared schema's words.
    const tuesday = await setTargets(p.id, [{ fromWeek: '2026-12-01', times: 5 }]);
    expect(tuesday.status).toBe(400);
    expect((await body(tuesday)).fields).toEqual({
      'steps.0.fromWeek': 'A week starts on a Monday',
    });
    const backwards = await setTargets(p.id, [
      { fromWeek: '2026-12-07', times: 5 },
      { fromWeek: '2026-11-30', times: 4 },
    ]);
    expect(backwards.status).toBe(400);
    expect((await setTargets(p.id, [{ fromWeek: '2026-11-30', times: 101 }])).status).toBe(400);
    expect((await view(p.id)).targets).toEqual([{ fromWeek: '2026-11-23', times: 5 }]);
  });

  test('a target change refreshes the phone, pushes "goal" and tells the console', async () => {
    h.setNow(new Date('2026-11-24T10:00:00Z'));
    const p = await newPerson();
    const sub = await call(h.app, 'PUT', '/api/device/push-subscription', {
      as: p.phone,
      body: {
        endpoint: `https://push.example.org/send/${randomUUID()}`,
        keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA', auth: 'tBHItJI5svbpez7KI4CCXg' },
      },
    });
    expect(sub.status).toBe(200);
    const casey = await staff('casey');
    const events = await openEvents(h.app, casey);
    const before = await profileVersion(p.id);

    expect((await setTargets(p.id, [{ fromWeek: '2026-11-23', times: 4 }], casey)).status).toBe(
      200,
    );
    expect(await profileVersion(p.id)).toBeGreaterThan(before);
    const jobs = await h.db
      .selectFrom('push_jobs')
      .innerJoin('push_subscriptions', 'push_subscriptions.id', 'push_jobs.subscription_id')
      .select(['push_jobs.kind', 'push_jobs.payload'])
      .where('push_subscriptions.person_id', '=', p.id)
      .execute();
    expect(jobs.map((j) => j.kind)).toEqual(['goal']);
    // The fixed words only (src/sw/push.messages.json): a kind and where to go, nothing about the person.
    expect(JSON.stringify(jobs[0]?.payload)).not.toMatch(/Tess|4 /);

    const live = await events.next((e) => e.type === 'contact');
    expect(live.personId).toBe(p.id);
    await events.close();

    expect((await phoneContacts(p.phone)).targets).toEqual([{ fromWeek: '2026-11-23', times: 4 }]);
  });

  test('contacts are counted in London weeks across the October clock change', async () => {
    // Monday 2 November 2026, GMT. The week of 19 October is 169 hours long.
    h.setNow(new Date('2026-11-02T12:00:00Z'));
    const p = await newPerson();
    await setTargets(p.id, [{ fromWeek: '2026-11-02', times: 3 }]);
    const times = [
      '2026-10-18T22:59:00Z', // Sunday 18 October 23:59 BST: the week of 12 October
      '2026-10-18T23:30:00Z', // Monday 19 October 00:30 BST: the new week
      '2026-10-25T00:30:00Z', // 01:30 BST on the change night, first time round
      '2026-10-25T01:30:00Z', // 01:30 GMT, second time round
      '2026-10-25T23:59:00Z', // Sunday 23:59 GMT: still the week of 19 October
      '2026-10-26T00:00:00Z', // Monday 26 October 00:00 GMT: the next week
      '2026-11-02T00:00:00Z', // this week
    ];
    for (const at of times) {
      expect((await logContact(p.id, { at, kind: 'visit' })).status).toBe(201);
    }
    const seen = await view(p.id);
    expect(seen.events.map((e) => e.at)).toEqual(times.map((t) => new Date(t).toISOString()));
    expect(countInWeek(seen.events, '2026-10-12')).toBe(1);
    expect(countInWeek(seen.events, '2026-10-19')).toBe(4);
    expect(countInWeek(seen.events, '2026-10-26')).toBe(1);
    const series = weeklySeries(seen.events, seen.targets, h.now());
    expect(series.at(-1)).toEqual({ week: '2026-11-02', count: 1, target: 3 });
    expect(series.at(-2)).toEqual({ week: '2026-10-26', count: 1, target: null });
  });

  test('the 12-week window starts on a London Monday, across the October change', async () => {
    // Monday 4 January 2027 (GMT): 11 weeks before is the week of 19 October 2026, which
    // began at 00:00 BST, 23:00 UTC on the Sunday.
    h.setNow(new Date('2026-11-02T12:00:00Z'));
    const p = await newPerson();
    for (const at of ['2026-10-18T22:59:59Z', '2026-10-18T23:00:00Z']) {
      expect((await logContact(p.id, { at, kind: 'call' })).status).toBe(201);
    }
    h.setNow(new Date('2027-01-04T12:00:00Z'));
    const seen = await view(p.id);
    expect(seen.events.map((e) => e.at)).toEqual(['2026-10-18T23:00:00.000Z']);
    expect(weeklySeries(seen.events, [], h.now())[0]).toEqual({
      week: '2026-10-19',
      count: 1,
      target: null,
    });
  });

  test('the 12-week window and the 167-hour week, across the March change', async () => {
    h.setNow(new Date('2026-03-31T12:00:00Z')); // Tuesday, BST; the week of 30 March
    const p = await newPerson();
    const times = [
      '2026-03-23T00:00:00Z', // Monday 23 March 00:00 GMT: first moment of the 167-hour week
      '2026-03-29T00:59:00Z', // 00:59 GMT, just before the change
      '2026-03-29T22:59:59Z', // Sunday 23:59:59 BST: the last moment of that week
      '2026-03-29T23:30:00Z', // Monday 30 March 00:30 BST: the new week
    ];
    for (const at of times) {
      expect((await logContact(p.id, { at, kind: 'text' })).status).toBe(201);
    }
    const seen = await view(p.id);
    expect(countInWeek(seen.events, '2026-03-23')).toBe(3);
    expect(countInWeek(seen.events, '2026-03-30')).toBe(1);
    expect(weekOf(new Date('2026-03-29T23:30:00Z')).key).toBe('2026-03-30');

    // Eleven weeks on (15 June, BST), the window opens at 00:00 BST on 30 March.
    h.setNow(new Date('2026-06-15T09:00:00Z'));
    const later = await view(p.id);
    expect(later.events.map((e) => e.at)).toEqual(['2026-03-29T23:30:00.000Z']);
  });

  test('app messages count as contacts: 10 minutes apart is one, 40 minutes apart is two', async () => {
    h.setNow(new Date('2026-11-23T10:00:00Z'));
    const p = await newPerson();
    const casey = await staff('casey');
    const send = (id: string) =>
      call(h.app, 'POST', '/api/device/messages', { as: p.phone, body: { id, body: 'Hello.' } });
    const first = randomUUID();
    expect((await send(first)).status).toBe(201);
    h.advance(10 * MINUTE);
    expect((await send(randomUUID())).status).toBe(201);
    // A retry of the first (the phone did not hear back) adds nothing.
    expect((await send(first)).status).toBe(200);
    // A caseworker reply is not a contact the person made.
    const reply = await call(h.app, 'POST', `/api/people/${p.id}/messages`, {
      as: casey,
      body: { body: 'Thanks, speak soon.' },
    });
    expect(reply.status).toBe(201);

    let events = (await view(p.id, casey)).events;
    expect(events).toEqual([
      {
        id: messageContactId(first),
        at: '2026-11-23T10:00:00.000Z',
        kind: 'message',
        source: 'app',
      },
    ]);

    // 40 minutes after the counted one: a new contact.
    h.advance(30 * MINUTE);
    const third = randomUUID();
    expect((await send(third)).status).toBe(201);
    events = (await view(p.id, casey)).events;
    expect(events.map((e) => [e.id, e.at])).toEqual([
      [messageContactId(first), '2026-11-23T10:00:00.000Z'],
      [messageContactId(third), '2026-11-23T10:40:00.000Z'],
    ]);
    expect(countInWeek(events, '2026-11-23')).toBe(2);
    expect((await phoneContacts(p.phone)).events).toEqual(events);
  });

  test('a message held outside agreed hours counts at once, the same for the person and the console', async () => {
    h.setNow(new Date('2026-11-23T20:00:00Z')); // Monday evening
    const p = await newPerson();
    const casey = await staff('casey');
    const hours = {
      kind: 'weekly',
      weekly: [{ day: 2, start: '09:00', end: '17:00' }],
      exceptions: [],
    };
    expect(
      (await call(h.app, 'PUT', `/api/people/${p.id}/hours`, { as: casey, body: hours })).status,
    ).toBe(200);
    const id = randomUUID();
    const sent = await call(h.app, 'POST', '/api/device/messages', {
      as: p.phone,
      body: { id, body: 'Late thoughts.' },
    });
    expect(sent.status).toBe(201);
    const counted = {
      id: messageContactId(id),
      at: h.now().toISOString(),
      kind: 'message',
      source: 'app',
    };
    const phoneView = await phoneContacts(p.phone);
    const consoleView = await view(p.id, casey);
    expect(phoneView.events).toEqual([counted]);
    expect(consoleView.events).toEqual([counted]);
    expect(weekTally(consoleView.events, consoleView.targets, h.now())).toEqual(
      weekTally(phoneView.events, phoneView.targets, h.now()),
    );

    h.setNow(new Date('2026-11-24T09:00:00Z')); // Tuesday 09:00: the message is delivered
    await h.tick();
    // Delivery does not count it again.
    expect((await view(p.id, await staff('casey'))).events).toEqual([counted]);
  });

  test('messages sent at the same moment start one contact, not two', async () => {
    h.setNow(new Date('2026-11-26T11:00:00Z'));
    const p = await newPerson();
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        call(h.app, 'POST', '/api/device/messages', {
          as: p.phone,
          body: { id: randomUUID(), body: 'Hello?' },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect((await view(p.id)).events).toHaveLength(1);
  });

  test('two messages 40 minutes apart are two contacts; the profile moves with them', async () => {
    h.setNow(new Date('2026-11-25T15:00:00Z'));
    const p = await newPerson();
    const send = () =>
      call(h.app, 'POST', '/api/device/messages', {
        as: p.phone,
        body: { id: randomUUID(), body: 'Are you there?' },
      });
    const v0 = await profileVersion(p.id);
    await send();
    const v1 = await profileVersion(p.id);
    expect(v1).toBeGreaterThan(v0);
    h.advance(40 * MINUTE);
    await send();
    expect(await profileVersion(p.id)).toBeGreaterThan(v1);
    const seen = await view(p.id);
    expect(seen.events.filter((e) => e.kind === 'message')).toHaveLength(2);
  });

  test('the person logs a call with one tap: idempotent, live, and can be taken back', async () => {
    h.setNow(new Date('2026-11-23T12:00:00Z'));
    const p = await newPerson();
    const casey = await staff('casey');
    const events = await openEvents(h.app, casey);
    const id = randomUUID();
    const v0 = await profileVersion(p.id);

    expect((await phoneContacts(p.phone)).events).toEqual([]); // now cached
    const first = await tap(p.phone, id, '2026-11-23T11:59:00Z');
    expect(first.status).toBe(200);
    const made = ContactEvent.parse(await json(first));
    expect(made).toEqual({ id, at: '2026-11-23T11:59:00.000Z', kind: 'call', source: 'person' });
    expect(await profileVersion(p.id)).toBeGreaterThan(v0);
    // The outbox sends it again.
    const again = await tap(p.phone, id, '2026-11-23T11:59:00Z');
    expect(ContactEvent.parse(await json(again))).toEqual(made);
    expect((await view(p.id, casey)).events).toEqual([made]);
    expect((await phoneContacts(p.phone)).events).toEqual([made]);
    expect(await events.next((e) => e.type === 'contact')).toMatchObject({ personId: p.id });
    await settle();
    expect(events.events.filter((e) => e.type === 'contact')).toHaveLength(1);
    await events.close();

    // A phone clock running fast never counts a tap in the future.
    const fast = await tap(p.phone, randomUUID(), new Date(h.now().getTime() + 60 * MINUTE));
    expect(ContactEvent.parse(await json(fast)).at).toBe(h.now().toISOString());

    // Undo: gone, and undoing again (a retry) is fine.
    expect(
      (await call(h.app, 'DELETE', `/api/device/contacts/${id}`, { as: p.phone })).status,
    ).toBe(204);
    expect(
      (await call(h.app, 'DELETE', `/api/device/contacts/${id}`, { as: p.phone })).status,
    ).toBe(204);
    expect((await view(p.id, casey)).events.map((e) => e.id)).not.toContain(id);
    expect((await phoneContacts(p.phone)).events.map((e) => e.id)).not.toContain(id);
  });

  test('the phone cannot take back what the caseworker or the app counted, or another person’s tap', async () => {
    h.setNow(new Date('2026-11-23T12:00:00Z'));
    const p = await newPerson();
    const q = await newPerson();
    const logged = ContactEvent.parse(
      await json(await logContact(p.id, { at: '2026-11-23T11:00:00Z', kind: 'visit' })),
    );
    const res = await call(h.app, 'DELETE', `/api/device/contacts/${logged.id}`, { as: p.phone });
    expect(res.status).toBe(404);
    expect((await body(res)).error).toBe('not_found');

    const theirs = randomUUID();
    await tap(q.phone, theirs, '2026-11-23T11:30:00Z');
    expect(
      (await call(h.app, 'DELETE', `/api/device/contacts/${theirs}`, { as: p.phone })).status,
    ).toBe(204);
    expect((await view(q.id)).events.map((e) => e.id)).toEqual([theirs]);
    expect((await view(p.id)).events.map((e) => e.id)).toEqual([logged.id]);

    // Someone else's id is a clash, not a second copy.
    const clash = await tap(p.phone, logged.id, '2026-11-23T11:45:00Z');
    expect(clash.status).toBe(409);
    const clash2 = await tap(p.phone, theirs, '2026-11-23T11:45:00Z');
    expect(clash2.status).toBe(409);
    expect((await view(q.id)).events.map((e) => e.id)).toEqual([theirs]);
  });

  test('the caseworker logs a visit (idempotent on its id) and can take back only their own', async () => {
    h.setNow(new Date('2026-11-23T12:00:00Z'));
    const p = await newPerson();
    const casey = await staff('casey');
    const id = randomUUID();
    const first = await logContact(
      p.id,
      { id, at: '2026-11-23T09:15:00+00:00', kind: 'visit' },
      casey,
    );
    expect(first.status).toBe(201);
    const made = ContactEvent.parse(await json(first));
    expect(made).toEqual({
      id,
      at: '2026-11-23T09:15:00.000Z',
      kind: 'visit',
      source: 'caseworker',
    });
    const again = await logContact(p.id, { id, at: '2026-11-23T09:15:00Z', kind: 'visit' }, casey);
    expect(again.status).toBe(200);
    expect(ContactEvent.parse(await json(again))).toEqual(made);

    // The person's own tap cannot be deleted from the console.
    const tapped = randomUUID();
    await tap(p.phone, tapped, '2026-11-23T10:00:00Z');
    const notMine = await call(h.app, 'DELETE', `/api/people/${p.id}/contacts/${tapped}`, {
      as: casey,
    });
    expect(notMine.status).toBe(404);
    // Nor through another person's address.
    const q = await newPerson();
    const wrongPerson = await call(h.app, 'DELETE', `/api/people/${q.id}/contacts/${id}`, {
      as: casey,
    });
    expect(wrongPerson.status).toBe(404);
    expect((await view(p.id, casey)).events.map((e) => e.id).sort()).toEqual([id, tapped].sort());

    const deleted = await call(h.app, 'DELETE', `/api/people/${p.id}/contacts/${id}`, {
      as: casey,
    });
    expect(deleted.status).toBe(204);
    expect((await view(p.id, casey)).events.map((e) => e.id)).toEqual([tapped]);
    const twice = await call(h.app, 'DELETE', `/api/people/${p.id}/contacts/${id}`, { as: casey });
    expect(twice.status).toBe(404);
  });

  test('a time in the future or over a year ago is a kind 400, and nothing is lost', async () => {
    h.setNow(new Date('2026-11-23T12:00:00Z'));
    const p = await newPerson();
    const casey = await staff('casey');
    const kept = await logContact(p.id, { at: '2026-11-23T11:00:00Z', kind: 'call' }, casey);
    expect(kept.status).toBe(201);

    const future = await logContact(p.id, { at: '2026-11-23T12:06:00Z', kind: 'call' }, casey);
    expect(future.status).toBe(400);
    const problem = await body(future);
    expect(problem.error).toBe('invalid_input');
    expect(problem.fields).toEqual({ at: problem.message });
    expect(problem.message).toMatch(/not happened yet/);

    const old = await logContact(p.id, { at: '2025-11-20T12:00:00Z', kind: 'call' }, casey);
    expect(old.status).toBe(400);
    expect(String((await body(old)).message)).toMatch(/more than a year ago/);

    // Messages are counted by the app, never logged by hand; the shape is checked.
    const message = await logContact(p.id, { at: '2026-11-23T11:00:00Z', kind: 'message' }, casey);
    expect(message.status).toBe(400);
    expect((await logContact(p.id, { at: 'yesterday', kind: 'call' }, casey)).status).toBe(400);

    // Within the five minutes' grace is fine.
    const grace = await logContact(p.id, { at: '2026-11-23T12:04:00Z', kind: 'call' }, casey);
    expect(grace.status).toBe(201);

    const phoneOld = await tap(p.phone, randomUUID(), '2025-11-01T12:00:00Z');
    expect(phoneOld.status).toBe(400);
    expect((await body(phoneOld)).fields).toHaveProperty('at');

    expect((await view(p.id, casey)).events.map((e) => e.at)).toEqual([
      '2026-11-23T11:00:00.000Z',
      '2026-11-23T12:04:00.000Z',
    ]);
  });

  test('only their caseworker and the lead see or change a person’s contacts', async () => {
    h.setNow(new Date('2026-11-23T12:00:00Z'));
    const p = await newPerson();
    const other = await staff('otherCaseworker');
    const drew = await staff('drew');
    const lead = await staff('leadA');
    expect((await call(h.app, 'GET', `/api/people/${p.id}/contacts`, { as: other })).status).toBe(
      404,
    );
    expect(
      (await logContact(p.id, { at: '2026-11-23T11:00:00Z', kind: 'call' }, other)).status,
    ).toBe(404);
    expect((await setTargets(p.id, [{ fromWeek: '2026-11-23', times: 2 }], other)).status).toBe(
      404,
    );
    expect((await call(h.app, 'GET', `/api/people/${p.id}/contacts`, { as: drew })).status).toBe(
      403,
    );
    expect((await setTargets(p.id, [{ fromWeek: '2026-11-23', times: 2 }], lead)).status).toBe(200);
    expect((await view(p.id)).targets).toEqual([{ fromWeek: '2026-11-23', times: 2 }]);
    // Another service's person, through this service's lead: not found.
    expect((await call(h.app, 'GET', `/api/people/${w.pb}/contacts`, { as: lead })).status).toBe(
      404,
    );
  });
});
