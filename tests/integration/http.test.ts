import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ApiError } from '#shared/schemas/api-error';
import { PLAN_SECTION_KEYS } from '#shared/schemas/plan';
import { serve } from '@hono/node-server';
import { MAX_BODY_BYTES } from '../../src/server/app';
import { answerClientErrors } from '../../src/server/http/client-error';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, json, login, type Caller } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

const SECURITY_HEADERS = {
  'content-security-policy': expect.stringMatching(/default-src 'self'/),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': expect.stringMatching(/camera=\(self\)/),
};

describe.each(ENGINES)('HTTP hygiene on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
  });
  afterAll(() => h.close());

  const headersOf = (res: Response) => {
    const out: Record<string, string> = {};
    res.headers.forEach((value, key) => {
      out[key] = value;
    });
    return out;
  };

  test.each([
    ['GET', '/api/health'],
    ['GET', '/api/people'],
    ['GET', '/api/nothing-here'],
    ['POST', '/api/auth/login'],
    ['GET', '/'],
    ['GET', '/assets/index-Ab12Cd34.js'],
    ['GET', '/console/'],
    ['GET', '/missing.png'],
  ])('%s %s carries the security headers', async (method, path) => {
    const res = await call(h.app, method, path);
    expect(headersOf(res)).toMatchObject(SECURITY_HEADERS);
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('the CSP allows nothing from elsewhere and no inline script or style', async () => {
    const csp = (await call(h.app, 'GET', '/')).headers.get('content-security-policy') ?? '';
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    for (const directive of [
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "worker-src 'self'",
      "manifest-src 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
  });

  test("only a built page's own inline CSS is let through, by its hash", async () => {
    const hash = createHash('sha256').update('.boot{color:#212b32}').digest('base64');
    const page = (await call(h.app, 'GET', '/help')).headers.get('content-security-policy');
    expect(page).toContain(`style-src 'self' 'sha256-${hash}';`);
    // A page with no inline style, an API answer and a script keep the bare policy.
    for (const path of ['/console/', '/api/health', '/assets/index-Ab12Cd34.js']) {
      const csp = (await call(h.app, 'GET', path)).headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("style-src 'self';");
      expect(csp, path).not.toContain('sha256-');
    }
  });

  test('API answers are never cached', async () => {
    expect(
      (await call(h.app, 'GET', '/api/people', { as: casey })).headers.get('cache-control'),
    ).toBe('no-store');
  });

  test('hashed assets are immutable; index.html, sw.js and the manifest are revalidated', async () => {
    const asset = await call(h.app, 'GET', '/assets/index-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const res = await call(h.app, 'GET', path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-cache');
    }
    expect((await call(h.app, 'GET', '/manifest.webmanifest')).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
    const consoleAsset = await call(h.app, 'GET', '/console/assets/console-Xy98Zw76.js');
    expect(consoleAsset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  test('an unchanged file is a 304 when the browser already has it', async () => {
    const first = await call(h.app, 'GET', '/sw.js');
    const etag = first.headers.get('etag') ?? '';
    const again = await call(h.app, 'GET', '/sw.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  test('app routes fall back to the app, console routes to the console, files do not', async () => {
    expect(await (await call(h.app, 'GET', '/pair?code=ACDE-FHJK')).text()).toContain(
      '<title>app</title>',
    );
    expect(await (await call(h.app, 'GET', '/journal/new')).text()).toContain('<title>app</title>');
    expect(await (await call(h.app, 'GET', '/console/people/123')).text()).toContain(
      '<title>console</title>',
    );
    expect((await call(h.app, 'GET', '/console')).status).toBe(301);
    expect((await call(h.app, 'GET', '/assets/gone-12345678.js')).status).toBe(404);
    expect((await call(h.app, 'GET', '/../../etc/passwd')).status).not.toBe(500);
    const traversal = await call(h.app, 'GET', '/assets/..%2f..%2f..%2fetc%2fpasswd');
    expect(await traversal.text()).not.toMatch(/root:/);
  });

  test('an unknown API route is a JSON 404, not the app', async () => {
    const res = await call(h.app, 'GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(ApiError.parse(await json(res)).error).toBe('not_found');
    expect((await call(h.app, 'DELETE', '/api/people', { as: casey })).status).toBe(404);
  });

  test('a body over the limit is a 413 in the usual shape', async () => {
    const big = 'x'.repeat(MAX_BODY_BYTES + 1);
    const res = await call(h.app, 'PUT', `/api/people/${w.p1}/plan`, {
      as: casey,
      body: { sections: big },
    });
    expect(res.status).toBe(413);
    expect(ApiError.parse(await json(res)).error).toBe('too_large');
    const login = await call(h.app, 'POST', '/api/auth/login', {
      raw: big,
      headers: { 'content-type': 'application/json' },
    });
    expect(login.status).toBe(413);
  });

  test('malformed JSON is a 400 in the usual shape', async () => {
    const res = await call(h.app, 'POST', '/api/people', {
      as: casey,
      raw: '{"displayName": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(ApiError.parse(await json(res)).error).toBe('invalid_json');
  });

  test('a body sent as the wrong content type is told to send JSON', async () => {
    const res = await call(h.app, 'POST', '/api/auth/login', {
      raw: JSON.stringify({ email: w.casey.email, password: PASSWORD }),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(400);
    expect((await body(res)).message).toMatch(/JSON/);
  });

  test('text Postgres cannot store (a NUL, half a surrogate pair) is a 400, never a 500', async () => {
    for (const raw of [
      '{"displayName":"\\u0000Nul"}',
      '{"displayName":"Half \\ud800 pair"}',
      '{"displayName":"Other \\udc00 half"}',
    ]) {
      const res = await call(h.app, 'POST', '/api/people', {
        as: casey,
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status, raw).toBe(400);
      expect(await body(res)).toMatchObject({
        error: 'invalid_input',
        fields: { displayName: expect.any(String) },
      });
    }
    const fine = Object.fromEntries(PLAN_SECTION_KEYS.map((k) => [k, ['Fine.']]));
    const sections = { ...fine, outOfHours: ['ok \u0000'] };
    const plan = await call(h.app, 'PUT', `/api/people/${w.p1}/plan`, {
      as: casey,
      body: { sections },
    });
    expect(plan.status).toBe(400);
    expect(await body(plan)).toMatchObject({
      fields: { 'sections.outOfHours.0': expect.any(String) },
    });
    const emoji = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Smiley 😀 Person' },
    });
    expect(emoji.status).toBe(201);
  });

  test('a person id that is not a UUID is a 400, never a 500', async () => {
    for (const id of ['123', 'not-a-uuid', "1' or '1'='1", '%00', 'x'.repeat(5000)]) {
      const res = await call(h.app, 'GET', `/api/people/${encodeURIComponent(id)}/plan`, {
        as: casey,
      });
      expect(res.status, id).toBe(400);
      expect(ApiError.parse(await json(res)).error).toBe('invalid_input');
    }
  });

  test('odd headers are answered, not crashed on', async () => {
    const cases: Record<string, string>[] = [
      { cookie: 'hiu_session' },
      { cookie: 'hiu_session=%zz; other=1' },
      { cookie: `hiu_session=${'a'.repeat(4000)}` },
      { authorization: 'Bearer' },
      { authorization: `Bearer ${'x'.repeat(5000)}` },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { 'content-type': 'application/json; charset=utf-16' },
      { 'x-forwarded-for': 'not an address, ::1, 999.999.999.999' },
      { 'x-csrf-token': '' },
    ];
    for (const headers of cases) {
      for (const path of ['/api/auth/me', '/api/device/profile']) {
        const res = await call(h.app, 'GET', path, { headers });
        expect(res.status, JSON.stringify(headers)).toBe(401);
      }
    }
  });

  test('500s come only from real bugs and say so kindly', async () => {
    // Nothing above produced one; check the logs agree.
    expect(h.logs.filter((l) => l.includes('"status":500'))).toEqual([]);
  });
});

describe.each(ENGINES)('when served over HTTPS on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine, { env: { PUBLIC_URL: 'https://hiu.example.org' } });
  });
  afterAll(() => h.close());

  test('every response has HSTS', async () => {
    for (const path of ['/api/health', '/', '/api/nope']) {
      expect((await call(h.app, 'GET', path)).headers.get('strict-transport-security')).toMatch(
        /max-age=\d+/,
      );
    }
  });
});

describe.each(ENGINES)('before the app is built on %s', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(engine);
    rmSync(join(h.distDir, 'app'), { recursive: true });
  });
  afterAll(() => h.close());

  test('the page says to run npm run build, and the API still works', async () => {
    const res = await call(h.app, 'GET', '/');
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
    expect((await call(h.app, 'GET', '/api/health')).status).toBe(200);
  });
});

describe('a request Node itself cannot read', () => {
  test.each([
    ['bad framing', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n', '400'],
    [
      'headers too large',
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      '431',
    ],
  ])('%s: answered with the security headers and the JSON error shape', async (_, raw, code) => {
    const server = serve({ fetch: () => new Response('ok'), port: 0, hostname: '127.0.0.1' });
    answerClientErrors(server);
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(raw));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    await new Promise((resolve) => server.close(resolve));
    const [head = '', payload = ''] = answer.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toMatch(new RegExp(`^HTTP/1.1 ${code} `));
    expect(head).toMatch(/Content-Security-Policy: default-src 'self'/);
    expect(head).toMatch(/X-Content-Type-Options: nosniff/);
    expect(head).toMatch(/X-Frame-Options: DENY/);
    expect(ApiError.parse(JSON.parse(payload)).message).toMatch(/could not be read/);
  });
});
