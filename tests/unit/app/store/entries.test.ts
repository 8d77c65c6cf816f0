import { describe, expect, it } from 'vitest';
import { countAside } from '../../../../src/app/store/aside';
import {
  countEntries,
  deleteEntry,
  getEntry,
  listEntries,
  restoreEntry,
  saveEntry,
} from '../../../../src/app/store/entries';
import { everyday, feeling, freshLock } from './helpers';

describe('journal entries on the phone', () => {
  it('saved entries come back newest first, and a limit gives the newest ones', async () => {
    const { lock } = freshLock();
    const older = everyday('first', '2026-03-01T10:00:00Z');
    const middle = feeling('second', '2026-03-02T23:30:00Z');
    const newest = everyday('third', '2026-03-03T08:00:00Z');
    for (const e of [middle, newest, older]) await saveEntry(lock, e);
    const all = await listEntries(lock);
    expect(all.entries.map((e) => e.id)).toEqual([newest.id, middle.id, older.id]);
    const two = await listEntries(lock, 2);
    expect(two.entries.map((e) => e.id)).toEqual([newest.id, middle.id]);
    expect(await countEntries(lock)).toBe(3);
  });

  it('an entry can be read, changed and read again', async () => {
    const { lock } = freshLock();
    const entry = everyday('before');
    await saveEntry(lock, entry);
    await saveEntry(lock, { ...entry, everyday: 'after' });
    expect(await getEntry(lock, entry.id)).toMatchObject({ everyday: 'after' });
    expect(await countEntries(lock)).toBe(1);
  });

  it('a deleted entry can be put back exactly as it was', async () => {
    const { lock } = freshLock();
    const entry = feeling('kept safe');
    await saveEntry(lock, entry);
    const removed = await deleteEntry(lock, entry.id);
    expect(await getEntry(lock, entry.id)).toBeNull();
    expect(removed).not.toBeNull();
    if (removed) await restoreEntry(lock, removed);
    expect(await getEntry(lock, entry.id)).toEqual(entry);
  });

  it('an entry that does not match the schema is kept aside, not deleted and not shown', async () => {
    const { lock } = freshLock();
    const good = everyday('fine');
    await saveEntry(lock, good);
    const db = await lock.db();
    await db.put('entries', {
      id: 'broken',
      createdAt: '2026-01-01T00:00:00Z',
      kind: 'feeling',
      body: { sealed: false, value: { strength: 'very' } },
    });
    const read = await listEntries(lock);
    expect(read.entries.map((e) => e.id)).toEqual([good.id]);
    expect(read.unreadable).toBe(1);
    expect(await countAside(db)).toBe(1);
    const aside = await db.getAll('aside');
    expect(aside[0]).toMatchObject({ from: 'entries', key: 'broken' });
    expect(aside[0]?.record).toMatchObject({ body: { value: { strength: 'very' } } });
    expect((await listEntries(lock)).unreadable).toBe(0);
  });

  it('an entry that is not valid is refused before it is written', async () => {
    const { lock } = freshLock();
    await expect(saveEntry(lock, { ...everyday('x'), createdAt: 'yesterday' })).rejects.toThrow();
    expect(await countEntries(lock)).toBe(0);
  });
});
