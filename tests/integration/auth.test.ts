import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addStaff } from '../../src/server/accounts/staff';
import { findCaseworkerByEmail } from '../../src/server/db/tables/caseworkers.table';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, login, sessionCookie } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

const MINUTE = 60 * 1000;

describe.each(ENGINES)('caseworker sign-in on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  test('signing in sets an HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const res = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: w.casey.email, password: PASSWORD },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('hiu_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api/);
    expect(cookie).not.toMatch(/Secure/);
    const data = await body(res);
    expect(data).toMatchObject({
      caseworker: { id: w.casey.id, role: 'caseworker', email: w.casey.email },
      service: { id: w.serviceA, name: 'Alphaville HIU' },
      mustChangePassword: false,
    });
    expect(String(data.csrfToken).length).toBeGreaterThanOrEqual(16);
    expect(JSON.stringify(data)).not.toMatch(/argon2|password_hash|passwordHash/);
  });

  test('the email is matched whatever its case and spaces', async () => {
    const res = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: `  ${w.casey.email.toUpperCase()} `, password: PASSWORD },
    });
    expect(res.status).toBe(200);
  });

  test('a wrong password and an unknown email get the same 401', async () => {
    const wrong = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: w.casey.email, password: 'not the password at all' },
      headers: { 'x-forwarded-for': '192.0.2.50' },
    });
    const unknown = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: 'nobody@alpha.example.org', password: PASSWORD },
      headers: { 'x-forwarded-for': '192.0.2.50' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await body(wrong)).toEqual(await body(unknown));
  });

  test('/api/auth/me answers with the same shape as a login', async () => {
    const me = await login(h.app, w.leadA.email, PASSWORD);
    const res = await call(h.app, 'GET', '/api/auth/me', { as: me });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ caseworker: { role: 'lead' }, csrfToken: me.csrf });
  });

  test('/api/auth/session says who is signed in, and null with a 200 when nobody is', async () => {
    const nobody = await call(h.app, 'GET', '/api/auth/session');
    expect(nobody.status).toBe(200);
    expect(await body(nobody)).toEqual({ session: null });
    expect(nobody.headers.getSetCookie()).toEqual([]);

    const me = await login(h.app, w.casey.email, PASSWORD);
    const signedIn = await call(h.app, 'GET', '/api/auth/session', { as: me });
    expect(signedIn.status).toBe(200);
    expect(await body(signedIn)).toMatchObject({
      session: { caseworker: { id: w.casey.id }, csrfToken: me.csrf, mustChangePassword: false },
    });

    // An ended session: still a 200, and its cookie is cleared.
    await call(h.app, 'POST', '/api/auth/logout', { as: me });
    const ended = await call(h.app, 'GET', '/api/auth/session', { as: me });
    expect(ended.status).toBe(200);
    expect(await body(ended)).toEqual({ session: null });
    expect(ended.headers.getSetCookie().join()).toMatch(/hiu_session=;/);
  });

  test('after logout the cookie no longer works', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD);
    const out = await call(h.app, 'POST', '/api/auth/logout', { as: me });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(/hiu_session=;/);
    const after = await call(h.app, 'GET', '/api/auth/me', { as: me });
    expect(after.status).toBe(401);
    expect((await body(after)).error).toBe('not_signed_in');
  });

  test('a session ends after 30 minutes without use', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD);
    h.advance(29 * MINUTE);
    expect((await call(h.app, 'GET', '/api/people', { as: me })).status).toBe(200);
    h.advance(29 * MINUTE);
    expect((await call(h.app, 'GET', '/api/people', { as: me })).status).toBe(200);
    h.advance(31 * MINUTE);
    const res = await call(h.app, 'GET', '/api/people', { as: me });
    expect(res.status).toBe(401);
    expect(await body(res)).toMatchObject({ error: 'session_expired' });
    // And it stays ended even if the clock were to go back.
    h.advance(-31 * MINUTE);
    expect((await call(h.app, 'GET', '/api/people', { as: me })).status).toBe(401);
  });

  test('a session ends 12 hours after sign-in, however busy', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD);
    for (let i = 0; i < 12 * 3 - 1; i++) {
      h.advance(20 * MINUTE);
      expect((await call(h.app, 'GET', '/api/auth/me', { as: me })).status).toBe(200);
    }
    h.advance(21 * MINUTE);
    expect((await call(h.app, 'GET', '/api/auth/me', { as: me })).status).toBe(401);
  });

  test('a write without the CSRF header is refused, and nothing changes', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD);
    const noHeader = await call(h.app, 'POST', '/api/people', {
      body: { displayName: 'Ivy Injected' },
      headers: { cookie: me.cookie },
    });
    expect(noHeader.status).toBe(403);
    expect(await body(noHeader)).toMatchObject({ error: 'csrf_failed' });
    const wrongHeader = await call(h.app, 'POST', '/api/people', {
      body: { displayName: 'Ivy Injected' },
      headers: { cookie: me.cookie, 'x-csrf-token': 'x'.repeat(me.csrf.length) },
    });
    expect(wrongHeader.status).toBe(403);
    const otherSession = await login(h.app, w.casey.email, PASSWORD);
    const anotherSessionsToken = await call(h.app, 'POST', '/api/people', {
      body: { displayName: 'Ivy Injected' },
      headers: { cookie: me.cookie, 'x-csrf-token': otherSession.csrf },
    });
    expect(anotherSessionsToken.status).toBe(403);
    const list = await call(h.app, 'GET', '/api/people', { headers: { cookie: me.cookie } });
    expect(JSON.stringify(await list.json())).not.toContain('Ivy Injected');
    const logout = await call(h.app, 'POST', '/api/auth/logout', {
      headers: { cookie: me.cookie },
    });
    expect(logout.status).toBe(403);
  });

  test('someone with a one-time password must change it before anything else', async () => {
    const made = await addStaff(h.db, {
      serviceId: w.serviceA,
      name: 'Finn Firstday',
      email: 'finn@alpha.example.org',
      role: 'caseworker',
      now: h.now(),
    });
    const me = await login(h.app, made.email, made.oneTimePassword);
    expect(
      (await body(await call(h.app, 'GET', '/api/auth/me', { as: me }))).mustChangePassword,
    ).toBe(true);
    const people = await call(h.app, 'GET', '/api/people', { as: me });
    expect(people.status).toBe(403);
    expect(await body(people)).toMatchObject({ error: 'password_change_required' });
    const changed = await call(h.app, 'POST', '/api/auth/password', {
      as: me,
      body: { currentPassword: made.oneTimePassword, newPassword: 'my own new password' },
    });
    expect(changed.status).toBe(200);
    expect((await call(h.app, 'GET', '/api/people', { as: me })).status).toBe(200);
  });

  test('a new password needs at least 12 characters and the right current password', async () => {
    const me = await login(h.app, w.drew.email, PASSWORD);
    const short = await call(h.app, 'POST', '/api/auth/password', {
      as: me,
      body: { currentPassword: PASSWORD, newPassword: 'elevenchars' },
    });
    expect(short.status).toBe(400);
    expect(await body(short)).toMatchObject({
      error: 'invalid_input',
      fields: { newPassword: expect.any(String) },
    });
    const wrongCurrent = await call(h.app, 'POST', '/api/auth/password', {
      as: me,
      body: { currentPassword: 'not my password!', newPassword: 'a perfectly fine password' },
    });
    expect(wrongCurrent.status).toBe(400);
    expect(await body(wrongCurrent)).toMatchObject({
      fields: { currentPassword: expect.any(String) },
    });
    const same = await call(h.app, 'POST', '/api/auth/password', {
      as: me,
      body: { currentPassword: PASSWORD, newPassword: PASSWORD },
    });
    expect(same.status).toBe(400);
  });

  test('common passwords and ones built from their own details are refused, saying what works', async () => {
    const made = await addStaff(h.db, {
      serviceId: w.serviceA,
      name: 'Rowan Quill',
      email: 'rowan.quill@alpha.example.org',
      role: 'caseworker',
      now: h.now(),
      password: PASSWORD,
      mustChangePassword: false,
    });
    const me = await login(h.app, made.email, PASSWORD);
    const choose = (newPassword: string) =>
      call(h.app, 'POST', '/api/auth/password', {
        as: me,
        body: { currentPassword: PASSWORD, newPassword },
      });
    const refused = [
      'password1234',
      'Password123!',
      'qwertyuiop12',
      '123456789012',
      'rowan.quill@alpha.example.org',
      'Rowan Quill 1234',
      'rowanquill2026',
      'Alphaville HIU 2026',
    ];
    for (const weak of refused) {
      const res = await choose(weak);
      expect(res.status, weak).toBe(400);
      expect(await body(res)).toMatchObject({
        error: 'invalid_input',
        fields: { newPassword: expect.stringMatching(/Use three or four random words/) },
      });
    }
    expect((await choose('harbour velvet cactus ladder')).status).toBe(200);
    await login(h.app, made.email, 'harbour velvet cactus ladder');
  });

  test('changing a password keeps this session, ends the others, and stores only an argon2id hash', async () => {
    const here = await login(h.app, w.leadB.email, PASSWORD);
    const elsewhere = await login(h.app, w.leadB.email, PASSWORD);
    const newPassword = 'lighthouse biscuit river';
    const res = await call(h.app, 'POST', '/api/auth/password', {
      as: here,
      body: { currentPassword: PASSWORD, newPassword },
    });
    expect(res.status).toBe(200);
    expect((await call(h.app, 'GET', '/api/auth/me', { as: here })).status).toBe(200);
    expect((await call(h.app, 'GET', '/api/auth/me', { as: elsewhere })).status).toBe(401);
    const old = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: w.leadB.email, password: PASSWORD },
      headers: { 'x-forwarded-for': '192.0.2.60' },
    });
    expect(old.status).toBe(401);
    await login(h.app, w.leadB.email, newPassword);
    const row = await findCaseworkerByEmail(h.db, w.leadB.email);
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect(row?.password_hash).not.toContain(newPassword);
  });

  test('session tokens are stored only as hashes', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD);
    const token = me.cookie.replace('hiu_session=', '');
    const rows = await h.db.selectFrom('sessions').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  test('a cookie made up by someone gets a 401, not a session', async () => {
    const res = await call(h.app, 'GET', '/api/auth/me', {
      headers: { cookie: 'hiu_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(res.status).toBe(401);
    expect(sessionCookie(res)).toBe('hiu_session=');
  });
});

describe.each(ENGINES)('cookies over HTTPS on %s', (engine) => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await createHarness(engine, { env: { PUBLIC_URL: 'https://hiu.example.org' } });
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  test('the session cookie is Secure when PUBLIC_URL is https', async () => {
    const res = await call(h.app, 'POST', '/api/auth/login', {
      body: { email: w.casey.email, password: PASSWORD },
    });
    expect(res.headers.getSetCookie().join()).toMatch(/Secure/);
  });
});
