import { describe, expect, it } from 'vitest';
import {
  addDays,
  isoWeekday,
  londonDate,
  londonOffsetMinutes,
  londonParts,
  londonTime,
  londonToInstant,
} from '#shared/london';

const at = (iso: string) => new Date(iso);

describe('London wall clock', () => {
  it('shows GMT in winter and BST in summer', () => {
    expect(londonTime(at('2026-01-15T12:00:00Z'))).toBe('12:00');
    expect(londonTime(at('2026-07-15T12:00:00Z'))).toBe('13:00');
    expect(londonOffsetMinutes(at('2026-01-15T12:00:00Z'))).toBe(0);
    expect(londonOffsetMinutes(at('2026-07-15T12:00:00Z'))).toBe(60);
  });

  it('changes at 01:00 UTC on 29 March and 25 October 2026', () => {
    expect(londonTime(at('2026-03-29T00:59:00Z'))).toBe('00:59');
    expect(londonTime(at('2026-03-29T01:00:00Z'))).toBe('02:00');
    expect(londonTime(at('2026-10-25T00:59:00Z'))).toBe('01:59');
    expect(londonTime(at('2026-10-25T01:00:00Z'))).toBe('01:00');
  });

  it('agrees with the time zone database second by second, whatever it has been asked before', () => {
    const tz = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const oracle = (ms: number) => {
      const get = Object.fromEntries(tz.formatToParts(ms).map((p) => [p.type, p.value]));
      return {
        year: Number(get.year),
        month: Number(get.month),
        day: Number(get.day),
        hour: Number(get.hour),
        minute: Number(get.minute),
        second: Number(get.second),
        weekday: days.indexOf(String(get.weekday)) + 1,
      };
    };
    // Every 7 minutes 13 seconds either side of both 2026 clock changes, then moments spread
    // over 1975 to 2100 (a fixed sequence, so a failure repeats).
    const moments: number[] = [];
    for (const change of ['2026-03-29T01:00:00Z', '2026-10-25T01:00:00Z']) {
      const t = Date.parse(change);
      for (let d = -6 * 3_600_000; d <= 6 * 3_600_000; d += 433_000) moments.push(t + d);
    }
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 16807) % 2147483647;
      moments.push(Date.parse('1975-01-01T00:00:00Z') + (seed % 3_944_000) * 1_000_000 + 999);
    }
    for (const ms of moments)
      expect(londonParts(new Date(ms)), new Date(ms).toISOString()).toEqual(oracle(ms));
  });

  it('gives the London date and ISO weekday, which can differ from UTC', () => {
    const lateSundayUtc = at('2026-06-07T23:30:00Z'); // 00:30 BST on Monday 8 June
    expect(londonDate(lateSundayUtc)).toBe('2026-06-08');
    expect(londonParts(lateSundayUtc).weekday).toBe(1);
    expect(isoWeekday('2026-06-07')).toBe(7);
  });

  it('adds calendar days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('londonToInstant', () => {
  it('reads ordinary times in the right offset', () => {
    expect(londonToInstant('2026-01-15', '09:00')).toEqual(at('2026-01-15T09:00:00Z'));
    expect(londonToInstant('2026-07-15', '09:00')).toEqual(at('2026-07-15T08:00:00Z'));
  });

  it('puts a time in the spring gap at the moment the clocks change', () => {
    expect(londonToInstant('2026-03-29', '00:59')).toEqual(at('2026-03-29T00:59:00Z'));
    expect(londonToInstant('2026-03-29', '01:00')).toEqual(at('2026-03-29T01:00:00Z'));
    expect(londonToInstant('2026-03-29', '01:30')).toEqual(at('2026-03-29T01:00:00Z'));
    expect(londonToInstant('2026-03-29', '02:00')).toEqual(at('2026-03-29T01:00:00Z'));
    expect(londonToInstant('2026-03-29', '02:01')).toEqual(at('2026-03-29T01:01:00Z'));
  });

  it('takes the first of the two 01:30s in the autumn', () => {
    expect(londonToInstant('2026-10-25', '00:30')).toEqual(at('2026-10-24T23:30:00Z'));
    expect(londonToInstant('2026-10-25', '01:00')).toEqual(at('2026-10-25T00:00:00Z'));
    expect(londonToInstant('2026-10-25', '01:30')).toEqual(at('2026-10-25T00:30:00Z'));
    expect(londonToInstant('2026-10-25', '02:00')).toEqual(at('2026-10-25T02:00:00Z'));
  });

  it('round-trips every quarter hour of both clock-change days', () => {
    for (const date of ['2026-03-29', '2026-10-25']) {
      for (let m = 0; m < 24 * 60; m += 15) {
        const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const instant = londonToInstant(date, time);
        const inGap = date === '2026-03-29' && time >= '01:00' && time < '02:00';
        expect(londonTime(instant)).toBe(inGap ? '02:00' : time);
        expect(londonDate(instant)).toBe(date);
      }
    }
  });
});
