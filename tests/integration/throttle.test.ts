import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call } from './support/http';
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

  test('after 5 wrong passwords an account waits, even with the right one, and is told how long', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await attempt(w.casey.email, 'wrong password here', `192.0.2.${i + 1}`)).status).toBe(
        401,
      );
    }
    const locked = await attempt(w.casey.email, PASSWORD, '192.0.2.99');
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('30');
    expect(await body(locked)).toEqual({
      error: 'too_many_attempts',
      message: 'Too many tries. Please wait 30 seconds and try again.',
    });

    h.advance(31_000);
    expect((await attempt(w.casey.email, PASSWORD, '192.0.2.99')).status).toBe(200);
  });

  test('the wait grows with each further failure', async () => {
    const waits: number[] = [];
    for (let tries = 0; waits.length < 4 && tries < 20; tries++) {
      const res = await attempt(w.drew.email, 'wrong password here', `192.0.2.${200 + tries}`);
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

  test('one address trying many accounts is slowed down too, other addresses are not', async () => {
    for (let i = 0; i < 10; i++) {
      expect(
        (await attempt(`guess${i}@alpha.example.org`, 'wrong password here', '198.51.100.66'))
          .status,
      ).toBe(401);
    }
    const locked = await attempt(w.otherCaseworker.email, PASSWORD, '198.51.100.66');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(w.otherCaseworker.email, PASSWORD, '198.51.100.67')).status).toBe(200);
  });

  test('the count is in the database, so a second server instance agrees', async () => {
    for (let i = 0; i < 5; i++) await attempt(w.leadB.email, 'wrong password here', '203.0.113.77');
    const other = h.secondInstance();
    expect((await attempt(w.leadB.email, PASSWORD, '203.0.113.78', other)).status).toBe(429);
  });

  test('a count is forgotten after an hour without failures', async () => {
    const email = 'nobody-at-all@alpha.example.org';
    for (let i = 0; i < 4; i++) await attempt(email, 'wrong password here', `192.0.2.${20 + i}`);
    h.advance(61 * 60 * 1000);
    for (let i = 0; i < 4; i++) {
      expect((await attempt(email, 'wrong password here', `192.0.2.${30 + i}`)).status).toBe(401);
    }
  });
});
