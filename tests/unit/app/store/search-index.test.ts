import { afterEach, describe, expect, it } from 'vitest';
import { activateLocale, SOURCE_LOCALE } from '../../../../src/shared/i18n';
import type { JournalEntry } from '#shared/schemas/journal';
import { LockedError } from '../../../../src/app/store/body';
import {
  deleteEntry,
  listEntries,
  restoreEntry,
  saveEntry,
} from '../../../../src/app/store/entries';
import { searchEntries } from '../../../../src/app/store/search';
import {
  compactSearchIndex,
  COMPACT_AFTER,
  readSearchIndex,
} from '../../../../src/app/store/search-index';
import { loadSearchIndex, searchJournal } from '../../../../src/app/store/search-journal';
import { everyday, feeling, freshLock } from './helpers';

type Lock = ReturnType<typeof freshLock>['lock'];

const ids = (entries: readonly JournalEntry[]) => entries.map((e) => e.id);

async function found(lock: Lock, query: string): Promise<string[]> {
  return ids((await searchJournal(lock, query)).entries);
}

/** The same search the slow way: every entry read and filtered (the index must agree). */
async function foundSlowly(lock: Lock, query: string): Promise<string[]> {
  return ids(searchEntries((await listEntries(lock)).entries, query));
}

/** The index as stored, applied, without any rebuild: null if it would need one. */
async function stored(lock: Lock) {
  return (await readSearchIndex(lock, await lock.db())).items;
}

/** Every byte of the search store as text, to look for plain words. */
async function rawSearchStore(lock: Lock): Promise<string> {
  const db = await lock.db();
  return JSON.stringify(await db.getAll('search'), (_k, v: unknown) =>
    v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
  );
}

const at = (day: number) => new Date(Date.UTC(2026, 2, day, 10)).toISOString();

afterEach(() => activateLocale(SOURCE_LOCALE));

