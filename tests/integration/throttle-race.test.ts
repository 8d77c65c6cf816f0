import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { App } from '../../src/server/app';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, login } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

/**
 * Many guesses arriving at once. Each checked guess at a real account writes one
 * `auth.login-failed` audit line, so the audit log counts the argon2 checks that really ran.
 */
describe.each(ENGINES)('guesses that arrive all at once on %s', (engine) => {
  let h: Harness;
  let w: World;
  let other: App;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    // On PostgreSQL, a second instance with its own pool, as another process would have.
    other = (await h.anotherInstance()).app;
  });
  afterAll(() => h.close());

  const attempt = (app: App, email: string, password: string, address: string) =>
    call(app, 'POST', '/api/auth/login', {
      body: { email, password },
      headers: { 'x-forwarded-for': address },
    });

  async function checkedGuesses(caseworkerId: string): Promise<number> {
    const rows = await h.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('actor_id', '=', caseworkerId)
      .where('action', '=', 'auth.login-failed')
      .executeTakeFirstOrThrow();
    return Number(rows.n);
  }

  test('100 wrong passwords at once from one address, over two instances: 5 are checked', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attempt(i % 2 ? other : h.app, w.casey.email, `wrong guess ${i}`, '198.51.100.10').then(
          (res) => res.status,
        ),
      ),
    );
    const checked = statuses.filter((s) => s === 401).length;
    console.info(`${engine}: ${checked} of 100 simultaneous guesses were checked`);
    expect(checked).toBe(5);
    expect(statuses.filter((s) => s === 429).length).toBe(95);
    expect(await checkedGuesses(w.casey.id)).toBe(5);
  });

  test('while the attack goes on, the real person signs in from an address that has not been guessing', async () => {
    const attack = Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attempt(i % 2 ? other : h.app, w.drew.email, `wrong guess ${i}`, '198.51.100.11'),
      ),
    );
    const real = attempt(h.app, w.drew.email, PASSWORD, '203.0.113.40');
    const [guesses, mine] = await Promise.all([attack, real]);
    expect(mine.status).toBe(200);
    expect(guesses.filter((res) => res.status === 401).length).toBe(5);
    // And again once the attacker is locked out.
    expect((await attempt(other, w.drew.email, PASSWORD, '203.0.113.41')).status).toBe(200);
  });

  test('guesses spread over 100 addresses: the account allows 20, and its usual address still signs in', async () => {
    await login(h.app, w.leadA.email, PASSWORD, '203.0.113.50');
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attempt(i % 2 ? other : h.app, w.leadA.email, `wrong guess ${i}`, `192.0.2.${i + 1}`).then(
          (res) => res.status,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 401).length).toBe(20);
    expect(await checkedGuesses(w.leadA.id)).toBe(20);
    expect((await attempt(other, w.leadA.email, PASSWORD, '203.0.113.50')).status).toBe(200);
    // Somewhere it has never signed in from waits with the attackers: it cannot be told apart.
    expect((await attempt(h.app, w.leadA.email, PASSWORD, '203.0.113.51')).status).toBe(429);
  });

  test('50 wrong pairing codes at once from one address, over two instances: 10 are looked up', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(i % 2 ? other : h.app, 'POST', '/api/device/pair', {
          body: { code: 'ACDE-FHJK' },
          headers: { 'x-forwarded-for': '198.51.100.12' },
        }).then((res) => res.status),
      ),
    );
    expect(statuses.filter((s) => s === 400).length).toBe(10);
    expect(statuses.filter((s) => s === 429).length).toBe(40);
  });

  test('an office behind one address keeps working while people there mistype', async () => {
    const office = '203.0.113.60';
    const typos = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(h.app, `typo${i % 8}@alpha.example.org`, 'not quite it', office),
      ),
    );
    expect(typos.map((res) => res.status)).toEqual(Array(40).fill(401));
    expect((await attempt(other, w.otherCaseworker.email, PASSWORD, office)).status).toBe(200);
  });
});
