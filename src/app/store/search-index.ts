import { activeLocale, SOURCE_LOCALE } from '#shared/i18n';
import type { JournalEntry } from '#shared/schemas/journal';
import type { Vault } from './vault';
import { contextOf, LockedError, type Body, type Codec } from './body';
import type { HiuDb, SearchRecord } from './db';
import { readRecords } from './entry-read';
import { normaliseForSearch, searchableText } from './search';

/*
 * The journal's search index, kept in the `search` store beside the entries (see db.ts). It
 * holds each entry's searchable words (`searchableText`), so a search reads one record (and a
 * few small changes) instead of decoding and checking every entry. The entries stay the only
 * source of truth: the index is rebuilt from them when it is missing, unreadable or does not
 * count the same number of entries (search-journal.ts). With a lock set, every record's words
 * are sealed like the journal's (the base as one blob); nothing plain is written while locked.
 */

/** One indexed entry: id, createdAt, its words as `searchableText` gives them. */
export type IndexItem = readonly [id: string, createdAt: string, text: string];

/** Changes kept beside the base before a save folds them in (a cold search reads each one). */
export const COMPACT_AFTER = 200;

const BASE = 'base';
/** Every change record: number keys sort before the string key 'base'. */
const allChanges = () => IDBKeyRange.upperBound(Number.MAX_VALUE);
const baseContext = contextOf('search', BASE);
const changeContext = (id: string) => contextOf('search', `entry/${id}`);

/** The change record for an entry written (its words) or deleted (`entry` null). */
export async function searchChange(
  codec: Codec,
  id: string,
  createdAt: string,
  entry: JournalEntry | null,
): Promise<SearchRecord> {
  const body = entry ? await codec.encode(searchableText(entry), changeContext(id)) : null;
  return { kind: 'delta', entry: id, createdAt, body };
}

/** The index in memory, newest entry first. */
export interface SearchIndex {
  readonly size: number;
  /** Ids of the entries whose words hold every word of the query, newest first. */
  find(query: string): string[];
}

export function makeSearchIndex(items: Iterable<IndexItem>): SearchIndex {
  const list = [...items].sort((a, b) =>
    a[1] === b[1] ? (a[0] < b[0] ? 1 : -1) : a[1] < b[1] ? 1 : -1,
  );
  return {
    size: list.length,
    find(query) {
      // The same rule as searchEntries (search.ts): every word of the query, anywhere.
      const words = normaliseForSearch(query).split(/\s+/).filter(Boolean);
      const hits = words.length
        ? list.filter((item) => words.every((word) => item[2].includes(word)))
        : list;
      return hits.map((item) => item[0]);
    },
  };
}

export interface IndexRead {
  /**
   * null: missing, unreadable or stale (a different number of entries, or another language's
   * words): build it again.
   */
  items: Map<string, IndexItem> | null;
  version: number;
  /** The newest change folded into `items` (0 if none). */
  lastChange: number;
  changes: number;
}

/**
 * Read the base and every change in one transaction with the entry count, and apply them.
 * Throws `LockedError` while locked.
 */
export async function readSearchIndex(vault: Vault, db: HiuDb): Promise<IndexRead> {
  const tx = db.transaction(['entries', 'search'], 'readonly');
  const store = tx.objectStore('search');
  const [count, base, changes, keys] = await Promise.all([
    tx.objectStore('entries').count(),
    store.get(BASE),
    store.getAll(allChanges()),
    store.getAllKeys(allChanges()),
  ]);
  await tx.done;
  const lastChange = Number(keys.at(-1) ?? 0);
  const version = base?.kind === 'base' ? base.version : 0;
  const stale: IndexRead = { items: null, version, lastChange, changes: changes.length };
  if (base?.kind !== 'base') return stale;
  // Words from another language (the person changed it): build it again in this one.
  if ((base.locale ?? SOURCE_LOCALE.tag) !== activeLocale().tag) return stale;
  const codec = vault.codec();
  let items: Map<string, IndexItem>;
  try {
    const value = await codec.decode(base.body, baseContext);
    // Plain bases are stored as JSON text: one string clones far faster than 10,000 arrays.
    const list: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    if (!Array.isArray(list) || !list.every(isIndexItem)) return stale;
    items = new Map(list.map((item) => [item[0], item]));
    const texts = await Promise.all(
      changes.map((c) =>
        c.kind === 'delta' && c.body ? codec.decode(c.body, changeContext(c.entry)) : null,
      ),
    );
    changes.forEach((change, i) => {
      if (change.kind !== 'delta') return;
      const text = texts[i];
      if (typeof text === 'string') items.set(change.entry, [change.entry, change.createdAt, text]);
      else items.delete(change.entry);
    });
  } catch (error) {
    if (error instanceof LockedError && codec.mode === 'locked') throw error;
    return stale; // not decryptable or not the right shape: it is only derived, build it again
  }
  if (items.size !== count) return stale;
  return { items, version, lastChange, changes: changes.length };
}

