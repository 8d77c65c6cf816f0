import { describe, expect, it } from 'vitest';
import type { BusMessage } from '../../../../src/server/live/bus';
import { CaseloadCache, type CaseloadKey } from '../../../../src/server/people/caseload-cache';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const key = (over: Partial<CaseloadKey> = {}): CaseloadKey => ({
  serviceId: A,
  caseworkerId: '00000000-0000-4000-8000-0000000000c1',
  role: 'caseworker',
  day: '2026-11-23',
  what: 'list',
  ...over,
});
const live = (serviceId: string): BusMessage => ({
  kind: 'live',
  type: 'message',
  serviceId,
  personId: '00000000-0000-4000-8000-0000000000a1',
  caseworkerIds: [],
  quiet: false,
  at: '2026-11-23T10:00:00.000Z',
});

describe('the caseload cache', () => {
  it('keeps an answer for a while, then asks again', () => {
    const cache = new CaseloadCache(1000);
    cache.set(key(), '[]', cache.generation(A), 0);
    expect(cache.get(key(), 999)).toBe('[]');
    expect(cache.get(key(), 1001)).toBeUndefined();
  });

  it('keeps answers apart by who asked, their role, the London day and what they read', () => {
    const cache = new CaseloadCache();
    cache.set(key(), 'mine', cache.generation(A), 0);
    expect(cache.get(key({ caseworkerId: '00000000-0000-4000-8000-0000000000c2' }), 1)).toBe(
      undefined,
    );
    expect(cache.get(key({ role: 'lead' }), 1)).toBeUndefined();
    expect(cache.get(key({ day: '2026-11-24' }), 1)).toBeUndefined();
    expect(cache.get(key({ what: '00000000-0000-4000-8000-0000000000a1' }), 1)).toBeUndefined();
    expect(cache.get(key(), 1)).toBe('mine');
  });

  it("drops a service's answers on news of it, and only that service's", () => {
    const cache = new CaseloadCache();
    cache.set(key(), 'a', cache.generation(A), 0);
    cache.set(key({ serviceId: B }), 'b', cache.generation(B), 0);
    cache.onMessage(live(A));
    expect(cache.get(key(), 1)).toBeUndefined();
    expect(cache.get(key({ serviceId: B }), 1)).toBe('b');
    cache.onMessage({ kind: 'caseload-changed', serviceId: B });
    expect(cache.get(key({ serviceId: B }), 1)).toBeUndefined();
  });

  it('does not keep a read that began before a change (it may be old)', () => {
    const cache = new CaseloadCache();
    const generation = cache.generation(A);
    cache.onMessage(live(A));
    cache.set(key(), 'old', generation, 0);
    expect(cache.get(key(), 1)).toBeUndefined();
    const beforeGap = cache.generation(A);
    cache.onMessage({ kind: 'gap' });
    cache.set(key(), 'old', beforeGap, 0);
    expect(cache.size).toBe(0);
  });

  it('forgets an answer kept in the future (the clock went back) and the oldest past its size', () => {
    const cache = new CaseloadCache(30_000, 2);
    cache.set(key(), 'x', cache.generation(A), 100);
    expect(cache.get(key(), 50)).toBeUndefined();
    for (const what of ['1', '2', '3']) cache.set(key({ what }), what, cache.generation(A), 0);
    expect(cache.size).toBe(2);
    expect(cache.get(key({ what: '1' }), 1)).toBeUndefined();
    expect(cache.get(key({ what: '3' }), 1)).toBe('3');
  });
});
