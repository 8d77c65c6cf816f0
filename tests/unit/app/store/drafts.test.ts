import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalDraft } from '#shared/schemas/journal';
import { createLockState } from '../../../../src/app/lock/state';
import { openHiuDb } from '../../../../src/app/store/db';
import {
  clearDraft,
  listDrafts,
  loadBoxDraft,
  loadDraft,
  saveBoxDraft,
  saveDraft,
} from '../../../../src/app/store/drafts';
import { entryFromDraft } from '../../../../src/app/store/draft-rules';
import {
  countEntries,
  deleteEntry,
  getEntry,
  listEntries,
  saveEntry,
} from '../../../../src/app/store/entries';
import { takeOldDrafts, writeDraftReminder } from '../../../../src/app/store/old-drafts';
import { enqueue } from '../../../../src/app/store/outbox';
import { loadSearchIndex } from '../../../../src/app/store/search-journal';
import { everyday, freshLock } from './helpers';

const note = (everyday: string, updatedAt: string): JournalDraft => ({
  step: 0,
  kind: 'everyday',
  everyday,
  updatedAt,
});

/** Watches the transactions IndexedDB is asked for (the browser's API, not our code). */
function watchTransactions() {
  const seen: { stores: string[]; mode: string; durability: string | undefined }[] = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
    options?: IDBTransactionOptions,
  ) {
    const list = typeof stores === 'string' ? [stores] : [...stores];
    seen.push({ stores: list.sort(), mode: mode ?? 'readonly', durability: options?.durability });
    return original.call(this, stores, mode, options);
  };
  return { seen, stop: () => (IDBDatabase.prototype.transaction = original) };
}

let stopWatching: (() => void) | null = null;
afterEach(() => {
  stopWatching?.();
  stopWatching = null;
});

describe('saving an entry and its draft together', () => {
  it('the entry, its search row and the removal of its draft are one strict transaction', async () => {
    const { lock } = freshLock();
    const id = randomUUID();
    const draft = note('the kettle and the quiet', '2026-11-30T02:10:00Z');
    await saveDraft(lock, id, draft);
    const watch = watchTransactions();
    stopWatching = watch.stop;
    await saveEntry(
      lock,
      entryFromDraft(draft, 'everyday', { id, now: new Date().toISOString() }),
      {
        draft: id,
      },
    );
    watch.stop();
    const writes = watch.seen.filter((t) => t.mode === 'readwrite');
    expect(writes[0]).toEqual({
      stores: ['drafts', 'entries', 'search'],
      mode: 'readwrite',
      durability: 'strict',
    });
    expect(await loadDraft(lock, id)).toBeNull();
    expect((await getEntry(lock, id))?.kind).toBe('everyday');
    expect((await loadSearchIndex(lock)).find('kettle')).toEqual([id]);
  });

  it('a save that does not complete leaves the draft and no entry: never both, never neither', async () => {
    const { lock } = freshLock();
    const id = randomUUID();
    const draft = note('words typed at 3am', '2026-11-30T03:00:00Z');
    await saveDraft(lock, id, draft);
    // The phone dies as the draft is removed: the transaction never commits.
    const original = IDBObjectStore.prototype.delete;
    IDBObjectStore.prototype.delete = function (this: IDBObjectStore, key: IDBValidKey) {
      const request = original.call(this, key);
      if (this.name === 'drafts') this.transaction.abort();
      return request;
    };
    stopWatching = () => (IDBObjectStore.prototype.delete = original);
    await expect(
      saveEntry(lock, entryFromDraft(draft, 'everyday', { id, now: new Date().toISOString() }), {
        draft: id,
      }),
    ).rejects.toBeDefined();
    stopWatching();
    expect(await countEntries(lock)).toBe(0);
    expect((await loadDraft(lock, id))?.everyday).toBe('words typed at 3am');
    expect(await listDrafts(lock)).toHaveLength(1);
  });

  it('keeping the same draft twice is still one entry', async () => {
    const { lock } = freshLock();
    const id = randomUUID();
    const draft = note('only once', '2026-11-30T03:00:00Z');
    await saveDraft(lock, id, draft);
    const entry = entryFromDraft(draft, 'everyday', { id, now: draft.updatedAt ?? '' });
    await saveEntry(lock, entry, { draft: id });
    await saveEntry(lock, entry, { draft: id });
    expect((await listEntries(lock)).entries.map((e) => e.id)).toEqual([id]);
  });
});

