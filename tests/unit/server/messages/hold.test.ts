import { describe, expect, it } from 'vitest';
import type { Hours } from '#shared/schemas/hours';
import { holdUntil } from '../../../../src/server/messages/send';

const WEEKDAYS: Hours = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

describe('a message from the person', () => {
  it('sent within agreed hours is not held', () => {
    expect(holdUntil(WEEKDAYS, new Date('2026-11-23T10:00:00Z'))).toBeNull();
  });

  it('sent at 22:10 on a Friday is held until 09:00 on Monday', () => {
    expect(holdUntil(WEEKDAYS, new Date('2026-11-27T22:10:00Z'))?.toISOString()).toBe(
      '2026-11-30T09:00:00.000Z',
    );
  });

  it('sent in summer time is held until 09:00 London time (08:00 UTC)', () => {
    expect(holdUntil(WEEKDAYS, new Date('2026-06-05T21:10:00Z'))?.toISOString()).toBe(
      '2026-06-08T08:00:00.000Z',
    );
  });

  it('with no agreed hours at all is never held for ever: it goes now', () => {
    const none: Hours = { kind: 'weekly', weekly: [], exceptions: [] };
    expect(holdUntil(none, new Date('2026-11-27T22:10:00Z'))).toBeNull();
  });
});
