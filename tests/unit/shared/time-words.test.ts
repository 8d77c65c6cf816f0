import { describe, expect, it } from 'vitest';
import { nhsTime, nhsWhen } from '#shared/time-words';

describe('times in the NHS content style, London time', () => {
  it('says 9am, 5:30pm, midday and midnight, in summer and winter time', () => {
    expect(nhsTime(new Date('2026-12-02T09:00:00Z'))).toBe('9am');
    expect(nhsTime(new Date('2026-07-02T08:00:00Z'))).toBe('9am');
    expect(nhsTime(new Date('2026-12-02T17:30:00Z'))).toBe('5:30pm');
    expect(nhsTime(new Date('2026-12-02T05:23:00Z'))).toBe('5:23am');
    expect(nhsTime(new Date('2026-12-02T12:00:00Z'))).toBe('midday');
    expect(nhsTime(new Date('2026-12-02T00:00:00Z'))).toBe('midnight');
    expect(nhsTime(new Date('2026-12-02T00:05:00Z'))).toBe('12:05am');
  });

  it('adds the day only when it is not today', () => {
    const now = new Date('2026-12-02T05:24:00Z'); // Wednesday
    expect(nhsWhen(new Date('2026-12-02T09:00:00Z'), now)).toBe('9am');
    expect(nhsWhen(new Date('2026-12-03T09:00:00Z'), now)).toBe('9am tomorrow');
    expect(nhsWhen(new Date('2026-12-07T09:00:00Z'), now)).toBe('9am on Monday');
    expect(nhsWhen(new Date('2026-12-14T09:00:00Z'), now)).toBe('9am on Monday 14 December');
  });
});
