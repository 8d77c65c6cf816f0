import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  dayLabel,
  groupByDay,
  londonDay,
  londonTime,
} from '../../../../../src/app/pages/journal/days';

describe('journal days in London time', () => {
  it('an entry at 00:30 BST belongs to that London day, not the UTC day before', () => {
    expect(londonDay(new Date('2026-07-10T23:30:00Z'))).toBe('2026-07-11');
    expect(londonDay(new Date('2026-01-10T23:30:00Z'))).toBe('2026-01-10');
  });

  it('the night the clocks go back still has one day boundary at London midnight', () => {
    // 25 October 2026: 01:59 BST is followed by 01:00 GMT.
    expect(londonDay(new Date('2026-10-24T22:59:00Z'))).toBe('2026-10-24');
    expect(londonDay(new Date('2026-10-24T23:00:00Z'))).toBe('2026-10-25');
    expect(londonDay(new Date('2026-10-25T23:59:00Z'))).toBe('2026-10-25');
    expect(londonDay(new Date('2026-10-26T00:00:00Z'))).toBe('2026-10-26');
  });

  it('the day before crosses months, years and the spring clock change', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
    expect(dayBefore('2026-03-30')).toBe('2026-03-29');
  });

  it('labels read Today, Yesterday, then the date (with the year only if not this year)', () => {
    const now = new Date('2026-03-30T00:10:00+01:00');
    expect(dayLabel('2026-03-30', now)).toBe('Today');
    expect(dayLabel('2026-03-29', now)).toBe('Yesterday');
    expect(dayLabel('2026-03-27', now)).toBe('Friday 27 March');
    expect(dayLabel('2025-12-25', now)).toBe('Thursday 25 December 2025');
  });

  it('"Today" follows London midnight, not UTC midnight', () => {
    const justAfterMidnightBst = new Date('2026-06-01T23:15:00Z'); // 00:15 on 2 June in London
    expect(dayLabel('2026-06-02', justAfterMidnightBst)).toBe('Today');
    expect(dayLabel('2026-06-01', justAfterMidnightBst)).toBe('Yesterday');
  });

  it('times read like 9:05pm in London time', () => {
    expect(londonTime(new Date('2026-07-10T20:05:00Z'))).toBe('9:05pm');
    expect(londonTime(new Date('2026-01-10T00:30:00Z'))).toBe('12:30am');
  });

  it('entries are grouped by London day, newest day first, keeping their order', () => {
    const now = new Date('2026-06-02T08:00:00Z');
    const items = [
      { id: 'c', createdAt: '2026-06-02T07:00:00Z' },
      { id: 'b', createdAt: '2026-06-01T23:30:00Z' }, // 00:30 on 2 June in London
      { id: 'a', createdAt: '2026-06-01T22:30:00Z' }, // 23:30 on 1 June in London
      { id: 'z', createdAt: '2026-05-20T12:00:00Z' },
    ];
    const groups = groupByDay(items, now);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Today', ['c', 'b']],
      ['Yesterday', ['a']],
      ['Wednesday 20 May', ['z']],
    ]);
  });
});
