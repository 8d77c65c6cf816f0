import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { runAdmin } from '../../src/server/cli/admin-commands';
import { notifyInstances } from '../../src/server/live/postgres-bus';
import type { HiuServer } from '../../src/server/server';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, login, type Caller } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

/**
 * Console session checks are cached in each instance for a few seconds; sign-out, a password
 * change and a changed caseworker are announced on the live bus by the instance that did them
 * and applied there before it answers. On PostgreSQL the two instances have their own pools
 * and LISTEN connections, as two processes would.
 */
describe.each(ENGINES)('cached session checks on %s', (engine) => {
  let h: Harness;
  let w: World;
  let other: HiuServer;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    other = await h.anotherInstance();
  });
  afterAll(() => h.close());

  const meOn = (app: HiuServer['app'], who: Caller) =>
    call(app, 'GET', '/api/auth/me', { as: who });

  test('a session signed out on one instance is refused on both, at once here', async () => {
    const casey = await login(h.app, w.casey.email, PASSWORD);
    expect((await meOn(h.app, casey)).status).toBe(200);
    expect((await meOn(other.app, casey)).status).toBe(200);
    expect(h.server.runtime.sessionCache.size).toBeGreaterThan(0);
    expect(other.runtime.sessionCache.size).toBeGreaterThan(0);

    expect((await call(h.app, 'POST', '/api/auth/logout', { as: casey })).status).toBe(200);
    // The instance that signed out, in the very next request.
    expect((await meOn(h.app, casey)).status).toBe(401);
    // The other one as soon as it has heard (a NOTIFY, a millisecond or so on PostgreSQL).
    await vi.waitFor(async () => expect((await meOn(other.app, casey)).status).toBe(401), {
      timeout: 1000,
      interval: 5,
    });
  });

  test("a password change signs the caseworker's other sessions out everywhere", async () => {
    const laptop = await login(h.app, w.drew.email, PASSWORD);
    const stolen = await login(h.app, w.drew.email, PASSWORD);
    expect((await meOn(h.app, stolen)).status).toBe(200);
    expect((await meOn(other.app, stolen)).status).toBe(200);

    const changed = await call(h.app, 'POST', '/api/auth/password', {
      as: laptop,
      body: { currentPassword: PASSWORD, newPassword: 'a brand new long passphrase 7' },
    });
    expect(changed.status).toBe(200);
    expect((await meOn(h.app, stolen)).status).toBe(401);
    await vi.waitFor(async () => expect((await meOn(other.app, stolen)).status).toBe(401), {
      timeout: 1000,
      interval: 5,
    });
    // The session that made the change carries on, on both.
    expect((await meOn(h.app, laptop)).status).toBe(200);
    expect((await meOn(other.app, laptop)).status).toBe(200);
  });

  test('an unknown cookie is never cached: it is asked about every time', async () => {
    const stranger: Caller = { headers: { cookie: `hiu_session=${'x'.repeat(43)}` } };
    const before = other.runtime.sessionCache.size;
    expect((await meOn(other.app, stranger)).status).toBe(401);
    expect(other.runtime.sessionCache.size).toBe(before);
  });

  // PGlite's data folder is locked while a server has it open, so the admin command line only
  // runs alongside servers on PostgreSQL.
  test.runIf(engine === 'postgres')(
    'a password reset from the admin command line signs the person out on every running server',
    async () => {
      const phone = await login(h.app, w.casey.email, PASSWORD);
      expect((await meOn(h.app, phone)).status).toBe(200);
      expect((await meOn(other.app, phone)).status).toBe(200);

      const lines: string[] = [];
      await runAdmin(
        h.db,
        ['reset-password', '--email', w.casey.email],
        (line) => lines.push(line),
        h.now(),
        (message) => notifyInstances(h.db, message),
      );
      expect(lines.join('\n')).toMatch(/signed out everywhere/);
      for (const app of [h.app, other.app]) {
        await vi.waitFor(async () => expect((await meOn(app, phone)).status).toBe(401), {
          timeout: 1000,
          interval: 5,
        });
      }
    },
  );
});
