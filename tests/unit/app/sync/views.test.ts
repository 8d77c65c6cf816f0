import { describe, expect, it } from 'vitest';
import type { OutboxRecord } from '../../../../src/app/store/db';
import { shareViews, threadItems, unseenCount } from '../../../../src/app/sync/views';

const ENTRY = '0b5e8a4e-1c1f-4f57-9d39-3a4f1c7e2b10';

function send(change: Partial<OutboxRecord>): OutboxRecord {
  return {
    seq: 1,
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    kind: 'share',
    endpoint: 'device.share',
    params: { entryId: ENTRY },
    body: null,
    words: true,
    subject: ENTRY,
    queuedAt: '2026-11-23T10:00:00Z',
    attempts: 0,
    notBefore: 0,
    failed: null,
    ...change,
  };
}

describe('what the screens show', () => {
  it('an entry waiting in the outbox is "waiting", even if an older copy is on the server', () => {
    const server = [
      { id: ENTRY, sharedAt: '2026-11-20T10:00:00Z', readAt: '2026-11-21T10:00:00Z' },
    ];
    expect(shareViews(server, [])[ENTRY]?.state).toBe('read');
    expect(shareViews(server, [send({})])[ENTRY]?.state).toBe('waiting');
    expect(
      shareViews(server, [send({ kind: 'withdraw', endpoint: 'device.withdraw' })])[ENTRY]?.state,
    ).toBe('stopping');
    expect(
      shareViews([], [send({ failed: { status: 400, error: 'x', at: '' } })])[ENTRY]?.state,
    ).toBe('failed');
  });

  it('the thread mixes sent and waiting messages in time order, without doubles', () => {
    const message = {
      id: 'b1b2c3d4-0000-4000-8000-000000000002',
      personId: 'c1b2c3d4-0000-4000-8000-000000000003',
      from: 'caseworker' as const,
      caseworkerId: null,
      body: 'Hello',
      sentAt: '2026-11-23T09:00:00Z',
      heldUntil: null,
      readAt: null,
    };
    const pending = [
      { record: send({ kind: 'message', queuedAt: '2026-11-23T09:30:00Z' }), id: 'p1', body: 'Hi' },
      { record: send({ kind: 'message' }), id: message.id, body: 'Hello' },
    ];
    const items = threadItems([message], pending);
    expect(items.map((i) => [i.body, i.pending])).toEqual([
      ['Hello', false],
      ['Hi', true],
    ]);
    expect(unseenCount(items, '2026-11-23T08:00:00Z')).toBe(1);
    expect(unseenCount(items, '2026-11-23T09:10:00Z')).toBe(0);
  });

  it("a sent photo shows from the phone's own copy, and one without a copy says it was sent", () => {
    const base = {
      personId: 'c1b2c3d4-0000-4000-8000-000000000003',
      from: 'person' as const,
      caseworkerId: null,
      body: '',
      heldUntil: null,
      readAt: null,
      photo: true as const,
    };
    const kept = {
      ...base,
      id: 'b1b2c3d4-0000-4000-8000-000000000004',
      sentAt: '2026-11-23T09:00:00Z',
    };
    const old = {
      ...base,
      id: 'b1b2c3d4-0000-4000-8000-000000000005',
      sentAt: '2026-11-23T10:00:00Z',
    };
    const url = 'data:image/jpeg;base64,/9j/4AAQ';
    const items = threadItems([kept, old], [], new Map([[kept.id, url]]));
    expect(items.map((i) => i.photo)).toEqual([{ url }, { url: null }]);
  });
});