describe('a draft for each unfinished entry', () => {
  it('two drafts written side by side (two tabs) are both kept and listed, newest first', async () => {
    const { lock, reopen } = freshLock();
    const first = randomUUID();
    const second = randomUUID();
    await saveDraft(lock, first, note('tab one: the neighbours again', '2026-11-30T01:00:00Z'));
    await saveDraft(lock, second, note('tab two: could not sleep', '2026-11-30T01:05:00Z'));
    await saveDraft(
      lock,
      first,
      note('tab one: the neighbours again, so loud', '2026-11-30T01:02:00Z'),
    );
    const list = await listDrafts(reopen());
    expect(list.map((d) => [d.id, d.draft.everyday])).toEqual([
      [second, 'tab two: could not sleep'],
      [first, 'tab one: the neighbours again, so loud'],
    ]);
    expect(list.every((d) => d.kind === 'everyday' && d.entry === null)).toBe(true);
  });

  it('a draft whose entry was saved after it is finished: not listed, and removed', async () => {
    const { lock } = freshLock();
    const id = randomUUID();
    const draft = note('saved just before the phone died', '2026-11-30T02:00:00Z');
    // As an older app could leave it: the entry saved, its draft not yet removed.
    await saveDraft(lock, id, draft);
    await saveEntry(lock, entryFromDraft(draft, 'everyday', { id, now: '2026-11-30T02:00:01Z' }));
    expect(await listDrafts(lock)).toEqual([]);
    expect(await loadDraft(lock, id)).toBeNull();
    expect(await countEntries(lock)).toBe(1);
  });

  it('changes to a saved entry, newer than it, are listed with the entry they change', async () => {
    const { lock } = freshLock();
    const entry = everyday('before', '2026-11-29T20:00:00.000Z');
    await saveEntry(lock, entry);
    await saveDraft(lock, entry.id, {
      ...note('before, and after', '2026-11-30T08:00:00Z'),
      entryId: entry.id,
    });
    const [changed] = await listDrafts(lock);
    expect(changed?.entry?.id).toBe(entry.id);
    expect(changed?.draft.everyday).toBe('before, and after');
  });

  it('deleting an entry deletes its unsaved changes too, so it does not come back as a draft', async () => {
    const { lock } = freshLock();
    const entry = everyday('to be deleted', '2026-11-29T20:00:00.000Z');
    await saveEntry(lock, entry);
    await saveDraft(lock, entry.id, note('to be deleted, changed', '2026-11-30T08:00:00Z'));
    await deleteEntry(lock, entry.id);
    expect(await listDrafts(lock)).toEqual([]);
  });

  it('a draft with nothing written in it is not offered', async () => {
    const { lock } = freshLock();
    await saveDraft(lock, randomUUID(), note('   ', '2026-11-30T02:00:00Z'));
    expect(await listDrafts(lock)).toEqual([]);
  });

  it('with a lock set, drafts are sealed: no words on disk, read back once unlocked', async () => {
    const { lock, dbName } = freshLock();
    await lock.setLock('pin', '2468');
    const id = randomUUID();
    await saveDraft(lock, id, note('private words at night', '2026-11-30T02:00:00Z'));
    await saveBoxDraft(lock, 'box:message', {
      texts: { message: 'private message' },
      updatedAt: '2026-11-30T02:00:00Z',
    });
    const raw = JSON.stringify(await (await openHiuDb({ name: dbName })).getAll('drafts'));
    expect(raw).not.toContain('private');
    expect((await listDrafts(lock))[0]?.draft.everyday).toBe('private words at night');
    expect((await loadBoxDraft(lock, 'box:message'))?.texts.message).toBe('private message');
  });
});

