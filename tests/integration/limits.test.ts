import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/server/config';
import { ENGINES } from './support/engines';
import { openEvents } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/**
 * The limits a deployment gets when it sets none (the harness raises them for other suites),
 * but refusals answered at once: the pause before a 429 is for callers that ignore Retry-After
 * (see bench/flood.ts), and here it would only make the suite wait.
 */
const DEFAULTS = {
  LIMIT_REQUESTS_PER_SECOND: String(DEFAULT_LIMITS.perSecond),
  LIMIT_BURST: String(DEFAULT_LIMITS.burst),
  LIMIT_EVENT_STREAMS: String(DEFAULT_LIMITS.eventStreams),
  LIMIT_REFUSAL_DELAY_MS: '0',
};

async function expectTooMany(res: Response, retryAfter: string, error = 'too_many_requests') {
  expect(res.status).toBe(429);
  expect(res.headers.get('retry-after')).toBe(retryAfter);
  const problem = await body(res);
  expect(problem.error).toBe(error);
  expect(problem.message).toMatch(/try again/);
  expect(problem.message).not.toMatch(/fail|error|invalid|abuse/i);
}

describe.each(ENGINES)('fair limits per phone and per staff session on %s', (engine) => {
  let h: Harness;
  let w: World;
  let phone: Caller;
  let otherPhone: Caller;
  let lead: Caller;

  beforeAll(async () => {
    h = await createHarness(engine, { env: DEFAULTS });
    w = await buildWorld(h);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    otherPhone = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
    lead = await login(h.app, w.leadA.email, PASSWORD);
  });
  afterAll(() => h.close());

  // The harness clock only moves when told: each test starts with full buckets.
  const refill = () => h.advance(60_000);
  const sync = (as: Caller, since?: string) =>
    call(h.app, 'GET', `/api/device/sync${since ? `?since=${since}` : ''}`, { as });

  test('30 parallel full syncs from one phone: a few are served, the rest told when to retry', async () => {
    refill();
    const answers = await Promise.all(Array.from({ length: 30 }, () => sync(phone)));
    const served = answers.filter((r) => r.status === 200).length;
    // A full sync costs 20 of the 60 a bucket holds.
    expect(served).toBe(3);
    const refused = answers.filter((r) => r.status === 429);
    expect(refused).toHaveLength(27);
    // Nothing left: another full sync needs 20 tokens, 2 s of refill.
    await expectTooMany(refused[0]!, '2');

    // Another person's phone is not held back by it.
    const send = await call(h.app, 'POST', '/api/device/messages', {
      as: otherPhone,
      body: { id: crypto.randomUUID(), body: 'Are you in on Tuesday?' },
    });
    expect(send.status).toBe(201);
  });

  test('a phone gets its burst, then one request a tenth of a second, and waits as told', async () => {
    refill();
    for (let i = 0; i < DEFAULT_LIMITS.burst; i++) {
      expect((await call(h.app, 'GET', '/api/device/profile', { as: phone })).status).toBe(200);
    }
    await expectTooMany(await call(h.app, 'GET', '/api/device/profile', { as: phone }), '1');
    h.advance(100);
    expect((await call(h.app, 'GET', '/api/device/profile', { as: phone })).status).toBe(200);
    expect((await call(h.app, 'GET', '/api/device/profile', { as: phone })).status).toBe(429);
  });

  test('a full sync costs more than catching up, and Retry-After says how long it needs', async () => {
    refill();
    const first = await sync(phone);
    expect(first.status).toBe(200);
    const cursor = String((await body(first)).cursor);
    // 60 - 20 = 40 left: 20 catch-up syncs at 2 each.
    for (let i = 0; i < 20; i++) expect((await sync(phone, cursor)).status).toBe(200);
    await expectTooMany(await sync(phone, cursor), '1');
    // Nothing left: a full sync needs 20 tokens, 2 s of refill.
    await expectTooMany(await sync(phone), '2');
    h.advance(1500);
    await expectTooMany(await sync(phone), '1');
    h.advance(500);
    expect((await sync(phone)).status).toBe(200);
  });

  test('the lead’s outcome figures and CSV cost most, per session, not per person', async () => {
    refill();
    // 60 tokens: three CSV exports at 20 each.
    for (let i = 0; i < 3; i++) {
      expect((await call(h.app, 'GET', '/api/outcomes/export.csv', { as: lead })).status).toBe(200);
    }
    await expectTooMany(await call(h.app, 'GET', '/api/outcomes', { as: lead }), '1');
    await expectTooMany(await call(h.app, 'GET', '/api/outcomes/export.csv', { as: lead }), '2');
    h.advance(1000);
    expect((await call(h.app, 'GET', '/api/outcomes', { as: lead })).status).toBe(200);

    // The same lead signed in elsewhere has a share of their own; so does a caseworker.
    const elsewhere = await login(h.app, w.leadA.email, PASSWORD, '203.0.113.9');
    expect((await call(h.app, 'GET', '/api/outcomes', { as: elsewhere })).status).toBe(200);
    const casey = await login(h.app, w.casey.email, PASSWORD);
    expect((await call(h.app, 'GET', '/api/people', { as: casey })).status).toBe(200);
  });

  test('one person’s whole record costs as much as the CSV', async () => {
    refill();
    const record = () => call(h.app, 'GET', `/api/people/${w.p1}/record`, { as: lead });
    for (let i = 0; i < 3; i++) expect((await record()).status).toBe(200);
    await expectTooMany(await record(), '2');
  });

  test('each server instance keeps its own buckets, as the README says', async () => {
    refill();
    for (let i = 0; i < 3; i++) expect((await sync(phone)).status).toBe(200);
    expect((await sync(phone)).status).toBe(429);
    // Another instance on the same database has not seen this phone's requests.
    const other = h.secondInstance();
    const there = await call(other, 'GET', '/api/device/sync', { as: phone });
    expect(there.status).toBe(200);
  });

  test('a session may hold a few live-event streams open, not hundreds', async () => {
    refill();
    const session = await login(h.app, w.casey.email, PASSWORD);
    const open = await Promise.all(
      Array.from({ length: DEFAULT_LIMITS.eventStreams + 3 }, () => openEvents(h.app, session)),
    );
    const accepted = open.filter((s) => s.status === 200);
    expect(accepted).toHaveLength(DEFAULT_LIMITS.eventStreams);
    const refused = await call(h.app, 'GET', '/api/events', { as: session });
    await expectTooMany(refused, '30', 'too_many_streams');

    // Another session is not affected; closing a stream makes room for a new one.
    const other = await login(h.app, w.casey.email, PASSWORD, '203.0.113.7');
    const theirs = await openEvents(h.app, other);
    expect(theirs.status).toBe(200);
    await accepted[0]!.close();
    const again = await openEvents(h.app, session);
    expect(again.status).toBe(200);
    for (const stream of [...accepted, again, theirs]) await stream.close();
  });
});

describe.each(ENGINES)('a caller that ignores Retry-After on %s', (engine) => {
  let h: Harness;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine, {
      env: { LIMIT_REQUESTS_PER_SECOND: '1', LIMIT_BURST: '20', LIMIT_REFUSAL_DELAY_MS: '300' },
    });
    const w = await buildWorld(h);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  test('waits a moment for each refusal, so asking again at once gains nothing', async () => {
    const profile = () => call(h.app, 'GET', '/api/device/profile', { as: phone });
    for (let i = 0; i < 20; i++) expect((await profile()).status).toBe(200);
    const started = performance.now();
    const refused = await profile();
    // A lower bound only (a timer never fires early): the refusal was held back.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    await expectTooMany(refused, '1');
  });
});
