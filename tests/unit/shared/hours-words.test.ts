import { describe, expect, it } from 'vitest';
import type { Hours } from '#shared/schemas/hours';
import { exceptionLines, weeklyLines } from '#shared/hours-words';
import { agreedHours } from '../../../src/app/store/profile-fields';

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

describe('coming changes on the service calendar', () => {
  const profile = {
    hours: { kind: 'weekly', weekly: weekdays('09:00', '17:00'), exceptions: [] } as Hours,
    calendar: {
      nations: ['scotland' as const],
      closures: [{ from: '2026-12-19', to: '2026-12-21', label: 'Team away days' }],
    },
  };

  it('lists the bank holidays and closures of the next four weeks, not days with no hours', () => {
    const now = new Date('2026-12-14T12:00:00Z');
    expect(exceptionLines(agreedHours(profile, now), now)).toEqual([
      // Saturday 19 and Sunday 20 are closed too, but there are no hours to change on them.
      'Not on Monday 21 December (Team away days)',
      'Not on Friday 25 December (Christmas Day)',
      'Not on Monday 28 December (Boxing Day, substitute day)',
      'Not on Friday 1 January (New Year’s Day)',
      'Not on Monday 4 January (2nd January, substitute day)',
    ]);
  });

  it('uses England and Wales for a profile sent before the calendar was', () => {
    const now = new Date('2027-03-20T12:00:00Z');
    const lines = exceptionLines(agreedHours({ hours: profile.hours }, now), now);
    expect(lines).toEqual([
      'Not on Friday 26 March (Good Friday)',
      'Not on Monday 29 March (Easter Monday)',
    ]);
  });
});