describe('the v7 step keeps the old one-slot drafts', () => {
  it('new-everyday, new-feeling and edit-<id> drafts become drafts of their own entries', async () => {
    const name = `drafts-${randomUUID()}`;
    const edited = everyday('saved words', '2026-11-01T09:00:00.000Z');
    const v5 = await openHiuDb({ name, version: 5 });
    const plain = (value: unknown) => ({ sealed: false as const, value });
    await v5.put('drafts', {
      id: 'new-everyday',
      updatedAt: '2026-11-30T01:00:00Z',
      body: plain(note('a note never saved', '2026-11-30T01:00:00Z')),
    });
    await v5.put('drafts', {
      id: 'new-feeling',
      updatedAt: '2026-11-30T02:00:00Z',
      body: plain({
        step: 2,
        happening: 'a feeling never saved',
        updatedAt: '2026-11-30T02:00:00Z',
      }),
    });
    await v5.put('drafts', {
      id: `edit-${edited.id}`,
      updatedAt: '2026-11-30T03:00:00Z',
      body: plain({ ...note('saved words, changed', '2026-11-30T03:00:00Z'), entryId: edited.id }),
    });
    v5.close();
    const lock = createLockState({ dbName: name, iterations: 1_000 });
    await saveEntry(lock, edited);
    const list = await listDrafts(lock);
    expect(list.map((d) => [d.kind, d.draft.everyday ?? d.draft.happening])).toEqual([
      ['everyday', 'saved words, changed'],
      ['feeling', 'a feeling never saved'],
      ['everyday', 'a note never saved'],
    ]);
    expect(list[0]?.id).toBe(edited.id);
    expect(list[0]?.entry?.id).toBe(edited.id);
    expect(list.slice(1).every((d) => /^[0-9a-f-]{36}$/.test(d.id) && d.entry === null)).toBe(true);
  });

  it('an old one-slot draft an older app saved but did not remove (a crash) is not offered again', async () => {
    const name = `legacy-${randomUUID()}`;
    const v5 = await openHiuDb({ name, version: 5 });
    const words = 'saved by the old app, then the phone died';
    await v5.put('drafts', {
      id: 'new-everyday',
      updatedAt: '2026-11-30T01:00:00.000Z',
      body: { sealed: false, value: note(words, '2026-11-30T01:00:00.000Z') },
    });
    await v5.put('drafts', {
      id: 'new-feeling',
      updatedAt: '2026-11-30T01:30:00.000Z',
      body: {
        sealed: false,
        value: {
          step: 2,
          kind: 'feeling',
          happening: 'not saved yet',
          updatedAt: '2026-11-30T01:30:00.000Z',
        },
      },
    });
    v5.close();
    const lock = createLockState({ dbName: name, iterations: 1_000 });
    await saveEntry(lock, { ...everyday(words, '2026-11-30T01:00:02.000Z') });
    const list = await listDrafts(lock);
    expect(list.map((d) => d.draft.happening ?? d.draft.everyday)).toEqual(['not saved yet']);
    expect(await (await lock.db()).count('drafts')).toBe(1);
    expect(await countEntries(lock)).toBe(1);
  });

  it('a draft sealed under its old slot still opens after the step, and is sealed under its id after a save', async () => {
    const lock = await lockedV5WithDraft('new-everyday', note('sealed before the update', T1));
    expect((await lock.unlock('1357')).ok).toBe(true);
    const [moved] = await listDrafts(lock);
    expect(moved?.draft.everyday).toBe('sealed before the update');
    expect(moved?.kind).toBe('everyday');
    if (!moved) return;
    await saveDraft(lock, moved.id, { ...moved.draft, everyday: 'and after it' });
    const record = await (await lock.db()).get('drafts', moved.id);
    expect(record?.sealedAs).toBeUndefined();
    expect((await loadDraft(lock, moved.id))?.everyday).toBe('and after it');
  });

  it('removing the lock opens a moved draft under its old slot and stores it plain under its id', async () => {
    const entryId = randomUUID();
    const lock = await lockedV5WithDraft(`edit-${entryId}`, note('changes sealed before', T1));
    expect((await lock.removeLock('1357')).ok).toBe(true);
    const record = await (await lock.db()).get('drafts', entryId);
    expect(record?.sealedAs).toBeUndefined();
    expect(record?.body).toMatchObject({
      sealed: false,
      value: { everyday: 'changes sealed before' },
    });
  });
});