describe('the journal search index', () => {
  it('after a change of language, finds the offered feelings by their words in the new one', async () => {
    const { lock } = freshLock();
    const night = feeling('could not sleep', at(1));
    await saveEntry(lock, night);
    expect(await found(lock, 'scared')).toEqual([night.id]);
    expect(await stored(lock)).not.toBeNull();

    activateLocale(
      { tag: 'cy', dir: 'ltr', pseudo: null },
      { 'journal-words.feelingScared': 'Ofnus' },
    );
    expect(await stored(lock)).toBeNull(); // the words were English: built again
    expect(await found(lock, 'ofnus')).toEqual([night.id]);
    expect(await stored(lock)).not.toBeNull();
  });

  it('finds what a full read finds, newest first, and is kept in IndexedDB after the first search', async () => {
    const { lock } = freshLock();
    const old = everyday('Rang my Sister about the weekend', at(1));
    const mid = feeling('the bus was late and my chest went tight', at(2));
    const newest = everyday('Café with my sister, then the park', at(3));
    for (const e of [mid, newest, old]) await saveEntry(lock, e);

    expect(await stored(lock)).toBeNull(); // only changes so far: no base yet
    expect(await found(lock, 'sister')).toEqual([newest.id, old.id]);
    expect(await stored(lock)).not.toBeNull();
    for (const query of ['sister', 'CAFE', 'sis park', 'scared', 'wrote', 'nothing here', '']) {
      expect(await found(lock, query), query).toEqual(await foundSlowly(lock, query));
    }
  });

  it('stays right after an entry is changed, deleted and put back, without a rebuild', async () => {
    const { lock } = freshLock();
    const entry = everyday('the letter from the council', at(1));
    const other = everyday('a walk in the park', at(2));
    await saveEntry(lock, entry);
    await saveEntry(lock, other);
    expect(await found(lock, 'council')).toEqual([entry.id]);

    await saveEntry(lock, { ...entry, everyday: 'the letter from the dentist' });
    expect((await stored(lock))?.get(entry.id)?.[2]).toContain('dentist');
    expect(await found(lock, 'council')).toEqual([]);
    expect(await found(lock, 'dentist')).toEqual([entry.id]);

    const removed = await deleteEntry(lock, entry.id);
    expect((await stored(lock))?.has(entry.id)).toBe(false);
    expect(await found(lock, 'letter')).toEqual([]);
    expect(await found(lock, '')).toEqual([other.id]);

    if (removed) await restoreEntry(lock, removed);
    expect((await stored(lock))?.has(entry.id)).toBe(true);
    expect(await found(lock, 'dentist')).toEqual([entry.id]);
  });

  it('folds its changes into one base after COMPACT_AFTER saves and still finds everything', async () => {
    const { lock } = freshLock();
    const saved: JournalEntry[] = [];
    // No search yet, so no base: past COMPACT_AFTER changes a save builds it from the entries.
    for (let i = 0; i < COMPACT_AFTER + 5; i++) {
      const e = everyday(i % 10 === 0 ? `tea number ${i}` : `coffee ${i}`, at(1 + (i % 27)));
      saved.push(e);
      await saveEntry(lock, e);
    }
    const db = await lock.db();
    await compactSearchIndex(lock, db); // the one the last saves started, in the background
    expect(await db.count('search')).toBeLessThan(COMPACT_AFTER);
    expect((await stored(lock))?.size).toBe(saved.length);
    expect(await found(lock, 'tea')).toEqual(await foundSlowly(lock, 'tea'));
    expect(await found(lock, 'tea')).toHaveLength(21);

    // With a base in place, the next COMPACT_AFTER saves are folded into a new one.
    const version = async () => {
      const base = await db.get('search', 'base');
      return base?.kind === 'base' ? base.version : 0;
    };
    const before = await version();
    for (let i = 0; i < COMPACT_AFTER + 2; i++)
      await saveEntry(lock, everyday(`milk ${i}`, at(28)));
    await compactSearchIndex(lock, db);
    expect(await version()).toBeGreaterThan(before);
    expect(await db.count('search')).toBeLessThan(COMPACT_AFTER);
    expect((await stored(lock))?.size).toBe(saved.length + COMPACT_AFTER + 2);
    expect(await found(lock, 'milk 20')).toEqual(await foundSlowly(lock, 'milk 20'));
  });

  it('is rebuilt from the entries when it is stale, missing or unreadable; nothing is lost', async () => {
    const { lock } = freshLock();
    const a = everyday('kept in the index', at(1));
    await saveEntry(lock, a);
    await searchJournal(lock, 'kept');
    const db = await lock.db();
    // An entry written without the index (as by an older version of the app): counts differ.
    const b = everyday('written by an older app', at(2));
    await db.put('entries', {
      id: b.id,
      createdAt: b.createdAt,
      kind: b.kind,
      body: { sealed: false, value: b },
    });
    expect(await stored(lock)).toBeNull();
    expect(await found(lock, 'older')).toEqual([b.id]);
    expect(await stored(lock)).not.toBeNull();

    await db.put(
      'search',
      { kind: 'base', version: 9, body: { sealed: false, value: 'junk' } },
      'base',
    );
    expect(await found(lock, 'index')).toEqual([a.id]);
    // Items of the wrong shape (a number where the words go) with the right count: rebuilt too.
    await db.put(
      'search',
      {
        kind: 'base',
        version: 10,
        body: {
          sealed: false,
          value: JSON.stringify([
            [a.id, a.createdAt, 42],
            [b.id, b.createdAt, 'written by an older app'],
          ]),
        },
      },
      'base',
    );
    expect(await found(lock, 'index')).toEqual([a.id]);
    await db.clear('search');
    expect(await found(lock, '')).toEqual([b.id, a.id]);
    expect((await listEntries(lock)).entries).toHaveLength(2);
  });

  it('with a lock: sealed as one blob, refused while locked, right again after unlocking', async () => {
    const { lock, reopen } = freshLock();
    const secretWords = 'my neighbour shouted again';
    const before = everyday(secretWords, at(1));
    await saveEntry(lock, before);
    await searchJournal(lock, 'neighbour');
    expect(await rawSearchStore(lock)).toContain('neighbour');

    await lock.setLock('pin', '482916');
    // Setting the lock drops the plain index in the same transaction as it seals the journal.
    expect(await rawSearchStore(lock)).not.toContain('neighbour');
    expect(await found(lock, 'neighbour')).toEqual([before.id]);
    const after = feeling('the neighbour again, then tea', at(2));
    await saveEntry(lock, after);
    const raw = await rawSearchStore(lock);
    expect(raw).not.toContain('neighbour');
    expect(raw).not.toContain('tea');
    const base = await (await lock.db()).get('search', 'base');
    expect(base?.kind === 'base' && base.body.sealed).toBe(true);

    await lock.lockNow();
    await expect(searchJournal(lock, 'neighbour')).rejects.toBeInstanceOf(LockedError);
    expect(await rawSearchStore(lock)).not.toContain('neighbour');

    const again = reopen();
    expect((await again.unlock('482916')).ok).toBe(true);
    expect(await found(again, 'neighbour')).toEqual([after.id, before.id]);
    expect(await stored(again)).not.toBeNull();
    await deleteEntry(again, before.id);
    expect(await found(again, 'neighbour')).toEqual([after.id]);

    expect((await again.removeLock('482916')).ok).toBe(true);
    expect(await found(again, 'tea')).toEqual([after.id]);
    expect(await found(again, 'neighbour')).toEqual(await foundSlowly(again, 'neighbour'));
  });

  it('loads without reading a single entry when the index is up to date', async () => {
    const { lock } = freshLock();
    const e = everyday('one small entry', at(1));
    await saveEntry(lock, e);
    await searchJournal(lock, 'small');
    const db = await lock.db();
    // Break the entry's body: a search that read entries would see it and keep it aside.
    const record = await db.get('entries', e.id);
    if (record) await db.put('entries', { ...record, body: { sealed: false, value: 'broken' } });
    const index = await loadSearchIndex(lock);
    expect(index.find('small')).toEqual([e.id]);
    expect(await db.count('aside')).toBe(0);
  });
});
