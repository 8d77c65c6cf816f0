import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { precompress } from '../../src/server/cli/precompress';
import { createHarness, type Harness } from './support/harness';

/** A built script big enough to be worth compressing (the fixture's are a few bytes). */
const SCRIPT = `export const words = ${JSON.stringify('Help now. '.repeat(400))};\n`;

describe('compressed answers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('pglite');
    mkdirSync(join(h.distDir, 'app', 'assets'), { recursive: true });
    writeFileSync(join(h.distDir, 'app', 'assets', 'big-Qw12Er34.js'), SCRIPT);
    precompress(h.distDir);
  });
  afterAll(() => h.close());

  const get = (path: string, accept?: string) =>
    h.app.request(path, { headers: accept ? { 'accept-encoding': accept } : {} });

  test('a built file goes as its brotli copy when the browser takes brotli, else gzip', async () => {
    const br = await get('/assets/big-Qw12Er34.js', 'gzip, deflate, br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('cache-control')).toContain('immutable');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(SCRIPT.length / 10);
    expect(brotliDecompressSync(brBytes).toString()).toBe(SCRIPT);

    const gz = await get('/assets/big-Qw12Er34.js', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
    expect(gz.headers.get('etag')).not.toBe(br.headers.get('etag'));

    const plain = await get('/assets/big-Qw12Er34.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(SCRIPT);

    const refused = await get('/assets/big-Qw12Er34.js', 'br;q=0, gzip;q=0');
    expect(refused.headers.get('content-encoding')).toBeNull();
  });

  test('a file changed after it was compressed goes as it is now, never as its stale copy', async () => {
    const path = join(h.distDir, 'app', 'assets', 'changed-Zx12Cv34.js');
    writeFileSync(path, SCRIPT);
    precompress(h.distDir);
    const changed = `${SCRIPT}// next version\n`;
    // Written later than its .br and .gz, as a new build or a hand edit would be.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(path, changed);
    const res = await get('/assets/changed-Zx12Cv34.js', 'br, gzip');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(changed);
  });

  test('a revalidation of the brotli copy is a 304 for that copy only', async () => {
    const first = await get('/assets/big-Qw12Er34.js', 'br');
    const etag = first.headers.get('etag') ?? '';
    const again = await h.app.request('/assets/big-Qw12Er34.js', {
      headers: { 'accept-encoding': 'br', 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const other = await h.app.request('/assets/big-Qw12Er34.js', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': etag },
    });
    expect(other.status).toBe(200);
  });

  test('a large API answer is compressed, a small one is not, and both say they vary', async () => {
    const big = await get('/api/openapi.json', 'br, gzip');
    expect(big.headers.get('content-encoding')).toBe('br');
    expect(big.headers.get('vary')).toContain('Accept-Encoding');
    expect(big.headers.get('content-type')).toContain('application/json');
    const text = brotliDecompressSync(Buffer.from(await big.arrayBuffer())).toString();
    expect(JSON.parse(text)).toMatchObject({ openapi: '3.1.0' });

    const gz = await get('/api/openapi.json', 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');

    const small = await get('/api/health', 'br, gzip');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(small.headers.get('vary')).toContain('Accept-Encoding');
    expect(await small.json()).toEqual({ ok: true });
  });

  test('an error keeps its shape and security headers when compressed', async () => {
    const res = await get('/api/people', 'br');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.json()).toMatchObject({ error: expect.any(String) });
  });
});
