import { describe, expect, it } from 'vitest';
import { DeviceTokenCache } from '../../../../src/server/auth/device-cache';
import type { DeviceAuthRow } from '../../../../src/server/db/tables/devices.table';

const row = (over: Partial<DeviceAuthRow> = {}): DeviceAuthRow => ({
  id: '00000000-0000-4000-8000-0000000000d1',
  service_id: '00000000-0000-4000-8000-00000000000a',
  person_id: '00000000-0000-4000-8000-0000000000a1',
  revoked_at: null,
  last_seen_at: new Date(0),
  profile_version: 1,
  ...over,
});

describe('the phone token cache', () => {
  it('keeps a check for a while, then asks again', () => {
    const cache = new DeviceTokenCache(1000);
    cache.set('hash', row(), cache.generation(), 0);
    expect(cache.get('hash', 999)?.profile_version).toBe(1);
    expect(cache.get('hash', 1001)).toBeUndefined();
  });

  it('does not keep a read that began before an invalidation (it may be old)', () => {
    const cache = new DeviceTokenCache();
    const generation = cache.generation();
    cache.onMessage({ kind: 'profile-changed', personIds: [row().person_id] });
    cache.set('hash', row(), generation, 0);
    expect(cache.get('hash', 1)).toBeUndefined();
  });

  it('forgets a revoked phone, a changed profile, and everything after a gap', () => {
    const cache = new DeviceTokenCache();
    cache.set('a', row(), cache.generation(), 0);
    cache.onMessage({ kind: 'device-revoked', deviceId: row().id });
    expect(cache.get('a', 1)).toBeUndefined();
    cache.set('b', row(), cache.generation(), 0);
    cache.onMessage({ kind: 'profile-changed', personIds: [row().person_id] });
    expect(cache.get('b', 1)).toBeUndefined();
    cache.set(
      'c',
      row({ person_id: '00000000-0000-4000-8000-0000000000a2' }),
      cache.generation(),
      0,
    );
    cache.onMessage({ kind: 'gap' });
    expect(cache.size).toBe(0);
  });

  it('never keeps a revoked phone', () => {
    const cache = new DeviceTokenCache();
    cache.set('hash', row({ revoked_at: new Date(0) }), cache.generation(), 0);
    expect(cache.size).toBe(0);
  });
});