/**
 * Store `items` as the new base and drop the changes up to `lastChange` (they are in it), in one
 * transaction. With `expectVersion`, only if nobody replaced the base meanwhile (false if so).
 */
export async function writeSearchBase(
  vault: Vault,
  db: HiuDb,
  items: Iterable<IndexItem>,
  lastChange: number,
  version: number,
  expectVersion?: number,
): Promise<boolean> {
  // Encrypt before the transaction opens (see README: never await WebCrypto inside one).
  // Sealed, the list becomes JSON inside `seal`; plain, it is stored as JSON text (see above).
  const codec = vault.codec();
  const list = [...items];
  const body: Body = await codec.encode(
    codec.mode === 'plain' ? JSON.stringify(list) : list,
    baseContext,
  );
  const tx = db.transaction('search', 'readwrite', { durability: 'strict' });
  if (expectVersion !== undefined) {
    const current = await tx.store.get(BASE);
    if ((current?.kind === 'base' ? current.version : 0) !== expectVersion) {
      tx.abort();
      await tx.done.catch(() => {});
      return false;
    }
  }
  if (lastChange > 0) await tx.store.delete(IDBKeyRange.upperBound(lastChange));
  await tx.store.put({ kind: 'base', version, body, locale: activeLocale().tag }, BASE);
  await tx.done;
  return true;
}

/**
 * Build the index again from the entries (the slow path: every entry decoded and checked, as
 * `listEntries` does; unreadable ones are kept aside). Changes saved while it runs stay and
 * are applied on top. Throws `LockedError` while locked.
 */
export async function rebuildSearchIndex(vault: Vault): Promise<SearchIndex> {
  const db = await vault.db();
  const tx = db.transaction(['entries', 'search'], 'readonly');
  const [records, keys, base] = await Promise.all([
    tx.objectStore('entries').index('by-created').getAll(),
    tx.objectStore('search').getAllKeys(allChanges()),
    tx.objectStore('search').get(BASE),
  ]);
  await tx.done;
  const { entries } = await readRecords(vault, db, records.reverse());
  const items: IndexItem[] = entries.map((e) => [e.id, e.createdAt, searchableText(e)]);
  const version = (base?.kind === 'base' ? base.version : 0) + 1;
  await writeSearchBase(vault, db, items, Number(keys.at(-1) ?? 0), version);
  // Read it back through the normal path, so changes saved meanwhile are in it too.
  const read = await readSearchIndex(vault, db);
  return makeSearchIndex(read.items?.values() ?? items);
}

const compacting = new WeakMap<HiuDb, Promise<void>>();

/**
 * Fold the changes into the base once there are more than `COMPACT_AFTER` of them (a missing or
 * stale index is built again from the entries). One at a time per database; resolves when the
 * running one is done. Never rejects: it runs after an entry is saved, never before.
 */
export function compactSearchIndex(vault: Vault, db: HiuDb): Promise<void> {
  const running = compacting.get(db);
  if (running) return running;
  const run = (async () => {
    try {
      if ((await db.count('search')) <= COMPACT_AFTER + 1) return;
      const read = await readSearchIndex(vault, db);
      if (!read.items) {
        await rebuildSearchIndex(vault);
        return;
      }
      const { items, lastChange, version } = read;
      await writeSearchBase(vault, db, items.values(), lastChange, version + 1, version);
    } catch {
      // Locked meanwhile, or storage trouble: the changes stay and still count.
    } finally {
      compacting.delete(db);
    }
  })();
  compacting.set(db, run);
  return run;
}

/** One index item as stored: `[entry id, createdAt, words]`, all text (checked on every read). */
function isIndexItem(item: unknown): item is IndexItem {
  return (
    Array.isArray(item) &&
    item.length === 3 &&
    item.every((part: unknown) => typeof part === 'string')
  );
}
