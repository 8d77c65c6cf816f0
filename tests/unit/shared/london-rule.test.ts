import { afterEach, describe, expect, it } from 'vitest';
import { checkLondonClockRule, londonOffsetMinutes, londonTime } from '#shared/london';
import {
  checkLondonRule,
  londonRuleTrusted,
  resetLondonRuleForTests,
  ruleOffsetMinutes,
  summerTime,
} from '#shared/london-rule';

/** The time zone database, read directly: the oracle the rule must match. */
const tz = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});
function tzdbOffset(ms: number): number {
  const get = Object.fromEntries(tz.formatToParts(ms).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(get.year!, get.month! - 1, get.day!, get.hour!, get.minute!);
  return Math.round((wall - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

const HOUR = 3_600_000;

afterEach(() => resetLondonRuleForTests());

describe('the clock-change rule', () => {
  it('gives the 2026 and 2027 changes the law sets', () => {
    expect(new Date(summerTime(2026).starts).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(new Date(summerTime(2026).ends).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(new Date(summerTime(2027).starts).toISOString()).toBe('2027-03-28T01:00:00.000Z');
    expect(new Date(summerTime(2027).ends).toISOString()).toBe('2027-10-31T01:00:00.000Z');
  });

  it('matches the time zone database an hour and a minute either side of every change from 1996 to 2099', () => {
    for (let year = 1996; year <= 2099; year++) {
      const { starts, ends } = summerTime(year);
      for (const change of [starts, ends]) {
        for (const ms of [change - HOUR, change - 60_000, change, change + 60_000, change + HOUR]) {
          expect(ruleOffsetMinutes(ms), new Date(ms).toISOString()).toBe(tzdbOffset(ms));
        }
      }
      for (const ms of [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1), Date.UTC(year, 11, 31, 23)]) {
        expect(ruleOffsetMinutes(ms), new Date(ms).toISOString()).toBe(tzdbOffset(ms));
      }
    }
  });

  it('leaves years it does not cover, and invalid dates, to the time zone database', () => {
    expect(ruleOffsetMinutes(Date.UTC(1995, 6, 1))).toBeUndefined();
    expect(ruleOffsetMinutes(Date.UTC(2100, 6, 1))).toBeUndefined();
    expect(ruleOffsetMinutes(NaN)).toBeUndefined();
    // 1995's summer time ended on 22 October, not the last Sunday (29th).
    expect(londonOffsetMinutes(new Date('1995-10-25T12:00:00Z'))).toBe(0);
  });

  it('agrees with this machine’s time zone database, so it stays in use', () => {
    expect(checkLondonClockRule(new Date('2026-12-07T09:00:00Z'))).toBe(true);
    expect(londonRuleTrusted()).toBe(true);
  });

  it('is dropped for good when the time zone database disagrees, and the database is used', () => {
    // A database in which the law changed: summer time all year from 2027.
    const changedLaw = (ms: number) =>
      new Date(ms).getUTCFullYear() >= 2027 ? 60 : (ruleOffsetMinutes(ms) ?? 0);
    expect(checkLondonRule(new Date('2026-12-07T09:00:00Z'), changedLaw)).toBe(false);
    expect(londonRuleTrusted()).toBe(false);
    expect(ruleOffsetMinutes(Date.UTC(2027, 0, 15))).toBeUndefined();
    // Readings now come from the real database (which still has the old law).
    expect(londonTime(new Date('2026-07-15T12:00:00Z'))).toBe('13:00');
    expect(checkLondonClockRule(new Date('2026-12-07T09:00:00Z'))).toBe(false);
  });
});
