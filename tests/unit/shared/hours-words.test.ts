import { describe, expect, it } from 'vitest';
import type { Hours } from '#shared/schemas/hours';
import { exceptionLines, weeklyLines } from '#shared/hours-words';

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
      'Monday to Friday: 9am to 5pm',
      'Saturday: 10am to 12:30pm',
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
      'Monday: 9am to midday',
      'Wednesday: 9am to midday',
      'Saturday and Sunday: 9am to midday',
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
      'Friday: 9am to midday and 6pm to 8pm',
      'Saturday: 10pm to 2am the next day',
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
      'Thursday 24 December: 9am to midday',
      'Not on Friday 25 December (Christmas Day)',
    ]);
  });

  it('a window that ends at midnight ends that day, not "the next day"', () => {
    const hours: Hours = {
      kind: 'weekly',
      weekly: [{ day: 5, start: '18:00', end: '00:00' }],
      exceptions: [],
    };
    expect(weeklyLines(hours)).toEqual(['Friday: 6pm to midnight']);
  });
});
