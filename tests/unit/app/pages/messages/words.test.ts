import { describe, expect, it } from 'vitest';
import { arrivalWords, messageStatus } from '../../../../../src/app/pages/messages/words';
import type { ThreadItem } from '../../../../../src/app/state/sync';

const NOW = new Date('2026-11-27T22:10:00Z'); // Friday 22:10 in London

const item = (change: Partial<ThreadItem>): ThreadItem => ({
  id: '0b5e8a4e-1c1f-4f57-9d39-3a4f1c7e2b10',
  from: 'person',
  body: 'hello',
  at: NOW.toISOString(),
  pending: false,
  failed: false,
  heldUntil: null,
  readAt: null,
  photo: null,
  ...change,
});

describe('what a sent message says about itself', () => {
  it('one still on the phone is waiting to send', () => {
    expect(messageStatus(item({ pending: true }), 'Sam', NOW)).toBe('Waiting to send');
  });

  it('one sent outside agreed hours waits for the caseworker’s hours, and says until when', () => {
    expect(messageStatus(item({ heldUntil: '2026-11-30T09:00:00Z' }), 'Sam', NOW)).toBe(
      'Waiting for Sam’s hours. Sam will read this from 9am on Monday.',
    );
  });

  it('once the hours have begun it is simply sent, then read', () => {
    const later = new Date('2026-11-30T09:30:00Z');
    expect(messageStatus(item({ heldUntil: '2026-11-30T09:00:00Z' }), 'Sam', later)).toBe(
      'Sent to Sam',
    );
    expect(messageStatus(item({ readAt: '2026-11-30T09:40:00Z' }), 'Sam', later)).toBe(
      'Sam has read this',
    );
  });

  it('new messages are announced with who they are from', () => {
    expect(arrivalWords([item({ from: 'caseworker', body: 'See you soon' })], 'Sam')).toBe(
      'New message from Sam: See you soon',
    );
    expect(arrivalWords([item({}), item({})], 'Sam')).toBe('2 new messages from Sam.');
  });
});
