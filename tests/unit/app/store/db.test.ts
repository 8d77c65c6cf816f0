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
      'meta',
      'plan',
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
