import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sweepSignInRecords } from '../../src/server/auth/sweep';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, login } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

describe.each(ENGINES)('login throttling on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  const attempt = (email: string, password: string, address: string, app = h.app) =>
    call(app, 'POST', '/api/auth/login', {
      body: { email, password },
      headers: { 'x-forwarded-for': address },
    });

  test('after 5 wrong passwords from one address, it waits, even with the right one, and is told how long', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await attempt(w.casey.email, 'wrong password here', '192.0.2.1')).status).toBe(401);
    }
    const locked = await attempt(w.casey.email, PASSWORD, '192.0.2.1');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('30');
    expect(await body(locked)).toEqual({
      error: 'too_many_attempts',
      message: 'Too many tries. Please wait 30 seconds and try again.',
    });
    // Somewhere else, the right password works at once: guesses cannot lock the person out.
    expect((await attempt(w.casey.email, PASSWORD, '192.0.2.99')).status).toBe(200);

    h.advance(31_000);
    expect((await attempt(w.casey.email, PASSWORD, '192.0.2.1')).status).toBe(200);
  });

  test('the wait grows with each further failure', async () => {
    const waits: number[] = [];
    for (let tries = 0; waits.length < 4 && tries < 20; tries++) {
      const res = await attempt(w.drew.email, 'wrong password here', '192.0.2.200');
      if (res.status === 429) {
        const wait = Number(res.headers.get('retry-after'));
        waits.push(wait);
        h.advance(wait * 1000);
      }
    }
    expect(waits).toEqual([30, 60, 120, 240]);
  });

  test('a signed-in success clears the count for that account', async () => {
    for (let i = 0; i < 4; i++) await attempt(w.leadA.email, 'wrong password here', '192.0.2.150');
    expect((await attempt(w.leadA.email, PASSWORD, '192.0.2.150')).status).toBe(200);
    for (let i = 0; i < 4; i++) await attempt(w.leadA.email, 'wrong password here', '192.0.2.151');
    expect((await attempt(w.leadA.email, PASSWORD, '192.0.2.151')).status).toBe(200);
  });

  test('after 100 wrong passwords from one address, new sign-ins there wait; known ones and other addresses do not', async () => {
    const office = '198.51.100.66';
    await login(h.app, w.leadB.email, PASSWORD, office);
    const sprayed = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attempt(`guess${i}@alpha.example.org`, 'wrong password here', office),
      ),
    );
    expect(sprayed.map((res) => res.status)).toEqual(Array(100).fill(401));
    const locked = await attempt(w.otherCaseworker.email, PASSWORD, office);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBe(30);
    expect((await attempt(w.leadB.email, PASSWORD, office)).status).toBe(200);
    expect((await attempt(w.otherCaseworker.email, PASSWORD, '198.51.100.67')).status).toBe(200);
  }, 90_000); // 100 real argon2 checks: slow on a busy machine

  test('the count is in the database, so a second server instance agrees', async () => {
    for (let i = 0; i < 5; i++) await attempt(w.leadB.email, 'wrong password here', '203.0.113.77');
    const other = h.secondInstance();
    expect((await attempt(w.leadB.email, PASSWORD, '203.0.113.77', other)).status).toBe(429);
  });

  test('a count is forgotten after an hour without failures', async () => {
    const email = 'nobody-at-all@alpha.example.org';
    for (let i = 0; i < 4; i++) await attempt(email, 'wrong password here', '192.0.2.20');
    h.advance(61 * 60 * 1000);
    for (let i = 0; i < 4; i++) {
      expect((await attempt(email, 'wrong password here', '192.0.2.20')).status).toBe(401);
    }
  });

  test('a wrong current password when changing it counts like a wrong sign-in', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD, '192.0.2.30');
    const change = (currentPassword: string) =>
      call(h.app, 'POST', '/api/auth/password', {
        as: me,
        body: { currentPassword, newPassword: 'harbour velvet cactus ladder' },
        headers: { 'x-forwarded-for': '192.0.2.30' },
      });
    for (let i = 0; i < 5; i++) expect((await change('wrong password here')).status).toBe(400);
    expect((await change(PASSWORD)).status).toBe(429);
  });

  test("the right password from a new place does not use up the account's allowance", async () => {
    const email = w.otherCaseworker.email;
    for (let i = 0; i < 19; i++) {
      expect((await attempt(email, 'wrong password here', `198.51.100.${i + 100}`)).status).toBe(
        401,
      );
    }
    expect((await attempt(email, PASSWORD, '198.51.100.200')).status).toBe(200);
    expect((await attempt(email, 'wrong password here', '198.51.100.201')).status).toBe(401);
    const locked = await attempt(email, PASSWORD, '198.51.100.202');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('60');
    // The place it signed in from a moment ago is known, so it is not held to the account's limit.
    expect((await attempt(email, PASSWORD, '198.51.100.200')).status).toBe(200);
  });

  test('a place is known for 30 days after its last sign-in', async () => {
    const email = w.drew.email;
    await login(h.app, email, PASSWORD, '203.0.113.90');
    h.advance(31 * 24 * 60 * 60 * 1000);
    for (let i = 0; i < 20; i++) await attempt(email, 'wrong password here', `192.0.2.${i + 100}`);
    expect((await attempt(email, PASSWORD, '203.0.113.90')).status).toBe(429);
  });
});

describe.each(ENGINES)('sign-in behind a proxy on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { env: { TRUST_PROXY: '0' } });
  });
  afterAll(() => h.close());

  test('requests forwarded by a proxy while TRUST_PROXY is off are warned about, once', async () => {
    for (let i = 0; i < 2; i++) {
      await call(h.app, 'POST', '/api/auth/login', {
        body: { email: 'someone@alpha.example.org', password: 'wrong password here' },
        headers: { 'x-forwarded-for': '192.0.2.1' },
      });
    }
    const warnings = h.logs.filter((line) => line.includes('TRUST_PROXY is off'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('192.0.2.1');
  });
});

describe.each(ENGINES)('the sign-in sweep on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  const rows = async () => ({
    throttles: (await h.db.selectFrom('throttles').select('key').execute()).length,
    places: (await h.db.selectFrom('known_sign_ins').select('key').execute()).length,
  });

  test('keeps counts and locks that still matter, and deletes the rest once they cannot', async () => {
    await login(h.app, w.casey.email, PASSWORD, '203.0.113.5');
    for (let i = 0; i < 5; i++) {
      await call(h.app, 'POST', '/api/auth/login', {
        body: { email: w.casey.email, password: 'wrong password here' },
        headers: { 'x-forwarded-for': '192.0.2.77' },
      });
    }
    const before = await rows();
    expect(before.throttles).toBeGreaterThan(0);
    expect(before.places).toBe(1);

    await sweepSignInRecords(h.db, h.now());
    expect(await rows()).toEqual(before);
    const stillLocked = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: w.casey.email, password: PASSWORD },
      headers: { 'x-forwarded-for': '192.0.2.77' },
    });
    expect(stillLocked.status).toBe(429);

    // A day on, every count would start again from one: they go. The place is still known.
    h.advance(25 * 60 * 60 * 1000);
    await sweepSignInRecords(h.db, h.now());
    expect(await rows()).toEqual({ throttles: 0, places: 1 });

    h.advance(30 * 24 * 60 * 60 * 1000);
    await sweepSignInRecords(h.db, h.now());
    expect(await rows()).toEqual({ throttles: 0, places: 0 });
  });
});
