import { describe, expect, it } from 'vitest';
import type { Message } from '#shared/schemas/message';
import { heldWords, isHeld } from '../../../src/console/screens/person/messages/held';

const message = (over: Partial<Message>): Message => ({
  id: '00000000-0000-4000-8000-000000000001',
  personId: '00000000-0000-4000-8000-000000000002',
  from: 'person',
  caseworkerId: null,
  body: 'I feel scared tonight.',
  sentAt: '2026-12-02T05:23:00.000Z',
  heldUntil: '2026-12-02T09:00:00.000Z',
  readAt: null,
  ...over,
});

describe('a held message in the console', () => {
  const at0524 = new Date('2026-12-02T05:24:00Z');

  it('is held until its hours begin, and only while unread and from the person', () => {
    expect(isHeld(message({}), at0524)).toBe(true);
    expect(isHeld(message({}), new Date('2026-12-02T09:00:00Z'))).toBe(false);
    expect(isHeld(message({ heldUntil: null }), at0524)).toBe(false);
    expect(isHeld(message({ from: 'caseworker' }), at0524)).toBe(false);
    expect(isHeld(message({ readAt: '2026-12-02T09:01:00.000Z' }), at0524)).toBe(false);
  });

  it('is not held once the server has released it, even if this computer’s clock is behind', () => {
    expect(isHeld(message({ delivered: false }), at0524)).toBe(true);
    expect(isHeld(message({ delivered: true }), new Date('2026-12-02T08:59:00Z'))).toBe(false);
  });

  it('says when the person was told it will be read, in NHS time style', () => {
    expect(heldWords(message({}), 'Pat', at0524)).toBe(
      'Sent outside your agreed hours: Pat has been told you will read it from 9am.',
    );
    const friday = message({ heldUntil: '2026-12-07T09:00:00.000Z' });
    expect(heldWords(friday, 'Pat', new Date('2026-12-04T22:10:00Z'))).toBe(
      'Sent outside your agreed hours: Pat has been told you will read it from 9am on Monday.',
    );
  });
});
