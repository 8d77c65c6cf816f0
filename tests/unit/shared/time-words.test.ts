import { describe, expect, it } from 'vitest';
import {
  describeWhen,
  nhsClock,
  nhsDate,
  nhsDay,
  nhsDayTime,
  nhsTime,
  nhsWhen,
} from '#shared/time-words';

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

describe('clock times from agreed hours (HH:MM)', () => {
  it('reads 09:00 as 9am, 17:00 as 5pm, 12:00 as midday, 00:00 as midnight', () => {
    expect(nhsClock('09:00')).toBe('9am');
    expect(nhsClock('09:30')).toBe('9:30am');
    expect(nhsClock('17:00')).toBe('5pm');
    expect(nhsClock('12:00')).toBe('midday');
    expect(nhsClock('12:30')).toBe('12:30pm');
    expect(nhsClock('00:00')).toBe('midnight');
    expect(nhsClock('00:30')).toBe('12:30am');
    expect(nhsClock('23:59')).toBe('11:59pm');
  });

  it('matches nhsTime for every minute of a winter and a summer day', () => {
    for (const day of ['2026-12-02', '2026-07-02']) {
      const offset = day.startsWith('2026-07') ? 60 : 0;
      for (let m = 0; m < 24 * 60; m += 7) {
        const hh = String(Math.floor(m / 60)).padStart(2, '0');
        const mm = String(m % 60).padStart(2, '0');
        const instant = new Date(Date.parse(`${day}T${hh}:${mm}:00Z`) - offset * 60_000);
        expect(nhsTime(instant)).toBe(nhsClock(`${hh}:${mm}`));
      }
    }
  });
});

describe('dates as "Wednesday 2 December"', () => {
  it('names the weekday, day and month, with the year only when asked or not this year', () => {
    expect(nhsDate('2026-12-02')).toBe('Wednesday 2 December');
    expect(nhsDate('2027-01-04', true)).toBe('Monday 4 January 2027');
    const now = new Date('2026-12-02T05:24:00Z');
    expect(nhsDay(new Date('2026-12-02T23:30:00Z'), now)).toBe('Wednesday 2 December');
    expect(nhsDay(new Date('2027-01-04T09:00:00Z'), now)).toBe('Monday 4 January 2027');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(nhsDay(new Date('2026-06-30T23:30:00Z'), now)).toBe('Wednesday 1 July');
    expect(nhsDayTime(new Date('2026-12-02T05:23:00Z'), now)).toBe(
      'Wednesday 2 December at 5:23am',
    );
  });
});

describe('describeWhen: the day said every time', () => {
  const now = new Date('2026-11-04T10:00:00Z'); // Wednesday 4 November 2026, 10am GMT

  it('says today, tomorrow or yesterday', () => {
    expect(describeWhen(new Date('2026-11-04T14:30:00Z'), now)).toBe('2:30pm today');
    expect(describeWhen(new Date('2026-11-05T09:00:00Z'), now)).toBe('9am tomorrow');
    expect(describeWhen(new Date('2026-11-03T20:00:00Z'), now)).toBe('8pm yesterday');
    expect(describeWhen(new Date('2026-11-04T12:00:00Z'), now)).toBe('midday today');
  });

  it('names the day within the next week, then gives the date, with the year if not this year', () => {
    expect(describeWhen(new Date('2026-11-09T09:00:00Z'), now)).toBe('9am on Monday');
    expect(describeWhen(new Date('2026-11-16T09:00:00Z'), now)).toBe('9am on Monday 16 November');
    expect(describeWhen(new Date('2027-01-04T09:00:00Z'), now)).toBe(
      '9am on Monday 4 January 2027',
    );
  });

  it('uses London time, not UTC', () => {
    const summerNow = new Date('2026-06-05T21:10:00Z'); // Friday 10:10pm BST
    expect(describeWhen(new Date('2026-06-08T08:00:00Z'), summerNow)).toBe('9am on Monday');
    expect(describeWhen(new Date('2026-06-05T23:15:00Z'), summerNow)).toBe('12:15am tomorrow');
  });
});