const T1 = '2026-11-30T01:00:00Z';

/**
 * A locked phone (PIN 1357) on version 5 with one draft in an old slot, sealed under that slot,
 * opened by the app at the latest version. (Sealed on a phone at v7, then given to a v5 one.)
 */
async function lockedV5WithDraft(slot: string, draft: JournalDraft) {
  const old = freshLock();
  await old.lock.setLock('pin', '1357');
  await saveDraft(old.lock, slot, draft);
  const source = await old.lock.db();
  const [drafts, keys, metaKeys] = await Promise.all([
    source.getAll('drafts'),
    source.getAll('keys'),
    source.getAllKeys('meta'),
  ]);
  const name = `sealed-${randomUUID()}`;
  const v5 = await openHiuDb({ name, version: 5 });
  for (const record of drafts) await v5.put('drafts', record);
  for (const record of keys) await v5.put('keys', record);
  for (const key of metaKeys) await v5.put('meta', await source.get('meta', key), key);
  v5.close();
  return createLockState({ dbName: name, iterations: 1_000 });
}

describe('drafts left a long time', () => {
  it('a draft older than the chosen time is offered once, and never removed by itself', async () => {
    const { lock } = freshLock();
    const db = await lock.db();
    await writeDraftReminder(db, 3);
    const old = randomUUID();
    const recent = randomUUID();
    await saveDraft(lock, old, note('from last week', '2026-11-20T22:00:00Z'));
    await saveDraft(lock, recent, note('from yesterday', '2026-11-29T22:00:00Z'));
    const now = new Date('2026-11-30T22:00:00Z');
    const first = await takeOldDrafts(db, await listDrafts(lock), now);
    expect(first.map((d) => d.id)).toEqual([old]);
    expect(await takeOldDrafts(db, await listDrafts(lock), now)).toEqual([]);
    expect((await listDrafts(lock)).map((d) => d.id).sort()).toEqual([old, recent].sort());
    await clearDraft(lock, old);
    expect((await listDrafts(lock)).map((d) => d.id)).toEqual([recent]);
  });
});

describe('the other boxes', () => {
  it('a message queued to send removes the words left in its box, in the same transaction', async () => {
    const { lock } = freshLock();
    await saveBoxDraft(lock, 'box:message', {
      texts: { message: 'see you Thursday' },
      updatedAt: '2026-11-30T10:00:00Z',
    });
    const id = randomUUID();
    const watch = watchTransactions();
    stopWatching = watch.stop;
    await enqueue(
      lock,
      {
        id,
        kind: 'message',
        endpoint: 'device.sendMessage',
        json: { id, body: 'see you Thursday' },
        words: true,
      },
      new Date(),
      { draft: 'box:message' },
    );
    watch.stop();
    expect(watch.seen.filter((t) => t.mode === 'readwrite')).toEqual([
      { stores: ['drafts', 'outbox'], mode: 'readwrite', durability: 'strict' },
    ]);
    expect(await loadBoxDraft(lock, 'box:message')).toBeNull();
    expect(await (await lock.db()).count('outbox')).toBe(1);
  });
});
