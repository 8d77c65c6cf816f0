import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { bytesBySource, packageOf, type RawSourceMap } from './sourcemap';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileSizes extends Sizes {
  path: string;
  /** How the first route got it: named in index.html, or fetched later (a lazy route chunk). */
  via: 'html' | 'later';
}

export interface BytesResult {
  firstRoute: { files: FileSizes[]; js: Sizes; css: Sizes; other: Sizes; total: Sizes };
  precache: { count: number; total: Sizes; js: Sizes; css: Sizes };
  /** Minified bytes of the first route's JavaScript by package, gzip share pro rata. */
  modules: { name: string; raw: number; gzipApprox: number }[];
}

const ZERO: Sizes = { raw: 0, gzip: 0, brotli: 0 };
const plus = (a: Sizes, b: Sizes): Sizes => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
});

/** The file as served: the build's `//# sourceMappingURL` comment (bench only) taken off. */
async function served(root: string, path: string): Promise<Buffer> {
  const bytes = await readFile(join(root, path));
  if (!/\.(js|css)$/.test(path)) return bytes;
  const text = bytes.toString('utf8').replace(/\n?\/[/*]# sourceMappingURL=\S+( \*\/)?\s*$/, '');
  return Buffer.from(text);
}

export function compressed(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** What `/` really fetches in Chromium, with the service worker blocked (so only the page). */
async function firstRoutePaths(browser: Browser, url: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const paths: string[] = [];
  page.on('requestfinished', (request) => {
    const u = new URL(request.url());
    if (u.origin === url && !u.pathname.startsWith('/api/')) paths.push(u.pathname);
  });
  await page.goto(`${url}/`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await context.close();
  return [...new Set(paths)];
}

/** The Workbox precache manifest injected into the service worker (dist/app/index.js). */
export function precacheUrls(sw: string): string[] {
  const start = sw.indexOf('[{"revision"');
  const alt = sw.indexOf('[{"url"');
  const from = start >= 0 ? start : alt;
  if (from < 0) throw new Error('No precache manifest found in the service worker.');
  const end = sw.indexOf('}]', from);
  const list = JSON.parse(sw.slice(from, end + 2)) as { url: string }[];
  return list.map((item) => item.url);
}

export async function measureBytes(
  browser: Browser,
  root: string,
  url: string,
): Promise<BytesResult> {
  const html = await readFile(join(root, 'index.html'), 'utf8');
  const inHtml = new Set([...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((m) => m[1]));
  const files: FileSizes[] = [];
  for (const path of await firstRoutePaths(browser, url)) {
    const rel = path === '/' ? 'index.html' : path.slice(1);
    const sizes = compressed(await served(root, rel));
    files.push({
      path: rel,
      via: rel === 'index.html' || inHtml.has(rel) ? 'html' : 'later',
      ...sizes,
    });
  }
  const sum = (test: (p: string) => boolean) =>
    files.filter((f) => test(f.path)).reduce<Sizes>((a, f) => plus(a, f), ZERO);
  const isJs = (p: string) => p.endsWith('.js');
  const isCss = (p: string) => p.endsWith('.css');

  const urls = precacheUrls(await readFile(join(root, 'index.js'), 'utf8'));
  let total = ZERO;
  let js = ZERO;
  let css = ZERO;
  for (const u of urls) {
    const sizes = compressed(await served(root, u));
    total = plus(total, sizes);
    if (isJs(u)) js = plus(js, sizes);
    if (isCss(u)) css = plus(css, sizes);
  }

  const byName = new Map<string, { raw: number; gzipApprox: number }>();
  for (const file of files.filter((f) => isJs(f.path))) {
    const code = (await served(root, file.path)).toString('utf8');
    const mapText = await readFile(join(root, `${file.path}.map`), 'utf8').catch(() => null);
    const bySource = mapText
      ? bytesBySource(code, JSON.parse(mapText) as RawSourceMap)
      : new Map([[`(no source map: ${file.path})`, Buffer.byteLength(code)]]);
    const chunkRaw = [...bySource.values()].reduce((a, b) => a + b, 0);
    for (const [source, raw] of bySource) {
      const name = packageOf(source);
      const item = byName.get(name) ?? { raw: 0, gzipApprox: 0 };
      item.raw += raw;
      item.gzipApprox += (raw / chunkRaw) * file.gzip;
      byName.set(name, item);
    }
  }
  const modules = [...byName]
    .map(([name, v]) => ({ name, raw: v.raw, gzipApprox: Math.round(v.gzipApprox) }))
    .sort((a, b) => b.raw - a.raw);

  return {
    firstRoute: {
      files,
      js: sum(isJs),
      css: sum(isCss),
      other: sum((p) => !isJs(p) && !isCss(p)),
      total: sum(() => true),
    },
    precache: { count: urls.length, total, js, css },
    modules,
  };
}
