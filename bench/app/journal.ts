import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { FillResult, ReadResult } from './page/main';
import { SEARCH_WORD } from './page/entries';
import { serveStatic } from './serve';

export const PIN = '482916';

/** Build bench/app/page (the app's store and lock code, nothing else) into `outDir`. */
export async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'page'),
    base: '/',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
}

export interface Stats {
  median: number;
  min: number;
  max: number;
  p95: number;
  runs: number;
}

export function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    median: round(at(0.5)),
    min: round(sorted[0] ?? 0),
    max: round(sorted[sorted.length - 1] ?? 0),
    p95: round(at(0.95)),
    runs: values.length,
  };
}

export interface JournalMode {
  mode: 'no lock' | 'lock (PIN)';
  count: number;
  save: { totalMs: number; perEntry: Stats; setLockOnEmptyMs: number | null };
  unlock: Stats | null;
  newest50: Stats;
  searchFirst: Stats;
  indexLoad: Stats;
  searchNext: Stats;
  fullRead: Stats;
  rebuildMs: number;
  searchRecords: number;
  matches: number;
}

export async function measureJournal(
  browser: Browser,
  pageDir: string,
  port: number,
  count: number,
  runs: number,
): Promise<JournalMode[]> {
  const server = await serveStatic(pageDir, port);
  const out: JournalMode[] = [];
  try {
    for (const secret of [null, PIN]) {
      // A fresh profile per mode: nothing cached from the other one.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => 'bench' in window);
      const dbName = `bench-${secret ? 'lock' : 'plain'}`;
      const fill: FillResult = await page.evaluate(
        ([name, n, s]) => window.bench.fill(name, n, s),
        [dbName, count, secret] as const,
      );
      // Reading happens in a new page, as after reopening the app (nothing warm in memory).
      await page.reload();
      await page.waitForFunction(() => 'bench' in window);
      const read: ReadResult = await page.evaluate(
        ([name, s, r, q]) => window.bench.read(name, s, r, q),
        [dbName, secret, runs, SEARCH_WORD] as const,
      );
      if (read.count !== count || read.newest50Count !== 50) {
        throw new Error(`Expected ${count} entries, read ${read.count} (${read.newest50Count}).`);
      }
      out.push({
        mode: secret ? 'lock (PIN)' : 'no lock',
        count: read.count,
        save: {
          totalMs: Math.round(fill.totalMs),
          perEntry: stats(fill.perEntryMs),
          setLockOnEmptyMs: fill.setLockMs === null ? null : Math.round(fill.setLockMs),
        },
        unlock: secret ? stats(read.unlockMs) : null,
        newest50: stats(read.newest50Ms),
        searchFirst: stats(read.searchColdMs),
        indexLoad: stats(read.indexLoadMs),
        searchNext: stats(read.searchWarmMs),
        fullRead: stats(read.fullReadMs),
        rebuildMs: Math.round(read.rebuildMs),
        searchRecords: read.searchRecords,
        matches: read.matches,
      });
      await context.close();
    }
  } finally {
    await server.close();
  }
  return out;
}
