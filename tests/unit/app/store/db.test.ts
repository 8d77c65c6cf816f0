import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
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
      'drafts',
      'entries',
      'keys',
      'messages',
      'meta',
      'outbox',
      'plan',
      'shares',
    ]);
    const kept = await latest.getAll('entries');
    expect(kept.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(kept.find((r) => r.id === ids[3])?.body).toEqual({
      sealed: false,
      value: { text: 'entry 3' },
    });
    expect(await latest.get('drafts', 'new-feeling')).toBeDefined();
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

    const v3 = await openHiuDb({ name });
    expect(v3.version).toBe(3);
    expect(await v3.get('plan', 'own')).toBeDefined();
    expect(await v3.get('meta', 'device-profile')).toEqual({ token: 'kept' });
    expect(await v3.count('aside')).toBe(1);
    expect(await v3.count('outbox')).toBe(0);
    // The outbox keeps the order of sends and finds a send by its client-made id.
    await v3.add('outbox', {
      id: 'first',
      kind: 'message',
      method: 'POST',
      path: '/api/device/messages',
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
