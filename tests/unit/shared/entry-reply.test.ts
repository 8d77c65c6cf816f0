import { describe, expect, test } from 'vitest';
import { entryReplyOpening } from '#shared/entry-reply';

describe('the opening of a reply to a shared entry', () => {
  const now = new Date('2026-12-04T10:00:00Z');

  test('names the London day the entry was written', () => {
    expect(entryReplyOpening(new Date('2026-12-01T09:00:00Z'), now)).toBe(
      'About your entry from Tuesday 1 December: ',
    );
    // 11:30pm UTC on Tuesday 29 September is 12:30am on Wednesday in London (BST).
    expect(entryReplyOpening(new Date('2026-09-29T23:30:00Z'), now)).toBe(
      'About your entry from Wednesday 30 September: ',
    );
  });

  test('says the year only when it is not this year', () => {
    expect(entryReplyOpening(new Date('2025-12-30T12:00:00Z'), now)).toBe(
      'About your entry from Tuesday 30 December 2025: ',
    );
  });
});
