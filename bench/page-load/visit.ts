import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

export interface Bytes {
  files: number;
  /** The bodies as the build's `.br` files have them (the encoding the server sends). */
  brotli: number;
  /** What crossed the network: bodies and headers (CDP's encodedDataLength). */
  wire: number;
}

export interface VisitBytes {
  /** The HTML and what it names (scripts, modulepreloads, stylesheets, icons). */
  firstRoute: Bytes;
  /** JavaScript the page itself took from the network in the first 10 s of a first visit. */
  firstVisitJs: Bytes;
  /** Everything the page took from the network in those 10 s (the worker's precache apart). */
  firstVisit: Bytes;
}

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

function brotliSize(dist: string, path: string): number {
  for (const file of [`${path}.br`, path]) {
    try {
      return statSync(join(dist, file)).size;
    } catch {
      // Not compressed, or not a file.
    }
  }
  return 0;
}

const add = (b: Bytes, brotli: number, wire: number): Bytes => ({
  files: b.files + 1,
  brotli: b.brotli + brotli,
  wire: b.wire + wire,
});
const none = (): Bytes => ({ files: 0, brotli: 0, wire: 0 });

/** A first visit to `/` in a fresh profile: what came over the network, and from whom. */
export async function firstVisitBytes(
  browser: Browser,
  url: string,
  appDist: string,
): Promise<VisitBytes> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const seen = new Map<string, { path: string; sw: boolean; cached: boolean; wire: number }>();
  cdp.on('Network.responseReceived', (e) => {
    const u = new URL(e.response.url);
    if (u.origin !== url) return;
    const cached = e.response.fromDiskCache === true || e.response.fromPrefetchCache === true;
    seen.set(e.requestId, {
      path: u.pathname,
      sw: e.response.fromServiceWorker === true,
      cached,
      wire: 0,
    });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = seen.get(e.requestId);
    if (r) r.wire = e.encodedDataLength;
  });
  const html = await (await fetch(`${url}/`)).text();
  const named = new Set(
    [...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean),
  );
  await page.goto(`${url}/`);
  await page.waitForTimeout(10_000);
  const result: VisitBytes = {
    firstRoute: none(),
    firstVisitJs: none(),
    firstVisit: none(),
  };
  for (const r of seen.values()) {
    if (r.sw || r.cached) continue;
    const path = r.path === '/' ? '/index.html' : r.path;
    const brotli = path.startsWith('/api/') ? r.wire : brotliSize(appDist, path);
    result.firstVisit = add(result.firstVisit, brotli, r.wire);
    if (path.endsWith('.js')) result.firstVisitJs = add(result.firstVisitJs, brotli, r.wire);
    if (path === '/index.html' || named.has(path)) {
      result.firstRoute = add(result.firstRoute, brotli, r.wire);
    }
  }
  await context.close();
  return result;
}

/**
 * Notes the first frame with a visible `tel:999` link and "Help now" on screen. A string, not a
 * function: tsx would wrap a function's inner arrows in a helper the page does not have.
 */
const WATCH_FOR_HELP = `(() => {
  const look = () => {
    const call = document.querySelector('a[href="tel:999"]');
    const box = call && call.getBoundingClientRect();
    const help = Array.from(document.querySelectorAll('h1, a')).some((e) =>
      (e.textContent || '').includes('Help now'),
    );
    if (box && box.width > 0 && box.height > 0 && help) window.helpAt = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})();`;

/**
 * Offline cold starts: one visit online so the service worker stores the app, then each run a
 * new browser on the same profile, offline, CPU slowed 4x, timing from navigation start to the
 * first frame with a visible `tel:999` link under a "Help now" heading or button.
 */
export async function offlineColdStarts(url: string, runs: number): Promise<number[]> {
  const profile = mkdtempSync(join(tmpdir(), 'hiu-bench-cold-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...PHONE,
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(`${url}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
    });
    await page.waitForTimeout(2000);
    await first.close();

    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const context = await launch();
      await context.setOffline(true);
      await context.addInitScript({ content: WATCH_FOR_HELP });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.goto(`${url}/`);
      await tab.waitForFunction(() => (window as unknown as { helpAt?: number }).helpAt);
      times.push(await tab.evaluate(() => (window as unknown as { helpAt: number }).helpAt));
      await context.close();
    }
    return times;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
