/**
 * The bench page: the app's own store and lock code, built by Vite and driven from Playwright
 * through `window.bench`. Nothing here is part of the app; it only calls its public functions.
 */
import type { JournalEntry } from '#shared/schemas/journal';
import { createLockState } from '../../../src/app/lock/state';
import { countEntries, listEntries, saveEntry } from '../../../src/app/store/entries';
import { searchEntries } from '../../../src/app/store/search';
import { makeEntries } from './entries';

export interface FillResult {
  totalMs: number;
  perEntryMs: number[];
  setLockMs: number | null;
}

export interface ReadResult {
  count: number;
  unlockMs: number[];
  newest50Ms: number[];
  newest50Count: number;
  searchColdMs: number[];
  searchWarmMs: number[];
  matches: number;
}

export interface BenchApi {
  fill(dbName: string, count: number, secret: string | null): Promise<FillResult>;
  read(dbName: string, secret: string | null, runs: number, query: string): Promise<ReadResult>;
}

declare global {
  interface Window {
    bench: BenchApi;
  }
}

async function fill(dbName: string, count: number, secret: string | null): Promise<FillResult> {
  const lock = createLockState({ dbName });
  await lock.db();
  let setLockMs: number | null = null;
  if (secret !== null) {
    const started = performance.now();
    await lock.setLock('pin', secret);
    setLockMs = performance.now() - started;
  }
  const entries: JournalEntry[] = makeEntries(count);
  const perEntryMs: number[] = [];
  const started = performance.now();
  for (const entry of entries) {
    const t = performance.now();
    await saveEntry(lock, entry);
    perEntryMs.push(performance.now() - t);
  }
  return { totalMs: performance.now() - started, perEntryMs, setLockMs };
}

async function read(
  dbName: string,
  secret: string | null,
  runs: number,
  query: string,
): Promise<ReadResult> {
  const unlockMs: number[] = [];
  let lock = createLockState({ dbName });
  await lock.db();
  if (secret !== null) {
    // Each unlock is a fresh page's lock state: the key is only ever in memory.
    for (let i = 0; i < runs; i += 1) {
      lock = createLockState({ dbName });
      await lock.db();
      const started = performance.now();
      const result = await lock.unlock(secret);
      unlockMs.push(performance.now() - started);
      if (!result.ok) throw new Error('The bench PIN did not unlock.');
    }
  }
  const count = await countEntries(lock);
  const newest50Ms: number[] = [];
  let newest50Count = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const { entries } = await listEntries(lock, 50);
    newest50Ms.push(performance.now() - started);
    newest50Count = entries.length;
  }
  // As the journal page does: the first search loads every entry, later keystrokes filter.
  const searchColdMs: number[] = [];
  const searchWarmMs: number[] = [];
  let matches = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const { entries } = await listEntries(lock);
    matches = searchEntries(entries, query).length;
    searchColdMs.push(performance.now() - started);
    const warm = performance.now();
    searchEntries(entries, query);
    searchWarmMs.push(performance.now() - warm);
  }
  return { count, unlockMs, newest50Ms, newest50Count, searchColdMs, searchWarmMs, matches };
}

window.bench = { fill, read };
