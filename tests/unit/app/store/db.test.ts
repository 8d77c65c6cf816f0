import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openHiuDb } from '../../../../src/app/store/db';

describe('the IndexedDB upgrade ladder', () => {
  it('a version 1 database with entries opens at the latest version with every entry kept', async () => {
    const name = `ladder-${randomUUID()}`;
    const v1 = await openHiuDb({ name, version: 1 });
    expect([...v1.objectStoreNames].sort()).toEqual(['drafts', 'entries', 'meta']);
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const id = randomUUID();
      ids.push(id);
      await v1.put('entries', {
        id,
        createdAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
        kind: 'everyday',
        body: { sealed: false, value: { text: `entry ${i}` } },
      });
    }
    await v1.put('drafts', {
      id: 'new-feeling',
      updatedAt: '2026-01-01T00:00:00Z',
      body: { sealed: false, value: { step: 2 } },
    });
    v1.close();

    const latest = await openHiuDb({ name });
    expect(latest.version).toBe(DB_VERSION);
    expect([...latest.objectStoreNames].sort()).toEqual([
      'aside',
      'checkins',
      'drafts',
      'entries',
      'hope',
      'keys',
      'messages',
      'meta',
      'outbox',
      'plan',
      'search',
      'sent-photos',
      'shares',
    ]);
    const kept = await latest.getAll('entries');
    expect(kept.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(kept.find((r) => r.id === ids[3])?.body).toEqual({
      sealed: false,
      value: { text: 'entry 3' },
    });
    // The old one-slot draft is kept, under an entry id of its own (the v7 step).
    const drafts = await latest.getAll('drafts');
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ sealedAs: 'new-feeling', body: { value: { step: 2 } } });
    const newest = await latest.getAllFromIndex('entries', 'by-created');
    expect(newest.at(-1)?.id).toBe(ids[24]);
    latest.close();
  });

  it('a version 2 database with a plan, a lock key and aside records keeps them all at version 3', async () => {
    const name = `ladder-${randomUUID()}`;
    const v2 = await openHiuDb({ name, version: 2 });
    await v2.put('plan', {
      id: 'own',
      updatedAt: '2026-01-01T00:00:00Z',
      body: { sealed: false, value: { text: 'tea' } },
    });
    await v2.put('meta', { token: 'kept' }, 'device-profile');
    await v2.add('aside', {
      from: 'entries',
      key: 'x',
      reason: 'test',
      keptAt: '2026-01-01T00:00:00Z',
      record: { broken: true },
    });
    v2.close();

    const v3 = await openHiuDb({ name, version: 3 });
    expect(v3.version).toBe(3);
    expect(await v3.get('plan', 'own')).toBeDefined();
    expect(await v3.get('meta', 'device-profile')).toEqual({ token: 'kept' });
    expect(await v3.count('aside')).toBe(1);
    expect(await v3.count('outbox')).toBe(0);
    // The outbox keeps the order of sends and finds a send by its client-made id.
    await v3.add('outbox', {
      id: 'first',
      kind: 'message',
      endpoint: 'device.sendMessage',
      params: {},
      body: null,
      words: false,
      subject: null,
      queuedAt: '2026-01-01T00:00:00Z',
      attempts: 0,
      notBefore: 0,
      failed: null,
    });
    expect(await v3.getKeyFromIndex('outbox', 'by-id', 'first')).toBe(1);
    v3.close();
  });

  it('a version 3 database with entries, messages and a waiting send keeps them all at version 4', async () => {
    const name = `ladder-${randomUUID()}`;
    const v3 = await openHiuDb({ name, version: 3 });
    const entryId = randomUUID();
    await v3.put('entries', {
      id: entryId,
      createdAt: '2026-11-01T20:00:00Z',
      kind: 'feeling',
      body: { sealed: false, value: { words: 'kept' } },
    });
    await v3.put('messages', {
      id: 'm1',
      sentAt: '2026-11-01T20:00:00Z',
      body: { sealed: false, value: { body: 'hi' } },
    });
    await v3.put('shares', { id: entryId, sharedAt: '2026-11-01T20:00:00Z', readAt: null });
    await v3.put('plan', {
      id: 'synced',
      updatedAt: '2026-11-01T20:00:00Z',
      body: { sealed: false, value: { p: 1 } },
    });
    await v3.put('meta', { kept: true }, 'device-profile');
    await v3.add('outbox', {
      id: 'waiting',
      kind: 'message',
      endpoint: 'device.sendMessage',
      params: {},
      body: null,
      words: false,
      subject: null,
      queuedAt: '2026-11-01T20:00:00Z',
      attempts: 1,
      notBefore: 0,
      failed: null,
    });
    v3.close();

    const v4 = await openHiuDb({ name, version: 4 });
    expect(v4.version).toBe(4);
    expect((await v4.get('entries', entryId))?.body).toEqual({
      sealed: false,
      value: { words: 'kept' },
    });
    expect(await v4.count('messages')).toBe(1);
    expect(await v4.get('shares', entryId)).toBeDefined();
    expect(await v4.get('plan', 'synced')).toBeDefined();
    expect(await v4.get('meta', 'device-profile')).toEqual({ kept: true });
    expect((await v4.getFromIndex('outbox', 'by-id', 'waiting'))?.attempts).toBe(1);
    // Check-ins are listed by when they were done.
    await v4.put('checkins', {
      id: 'b',
      at: '2026-11-02T10:00:00Z',
      body: { sealed: false, value: 1 },
    });
    await v4.put('checkins', {
      id: 'a',
      at: '2026-11-01T10:00:00Z',
      body: { sealed: false, value: 2 },
    });
    expect((await v4.getAllFromIndex('checkins', 'by-at')).map((r) => r.id)).toEqual(['a', 'b']);
    v4.close();
  });

  it('a version 4 database gets an empty search store at version 5, with every entry kept', async () => {
    const name = `ladder-${randomUUID()}`;
    const v4 = await openHiuDb({ name, version: 4 });
    const entryId = randomUUID();
    await v4.put('entries', {
      id: entryId,
      createdAt: '2026-11-01T20:00:00Z',
      kind: 'everyday',
      body: { sealed: false, value: { words: 'kept' } },
    });
    await v4.put('checkins', {
      id: 'c',
      at: '2026-11-01T10:00:00Z',
      body: { sealed: false, value: 1 },
    });
    v4.close();

    const v5 = await openHiuDb({ name, version: 5 });
    expect(v5.version).toBe(5);
    expect((await v5.get('entries', entryId))?.body).toEqual({
      sealed: false,
      value: { words: 'kept' },
    });
    expect(await v5.count('checkins')).toBe(1);
    // Empty: the first search builds the index from the entries.
    expect(await v5.count('search')).toBe(0);
    v5.close();
  });

  it('a version 5 outbox keeps every send at version 6, each naming its endpoint', async () => {
    const name = `ladder-${randomUUID()}`;
    const v5 = await openHiuDb({ name, version: 5 });
    await v5.close();
    // Written as version 5 of the app wrote them: a method and a path.
    const raw = await openDB(name, 5);
    const entryId = randomUUID();
    const contactId = randomUUID();
    const old = (id: string, kind: string, method: string, path: string, failed = null) => ({
      id,
      kind,
      method,
      path,
      body: { sealed: false, value: { words: id } },
      words: true,
      subject: null,
      queuedAt: '2026-11-01T20:00:00Z',
      attempts: 2,
      notBefore: 0,
      failed,
    });
    await raw.add('outbox', old('m', 'message', 'POST', '/api/device/messages'));
    await raw.add('outbox', old('s', 'share', 'PUT', `/api/device/shared-entries/${entryId}`));
    await raw.add(
      'outbox',
      old('u', 'contact-undo', 'DELETE', `/api/device/contacts/${contactId}`),
    );
    await raw.add('outbox', old('x', 'share', 'PUT', '/api/device/telegrams/1'));
    raw.close();

    const v6 = await openHiuDb({ name });
    expect(DB_VERSION).toBe(9);
    const records = await v6.getAll('outbox');
    expect(records.map((r) => [r.seq, r.id, r.endpoint, r.params])).toEqual([
      [1, 'm', 'device.sendMessage', {}],
      [2, 's', 'device.share', { entryId }],
      [3, 'u', 'device.undoContact', { contactId }],
      [4, 'x', 'PUT /api/device/telegrams/1', {}],
    ]);
    for (const record of records) {
      expect(record).not.toHaveProperty('method');
      expect(record).not.toHaveProperty('path');
      expect(record.body).toEqual({ sealed: false, value: { words: record.id } });
      expect(record.attempts).toBe(2);
    }
    // Nothing known was marked failed; the one this version cannot place waits for the person.
    expect(records.slice(0, 3).every((r) => r.failed === null)).toBe(true);
    expect(records[3]?.failed).toMatchObject({ status: 0, error: 'not_understood' });
    expect(await v6.getKeyFromIndex('outbox', 'by-id', 's')).toBe(2);
    v6.close();
  });

  it('opening the latest version twice changes nothing', async () => {
    const name = `ladder-${randomUUID()}`;
    const first = await openHiuDb({ name });
    await first.put('meta', 'kept', 'note');
    first.close();
    const second = await openHiuDb({ name });
    expect(await second.get('meta', 'note')).toBe('kept');
    second.close();
  });
});
