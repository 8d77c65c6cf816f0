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
  /**
   * When Chromium asked for it (Resource Timing `startTime`): before the app's
   * `hiu:first-screen` mark (the first load), before the home screen's heading appeared
   * (`home`: what the screen behind the lock gate waited for), or after both (`after`).
   */
  when: 'first' | 'home' | 'after';
  startMs: number;
}

export interface FirstScreenTimes {
  /** The app's own Help now and 999 links were in the DOM (not index.html's fallback). */
  shellMs: number;
  /** `performance.mark('hiu:first-screen')`: the shell is painted (wiring/connect). */
  markMs: number;
  /** The home screen's heading (`#main h1`) was in the DOM. */
  homeMs: number;
}

export interface BytesResult {
  times: FirstScreenTimes;
  /** Every file `/` fetched until the network was idle; `first*` sums only `when: 'first'`. */
  firstRoute: { files: FileSizes[]; js: Sizes; css: Sizes; other: Sizes; total: Sizes };
  /** JavaScript asked for before the home heading showed (first load + the lock's code). */
  homeJs: Sizes;
  /** JavaScript asked for after both (sync, service worker, the editor warmed up...). */
  laterJs: Sizes;
  /** Every JavaScript file `/` fetched until the network was idle. */
  allJs: Sizes;
  precache: { count: number; total: Sizes; js: Sizes; css: Sizes };
  /** Minified bytes of the first load's JavaScript by package, gzip share pro rata. */
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

/** Before any script runs: note when the app's shell and the home heading enter the DOM. */
function watchFirstScreen() {
  const w = window as unknown as { __firstScreen: { shell: number; home: number } };
  w.__firstScreen = { shell: -1, home: -1 };
  new MutationObserver(() => {
    const seen = w.__firstScreen;
    const bar = document.querySelector('nav[aria-label="Emergency help"]');
    if (
      seen.shell < 0 &&
      bar?.querySelector('a[href="/help"]') &&
      bar.querySelector('a[href="tel:999"]')
    )
      seen.shell = performance.now();
    if (seen.home < 0 && document.querySelector('#main h1')) seen.home = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * What `/` really fetches in Chromium, with the service worker blocked (so only the page), and
 * when: each file's Resource Timing start against the app's `hiu:first-screen` mark.
 */
async function firstRoutePaths(browser: Browser, url: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(watchFirstScreen);
  const paths: string[] = [];
  page.on('requestfinished', (request) => {
    const u = new URL(request.url());
    if (u.origin === url && !u.pathname.startsWith('/api/')) paths.push(u.pathname);
  });
  await page.goto(`${url}/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('#main h1');
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __firstScreen: { shell: number; home: number } };
    const mark = performance.getEntriesByName('hiu:first-screen', 'mark')[0];
    return {
      shell: w.__firstScreen.shell,
      home: w.__firstScreen.home,
      mark: mark ? mark.startTime : -1,
      starts: performance
        .getEntriesByType('resource')
        .map((r) => [new URL(r.name).pathname, r.startTime] as const),
    };
  });
  await context.close();
  // Keep the measurement honest: the mark must come after the shell is really on screen.
  if (seen.mark < 0) throw new Error('No hiu:first-screen mark: see wiring/connect.');
  if (seen.shell < 0 || seen.shell > seen.mark) {
    throw new Error(
      `The first-screen mark (${seen.mark} ms) came before the shell (${seen.shell}).`,
    );
  }
  const starts = new Map(seen.starts);
  const times: FirstScreenTimes = { shellMs: seen.shell, markMs: seen.mark, homeMs: seen.home };
  return { paths: [...new Set(paths)], starts, times };
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
  const { paths, starts, times } = await firstRoutePaths(browser, url);
  for (const path of paths) {
    const rel = path === '/' ? 'index.html' : path.slice(1);
    const sizes = compressed(await served(root, rel));
    // The document itself has no resource entry: it is the first thing fetched.
    const startMs = starts.get(path) ?? 0;
    files.push({
      path: rel,
      via: rel === 'index.html' || inHtml.has(rel) ? 'html' : 'later',
      when: startMs < times.markMs ? 'first' : startMs < times.homeMs ? 'home' : 'after',
      startMs: Math.round(startMs * 10) / 10,
      ...sizes,
    });
  }
  files.sort((a, b) => a.startMs - b.startMs);
  const isJs = (p: string) => p.endsWith('.js');
  const isCss = (p: string) => p.endsWith('.css');
  const sumOf = (list: FileSizes[]) => list.reduce<Sizes>((a, f) => plus(a, f), ZERO);
  const first = files.filter((f) => f.when === 'first');
  const sum = (test: (p: string) => boolean) => sumOf(first.filter((f) => test(f.path)));
  const jsOf = (test: (f: FileSizes) => boolean) =>
    sumOf(files.filter((f) => isJs(f.path) && test(f)));

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
  for (const file of first.filter((f) => isJs(f.path))) {
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
    times,
    firstRoute: {
      files,
      js: sum(isJs),
      css: sum(isCss),
      other: sum((p) => !isJs(p) && !isCss(p)),
      total: sum(() => true),
    },
    homeJs: jsOf((f) => f.when !== 'after'),
    laterJs: jsOf((f) => f.when === 'after'),
    allJs: jsOf(() => true),
    precache: { count: urls.length, total, js, css },
    modules,
  };
}
