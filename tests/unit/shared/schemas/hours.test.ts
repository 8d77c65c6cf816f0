import { describe, expect, it } from 'vitest';
import { Hours } from '#shared/schemas/hours';

const weekly = (over: Record<string, unknown> = {}) => ({
  kind: 'weekly',
  weekly: [{ day: 1, start: '09:00', end: '17:00' }],
  exceptions: [{ date: '2026-08-31', label: 'Bank holiday', windows: [] }],
  ...over,
});

describe('Hours schema', () => {
  it('round-trips weekly hours with exceptions, and always', () => {
    expect(Hours.parse(weekly())).toEqual(weekly());
    expect(Hours.parse({ kind: 'always' })).toEqual({ kind: 'always' });
  });

  it('rejects days outside 1..7 and bad times', () => {
    for (const day of [0, 8, 1.5]) {
      expect(
        Hours.safeParse(weekly({ weekly: [{ day, start: '09:00', end: '17:00' }] })).success,
      ).toBe(false);
    }
    for (const start of ['24:00', '9:5', '9:00']) {
      expect(Hours.safeParse(weekly({ weekly: [{ day: 1, start, end: '17:00' }] })).success).toBe(
        false,
      );
    }
  });

  it('rejects two exceptions for the same date and an over-long label', () => {
    const twice = [
      { date: '2026-08-31', windows: [] },
      { date: '2026-08-31', windows: [{ start: '09:00', end: '12:00' }] },
    ];
    expect(Hours.safeParse(weekly({ exceptions: twice })).success).toBe(false);
    const label = 'x'.repeat(81);
    expect(
      Hours.safeParse(weekly({ exceptions: [{ date: '2026-08-31', label, windows: [] }] })).success,
    ).toBe(false);
  });

  it('rejects an unknown kind', () => {
    expect(Hours.safeParse({ kind: 'sometimes' }).success).toBe(false);
  });
});
