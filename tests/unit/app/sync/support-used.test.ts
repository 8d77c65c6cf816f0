import { describe, expect, it } from 'vitest';
import type { SupportUsed } from '#shared/schemas/contact';
import type { OutboxRecord } from '../../../../src/app/store/db';
import { supportNow } from '../../../../src/app/sync/support-used';

const CARD = '11111111-1111-4111-8111-111111111111';
const names = (id: string) => (id === CARD ? 'The Lighthouse drop-in' : undefined);

function waiting(kind: 'support' | 'support-undo', subject: string, value?: object): OutboxRecord {
  return {
    id: `${kind}-${subject}`,
    kind,
    endpoint: kind === 'support' ? 'device.logSupport' : 'device.undoSupport',
    params: { supportId: subject },
    body: value ? { sealed: false, value } : null,
    words: false,
    subject,
    queuedAt: '2026-12-02T19:00:00Z',
    attempts: 0,
    notBefore: 0,
    failed: null,
  } as OutboxRecord;
}

const synced: SupportUsed = {
  id: 'a',
  at: '2026-12-01T18:00:00.000Z',
  guideContactId: CARD,
  kind: 'visit',
  name: 'The Lighthouse drop-in',
};

describe('support used as the phone knows it', () => {
  it('shows a tap still in the outbox at once, named from the guide', () => {
    const outbox = [
      waiting('support', 'b', {
        at: '2026-12-02T19:00:00.000Z',
        guideContactId: CARD,
        kind: 'visit',
      }),
    ];
    expect(supportNow([synced], outbox, names).map((u) => [u.id, u.name])).toEqual([
      ['a', 'The Lighthouse drop-in'],
      ['b', 'The Lighthouse drop-in'],
    ]);
  });

  it('a waiting undo hides it; a refused send or a card no longer in the guide is not shown', () => {
    const refused = {
      ...waiting('support', 'c', {
        at: '2026-12-02T19:00:00Z',
        guideContactId: CARD,
        kind: 'visit',
      }),
      failed: { status: 400, error: 'invalid_input', at: '2026-12-02T19:01:00Z' },
    };
    const gone = waiting('support', 'd', {
      at: '2026-12-02T19:00:00Z',
      guideContactId: '22222222-2222-4222-8222-222222222222',
      kind: 'call',
    });
    expect(supportNow([synced], [waiting('support-undo', 'a'), refused, gone], names)).toEqual([]);
  });
});
