/**
 * The bench page: the app's own store and lock code, built by Vite and driven from Playwright
 * through `window.bench`. Nothing here is part of the app; it only calls its public functions.
 */
import type { JournalEntry } from '#shared/schemas/journal';
import { createLockState } from '../../../src/app/lock/state';
import { countEntries, listEntries, saveEntry } from '../../../src/app/store/entries';
import { searchEntries } from '../../../src/app/store/search';
import { rebuildSearchIndex } from '../../../src/app/store/search-index';
import { getEntries, loadSearchIndex } from '../../../src/app/store/search-journal';
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
  /** The journal page's first search: the index from IndexedDB, then the matching entries. */
  searchColdMs: number[];
  /** Of which: reading the index (base + changes) and applying it. */
  indexLoadMs: number[];
  /** The next keystroke: the index in memory, then the matching entries read. */
  searchWarmMs: number[];
  /** Every entry read, decoded and checked (`listEntries`), then filtered: the old first search. */
  fullReadMs: number[];
  /** Building the index again from the entries (a missing or stale index; once). */
  rebuildMs: number;
  /** Search-store records on disk after the fill: the base and changes not yet folded in. */
  searchRecords: number;
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
  /** A fresh page's lock state (nothing warm in memory), unlocked when a lock is set. */
  async function freshLock(timeUnlock: boolean) {
    const fresh = createLockState({ dbName });
    await fresh.db();
    if (secret !== null) {
      const started = performance.now();
      const result = await fresh.unlock(secret);
      if (timeUnlock) unlockMs.push(performance.now() - started);
      if (!result.ok) throw new Error('The bench PIN did not unlock.');
    }
    return fresh;
  }
  let lock = await freshLock(false);
  const searchRecords = await (await lock.db()).count('search');
  if (secret !== null) {
    // Each unlock is a fresh page's lock state: the key is only ever in memory.
    for (let i = 0; i < runs; i += 1) lock = await freshLock(true);
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
  // As the journal page does: the first keystroke reads the index and then only the entries
  // that match; the next keystrokes search the index in memory. Each run is a fresh lock state
  // (as after reopening the app), so nothing is warm in this code; the unlock is not timed.
  const searchColdMs: number[] = [];
  const indexLoadMs: number[] = [];
  const searchWarmMs: number[] = [];
  const fullReadMs: number[] = [];
  let matches = 0;
  for (let i = 0; i < runs; i += 1) {
    const cold = await freshLock(false);
    const started = performance.now();
    const index = await loadSearchIndex(cold);
    indexLoadMs.push(performance.now() - started);
    const { entries } = await getEntries(cold, index.find(query));
    searchColdMs.push(performance.now() - started);
    matches = entries.length;
    const warm = performance.now();
    await getEntries(cold, index.find(query));
    searchWarmMs.push(performance.now() - warm);
  }
  // The old first search, for comparison, and a check that the index finds the same entries.
  for (let i = 0; i < Math.min(runs, 3); i += 1) {
    const started = performance.now();
    const all = await listEntries(lock);
    const slow = searchEntries(all.entries, query);
    fullReadMs.push(performance.now() - started);
    if (slow.length !== matches)
      throw new Error(`Index found ${matches}, a full read ${slow.length}.`);
  }
  const rebuildStarted = performance.now();
  await rebuildSearchIndex(lock);
  const rebuildMs = performance.now() - rebuildStarted;
  return {
    count,
    unlockMs,
    newest50Ms,
    newest50Count,
    searchColdMs,
    indexLoadMs,
    searchWarmMs,
    fullReadMs,
    rebuildMs,
    searchRecords,
    matches,
  };
}

window.bench = { fill, read };
