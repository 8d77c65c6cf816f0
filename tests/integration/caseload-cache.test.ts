import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { PersonListResponse, PersonResponse } from '#shared/schemas/api';
import type { HiuServer } from '../../src/server/server';
import { ENGINES } from './support/engines';
import { START, createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/** London midnight in winter is midnight UTC. */
const MONDAY = START; // Monday 23 November 2026, 10am
const MONDAY_LATE = new Date('2026-11-23T23:59:50Z');
const TUESDAY_EARLY = new Date('2026-11-24T00:00:05Z');
const TUESDAY_LATE = new Date('2026-11-24T23:59:50Z');
const WEDNESDAY_EARLY = new Date('2026-11-25T00:00:05Z');

/**
 * Caseload reads are kept in each instance (CaseloadCache) until something they show changes.
 * Two instances: on PostgreSQL each has its own pool and LISTEN connection, as two processes
 * would, so a change made through one reaches the other only through the bus.
 */
describe.each(ENGINES)('cached caseload reads on %s', (engine) => {
  let h: Harness;
  let w: World;
  let other: HiuServer;
  let phone: Caller;
  const signedIn = new Map<string, { caller: Caller; at: number }>();

  /** Signed in once per email and clock setting (a session idle for hours has ended). */
  const as = async (who: { email: string }) => {
    const at = h.now().getTime();
    const kept = signedIn.get(who.email);
    if (kept && kept.at === at) return kept.caller;
    const caller = await login(h.app, who.email, PASSWORD);
    signedIn.set(who.email, { caller, at });
    return caller;
  };
  const caseloadOn = async (app: HiuServer['app'], who: { email: string }) => {
    const res = await call(app, 'GET', '/api/people', { as: await as(who) });
    expect(res.status).toBe(200);
    return PersonListResponse.parse(await json(res));
  };
  const idsOn = async (app: HiuServer['app'], who: { email: string }) =>
    (await caseloadOn(app, who)).map((p) => p.id).sort();
  const personOn = async (app: HiuServer['app'], who: { email: string }, id: string) =>
    call(app, 'GET', `/api/people/${id}`, { as: await as(who) });
  /** The other instance, as soon as it has heard (a NOTIFY: a millisecond or so). */
  const soon = (check: () => Promise<void>) => vi.waitFor(check, { timeout: 2000, interval: 5 });
  const leave = (firstDay: string, lastDay: string) => ({
    caseworkerId: w.casey.id,
    firstDay,
    lastDay,
    cover: { caseworkerId: w.drew.id, phone: '01632 960001' },
    people: [],
  });

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    other = await h.anotherInstance();
    await call(h.app, 'PUT', `/api/people/${w.p1}/hours`, {
      as: await as(w.casey),
      body: { kind: 'always' },
    });
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());
  beforeEach(() => h.setNow(MONDAY));

  test('a message sent through one instance is in the next caseload read on both', async () => {
    const before = await caseloadOn(other.app, w.leadA);
    const unread = before.find((p) => p.id === w.p1)?.unreadMessages ?? -1;
    expect(unread).toBeGreaterThanOrEqual(0);
    expect((await personOn(other.app, w.casey, w.p1)).status).toBe(200);
    // Both reads are kept: the next ones would need no query.
    expect(other.runtime.caseloadCache.size).toBeGreaterThanOrEqual(2);

    const sent = await call(h.app, 'POST', '/api/device/messages', {
      as: phone,
      body: { id: randomUUID(), body: 'Can we talk tomorrow?' },
    });
    expect(sent.status).toBe(201);

    // The instance that took the message, at once.
    const here = await caseloadOn(h.app, w.leadA);
    expect(here.find((p) => p.id === w.p1)?.unreadMessages).toBe(unread + 1);
    await soon(async () => {
      const there = await caseloadOn(other.app, w.leadA);
      expect(there.find((p) => p.id === w.p1)?.unreadMessages).toBe(unread + 1);
    });
    const person = PersonResponse.parse(await json(await personOn(other.app, w.casey, w.p1)));
    expect(person.unreadMessages).toBe(unread + 1);
    expect(person.lastContactAt).not.toBeNull();
  });

  test('a person added through one instance is in the next caseload read on both', async () => {
    const before = await idsOn(other.app, w.drew);
    const res = await call(h.app, 'POST', '/api/people', {
      as: await as(w.drew),
      body: { displayName: 'Nina Newperson' },
    });
    expect(res.status).toBe(201);
    const id = PersonResponse.parse(await json(res)).id;
    expect(await idsOn(h.app, w.drew)).toEqual([...before, id].sort());
    await soon(async () => expect(await idsOn(other.app, w.drew)).toEqual([...before, id].sort()));
  });

  test('cover recorded and taken off through one instance is seen through the other', async () => {
    expect(await idsOn(other.app, w.drew)).not.toContain(w.p1);
    expect((await personOn(other.app, w.drew, w.p1)).status).toBe(403);

    const leaveId = randomUUID();
    const put = await call(h.app, 'PUT', `/api/leave/${leaveId}`, {
      as: await as(w.casey),
      body: leave('2026-11-23', '2026-11-24'),
    });
    expect(put.status).toBe(200);
    await soon(async () => expect(await idsOn(other.app, w.drew)).toContain(w.p1));
    const covered = await personOn(other.app, w.drew, w.p1);
    expect(covered.status).toBe(200);
    expect(PersonResponse.parse(await json(covered)).away).toMatchObject({
      caseworkerName: w.casey.name,
      cover: { caseworkerId: w.drew.id },
    });
    const casey = await caseloadOn(other.app, w.casey);
    expect(casey.find((p) => p.id === w.p1)?.away?.lastDay).toBe('2026-11-24');

    const gone = await call(h.app, 'DELETE', `/api/leave/${leaveId}`, { as: await as(w.casey) });
    expect(gone.status).toBe(200);
    await soon(async () => expect(await idsOn(other.app, w.drew)).not.toContain(w.p1));
    expect((await personOn(other.app, w.drew, w.p1)).status).toBe(403);
    expect((await caseloadOn(other.app, w.casey)).find((p) => p.id === w.p1)?.away).toBeNull();
  });

  test('cover starts and ends at London midnight in cached reads, with nothing written', async () => {
    const leaveId = randomUUID();
    const put = await call(h.app, 'PUT', `/api/leave/${leaveId}`, {
      as: await as(w.casey),
      body: leave('2026-11-24', '2026-11-24'),
    });
    expect(put.status).toBe(200);

    for (const app of [h.app, other.app]) {
      h.setNow(MONDAY_LATE);
      await soon(async () => expect(await idsOn(app, w.drew)).not.toContain(w.p1));
      expect((await personOn(app, w.drew, w.p1)).status).toBe(403);
      // Fifteen seconds later, well within the time an answer is kept.
      h.setNow(TUESDAY_EARLY);
      expect(await idsOn(app, w.drew)).toContain(w.p1);
      expect((await personOn(app, w.drew, w.p1)).status).toBe(200);
      h.setNow(TUESDAY_LATE);
      expect(await idsOn(app, w.drew)).toContain(w.p1);
      h.setNow(WEDNESDAY_EARLY);
      expect(await idsOn(app, w.drew)).not.toContain(w.p1);
      expect((await personOn(app, w.drew, w.p1)).status).toBe(403);
      expect((await caseloadOn(app, w.casey)).find((p) => p.id === w.p1)?.away).toBeNull();
    }
    h.setNow(MONDAY);
    const gone = await call(h.app, 'DELETE', `/api/leave/${leaveId}`, { as: await as(w.casey) });
    expect(gone.status).toBe(200);
  });

  test("a caseworker's cached caseload is theirs alone, and never another service's", async () => {
    expect(await idsOn(other.app, w.casey)).toEqual([w.p1]);
    expect(await idsOn(other.app, w.drew)).not.toContain(w.p1);
    expect((await personOn(other.app, w.drew, w.p1)).status).toBe(403);
    expect((await personOn(other.app, w.otherCaseworker, w.p1)).status).toBe(404);
    expect((await personOn(other.app, w.leadB, w.p1)).status).toBe(404);
    expect(await idsOn(other.app, w.leadB)).toEqual([w.pb]);
  });
});
