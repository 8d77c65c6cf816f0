import { describe, expect, it } from 'vitest';
import type { Hours } from '#shared/schemas/hours';
import {
  exceptionLines,
  timeWords,
  weeklyLines,
} from '../../../../../src/app/components/team/hours-words';

const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, start, end }));

describe('agreed hours in plain words', () => {
  it('days in a row with the same times are said together', () => {
    const hours: Hours = {
      kind: 'weekly',
      weekly: [...weekdays('09:00', '17:00'), { day: 6, start: '10:00', end: '12:30' }],
      exceptions: [],
    };
    expect(weeklyLines(hours)).toEqual([
      'Monday to Friday: 9:00 to 17:00',
      'Saturday: 10:00 to 12:30',
    ]);
  });

  it('two days in a row say "and"; days apart are separate lines', () => {
    const hours: Hours = {
      kind: 'weekly',
      weekly: [
        { day: 1, start: '09:00', end: '12:00' },
        { day: 3, start: '09:00', end: '12:00' },
        { day: 6, start: '09:00', end: '12:00' },
        { day: 7, start: '09:00', end: '12:00' },
      ],
      exceptions: [],
    };
    expect(weeklyLines(hours)).toEqual([
      'Monday: 9:00 to 12:00',
      'Wednesday: 9:00 to 12:00',
      'Saturday and Sunday: 9:00 to 12:00',
    ]);
  });

  it('a day with two windows, and a window past midnight, read plainly', () => {
    const hours: Hours = {
      kind: 'weekly',
      weekly: [
        { day: 5, start: '18:00', end: '20:00' },
        { day: 5, start: '09:00', end: '12:00' },
        { day: 6, start: '22:00', end: '02:00' },
      ],
      exceptions: [],
    };
    expect(weeklyLines(hours)).toEqual([
      'Friday: 9:00 to 12:00 and 18:00 to 20:00',
      'Saturday: 22:00 to 2:00 the next day',
    ]);
  });

  it('always-open and empty hours have their own words', () => {
    expect(weeklyLines({ kind: 'always' })).toEqual(['Any day, any time']);
    expect(weeklyLines({ kind: 'weekly', weekly: [], exceptions: [] })).toEqual([
      'No set times yet',
    ]);
  });

  it('coming days off and changed days are listed; past ones are not', () => {
    const hours: Hours = {
      kind: 'weekly',
      weekly: weekdays('09:00', '17:00'),
      exceptions: [
        { date: '2026-12-25', label: 'Christmas Day', windows: [] },
        { date: '2026-12-24', windows: [{ start: '09:00', end: '12:00' }] },
        { date: '2026-11-02', label: 'Leave', windows: [] },
      ],
    };
    expect(exceptionLines(hours, new Date('2026-12-01T12:00:00Z'))).toEqual([
      'Thursday 24 December: 9:00 to 12:00',
      'Not on Friday 25 December (Christmas Day)',
    ]);
  });

  it('times drop the leading zero but keep midnight clear', () => {
    expect(timeWords('09:05')).toBe('9:05');
    expect(timeWords('00:30')).toBe('00:30');
    expect(timeWords('17:00')).toBe('17:00');
  });
});
