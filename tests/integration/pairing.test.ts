import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DeviceListResponse,
  DeviceProfile,
  PairingCodeResponse,
  PairResponse,
} from '#shared/schemas/api';
import { PAIRING_CODE_ALPHABET } from '#shared/schemas/pairing';
import { pairingUrl } from '../../src/server/auth/pairing';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

const HOUR = 60 * 60 * 1000;

describe.each(ENGINES)('pairing a phone on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
  });
  afterAll(() => h.close());

  const newCode = async (personId = w.p1) => {
    const res = await call(h.app, 'POST', `/api/people/${personId}/pairing-codes`, { as: casey });
    expect(res.status).toBe(201);
    return PairingCodeResponse.parse(await json(res));
  };
  const pair = (code: string, address = '198.51.100.1') =>
    call(h.app, 'POST', '/api/device/pair', {
      body: { code },
      headers: { 'x-forwarded-for': address },
    });

  test('a code is 8 unambiguous characters, lasts 24 hours and comes with a QR code', async () => {
    const issued = await newCode();
    expect(issued.code).toMatch(new RegExp(`^[${PAIRING_CODE_ALPHABET}]{8}$`));
    expect(new Date(issued.expiresAt).getTime() - h.now().getTime()).toBe(24 * HOUR);
    expect(issued.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(issued.qrSvg).not.toMatch(/<script|style=/i);
  });

  test('the QR code opens the app on the pairing screen', () => {
    expect(pairingUrl('https://hiu.example.org', 'ACDEFHJK')).toBe(
      'https://hiu.example.org/pair?code=ACDE-FHJK',
    );
  });

  test('a code is stored only as a hash', async () => {
    const issued = await newCode();
    const rows = await h.db.selectFrom('pairing_codes').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(issued.code);
    expect(JSON.stringify(rows)).not.toContain(issued.code.slice(0, 4));
  });

  test('a code typed in lower case, with spaces and a dash, still works; then never again', async () => {
    const { code } = await newCode();
    const typed = ` ${code.slice(0, 4).toLowerCase()} - ${code.slice(4)} `;
    const res = await pair(typed);
    expect(res.status).toBe(201);
    const paired = PairResponse.parse(await json(res));
    expect(paired.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(paired.profile).toMatchObject({
      person: { id: w.p1, displayName: 'Penny Firstperson' },
      caseworker: { name: 'Casey Caseworkerly' },
      service: { name: 'Alphaville HIU' },
    });
    const again = await pair(code);
    expect(again.status).toBe(400);
    expect((await body(again)).error).toBe('pairing_code_used');
  });

  test('the device token is stored only as a hash and opens the profile', async () => {
    const { code } = await newCode();
    const { token, deviceId } = PairResponse.parse(await json(await pair(code)));
    const rows = await h.db.selectFrom('devices').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    const profile = await call(h.app, 'GET', '/api/device/profile', { as: deviceCaller(token) });
    expect(profile.status).toBe(200);
    const data = DeviceProfile.parse(await json(profile));
    expect(data.person.id).toBe(w.p1);
    expect(data.syncedAt).toBe(h.now().toISOString());
    const devices = DeviceListResponse.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/devices`, { as: casey })),
    );
    expect(devices.map((d) => d.id)).toContain(deviceId);
    expect(JSON.stringify(devices)).not.toContain(token);
  });

  test("another person's phone gets its own person's profile, never someone else's", async () => {
    const lead = await login(h.app, w.leadA.email, PASSWORD);
    const res = await call(h.app, 'POST', `/api/people/${w.p2}/pairing-codes`, { as: lead });
    const { code } = PairingCodeResponse.parse(await json(res));
    const { token } = PairResponse.parse(await json(await pair(code)));
    const profile = DeviceProfile.parse(
      await json(await call(h.app, 'GET', '/api/device/profile', { as: deviceCaller(token) })),
    );
    expect(profile.person.id).toBe(w.p2);
  });

  test('a code older than 24 hours has expired', async () => {
    const { code } = await newCode();
    h.advance(24 * HOUR + 1000);
    casey = await login(h.app, w.casey.email, PASSWORD); // the old session has timed out too
    const res = await pair(code);
    expect(res.status).toBe(400);
    expect((await body(res)).error).toBe('pairing_code_expired');
  });

  test('a new code replaces the last unused one', async () => {
    const first = await newCode();
    const second = await newCode();
    expect((await body(await pair(first.code))).error).toBe('pairing_code_expired');
    expect((await pair(second.code)).status).toBe(201);
  });

  test('a code that does not look right is a 400 with a field message', async () => {
    const res = await pair('O0I1-L5S8');
    expect(res.status).toBe(400);
    expect(await body(res)).toMatchObject({
      error: 'invalid_input',
      fields: { code: expect.any(String) },
    });
  });

  test('after 10 wrong codes an address must wait; other addresses can still pair', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await pair('ACDE-FHJK', '192.0.2.240');
      expect(res.status).toBe(400);
      expect((await body(res)).error).toBe('pairing_code_unknown');
    }
    const { code } = await newCode();
    const blocked = await pair(code, '192.0.2.240');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await body(blocked)).message).toMatch(/wait .* and try again/);
    expect((await pair(code, '192.0.2.241')).status).toBe(201);
  });

  test('a revoked phone gets device_revoked; pairing again gives a new token that works', async () => {
    const { code } = await newCode();
    const first = PairResponse.parse(await json(await pair(code)));
    const revoke = await call(
      h.app,
      'POST',
      `/api/people/${w.p1}/devices/${first.deviceId}/revoke`,
      {
        as: casey,
      },
    );
    expect(revoke.status).toBe(200);
    const refused = await call(h.app, 'GET', '/api/device/profile', {
      as: deviceCaller(first.token),
    });
    expect(refused.status).toBe(401);
    expect(await body(refused)).toMatchObject({
      error: 'device_revoked',
      message: expect.stringMatching(/no longer linked/),
    });

    const again = PairResponse.parse(await json(await pair((await newCode()).code)));
    expect(again.token).not.toBe(first.token);
    expect(
      (await call(h.app, 'GET', '/api/device/profile', { as: deviceCaller(again.token) })).status,
    ).toBe(200);
    expect(
      (await call(h.app, 'GET', '/api/device/profile', { as: deviceCaller(first.token) })).status,
    ).toBe(401);
    const devices = DeviceListResponse.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/devices`, { as: casey })),
    );
    expect(devices.find((d) => d.id === first.deviceId)?.revokedAt).toBe(h.now().toISOString());
  });

  test('an unknown token gets device_unknown', async () => {
    const res = await call(h.app, 'GET', '/api/device/profile', {
      as: deviceCaller('A'.repeat(43)),
    });
    expect(res.status).toBe(401);
    expect((await body(res)).error).toBe('device_unknown');
    const none = await call(h.app, 'GET', '/api/device/profile');
    expect((await body(none)).error).toBe('device_unknown');
  });

  test("revoking another person's phone through this person is a 404", async () => {
    const lead = await login(h.app, w.leadA.email, PASSWORD);
    const res = await call(h.app, 'POST', `/api/people/${w.p2}/pairing-codes`, { as: lead });
    const { deviceId } = PairResponse.parse(
      await json(await pair(PairingCodeResponse.parse(await json(res)).code)),
    );
    const wrong = await call(h.app, 'POST', `/api/people/${w.p1}/devices/${deviceId}/revoke`, {
      as: casey,
    });
    expect(wrong.status).toBe(404);
  });

  test('a linked person shows as linked in the caseload', async () => {
    const list = await json(await call(h.app, 'GET', '/api/people', { as: casey }));
    expect(list).toEqual([expect.objectContaining({ id: w.p1, linked: true })]);
  });
});
