import { describe, expect, it } from 'vitest';
import { bankHolidays } from '../../../src/shared/bank-holidays';
import { followCalendar, type ServiceCalendar } from '../../../src/shared/calendar';
import { isOpen, nextOpening } from '../../../src/shared/hours';
import { londonToInstant } from '../../../src/shared/london';
import type { Hours } from '../../../src/shared/schemas/hours';

const dates = (n: Parameters<typeof bankHolidays>[0], y: number) =>
  bankHolidays(n, y).map((h) => h.date);

// Dates as GOV.UK publishes them (www.gov.uk/bank-holidays).
describe('bank holidays, England and Wales', () => {
  const expected: Record<number, string[]> = {
    2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
    2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
    2028: ['01-03', '04-14', '04-17', '05-01', '05-29', '08-28', '12-25', '12-26'],
    2029: ['01-01', '03-30', '04-02', '05-07', '05-28', '08-27', '12-25', '12-26'],
    2030: ['01-01', '04-19', '04-22', '05-06', '05-27', '08-26', '12-25', '12-26'],
  };
  for (const [year, days] of Object.entries(expected)) {
    it(`${year}`, () => {
      expect(dates('england-and-wales', Number(year))).toEqual(days.map((d) => `${year}-${d}`));
    });
  }
  it('names substitute days', () => {
    const xmas = bankHolidays('england-and-wales', 2027).filter((h) => h.date >= '2027-12-01');
    expect(xmas).toEqual([
      { date: '2027-12-27', label: 'Christmas Day (substitute day)' },
      { date: '2027-12-28', label: 'Boxing Day (substitute day)' },
    ]);
  });
});

describe('bank holidays, Scotland', () => {
  const expected: Record<number, string[]> = {
    2026: ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
    2027: ['01-01', '01-04', '03-26', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
    2028: ['01-03', '01-04', '04-14', '05-01', '05-29', '08-07', '11-30', '12-25', '12-26'],
    2029: ['01-01', '01-02', '03-30', '05-07', '05-28', '08-06', '11-30', '12-25', '12-26'],
    2030: ['01-01', '01-02', '04-19', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
  };
  for (const [year, days] of Object.entries(expected)) {
    it(`${year}`, () => {
      expect(dates('scotland', Number(year))).toEqual(days.map((d) => `${year}-${d}`));
    });
  }
});

describe('bank holidays, Northern Ireland', () => {
  const expected: Record<number, string[]> = {
    2026: [
      '01-01',
      '03-17',
      '04-03',
      '04-06',
      '05-04',
      '05-25',
      '07-13',
      '08-31',
      '12-25',
      '12-28',
    ],
    2027: [
      '01-01',
      '03-17',
      '03-26',
      '03-29',
      '05-03',
      '05-31',
      '07-12',
      '08-30',
      '12-27',
      '12-28',
    ],
    2028: [
      '01-03',
      '03-17',
      '04-14',
      '04-17',
      '05-01',
      '05-29',
      '07-12',
      '08-28',
      '12-25',
      '12-26',
    ],
    2029: [
      '01-01',
      '03-19',
      '03-30',
      '04-02',
      '05-07',
      '05-28',
      '07-12',
      '08-27',
      '12-25',
      '12-26',
    ],
    2030: [
      '01-01',
      '03-18',
      '04-19',
      '04-22',
      '05-06',
      '05-27',
      '07-12',
      '08-26',
      '12-25',
      '12-26',
    ],
  };
  for (const [year, days] of Object.entries(expected)) {
    it(`${year}`, () => {
      expect(dates('northern-ireland', Number(year))).toEqual(days.map((d) => `${year}-${d}`));
    });
  }
});

const gp: Hours = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:30' })),
  exceptions: [],
};
const england: ServiceCalendar = { nations: ['england-and-wales'], closures: [] };
const at = (date: string, time: string) => londonToInstant(date, time);

describe('hours following the calendar', () => {
  it('a GP surgery is closed on Christmas Day 2027 and the Boxing Day substitute', () => {
    const h = followCalendar(gp, england, 'follow', '2027-12-01', '2028-01-31');
    expect(isOpen(h, at('2027-12-27', '10:00'))).toBe(false);
    expect(isOpen(h, at('2027-12-28', '10:00'))).toBe(false);
    expect(nextOpening(h, at('2027-12-25', '10:00'))).toEqual(at('2027-12-29', '08:00'));
    expect(isOpen(gp, at('2027-12-27', '10:00'))).toBe(true);
  });
  it('a 24/7 line stays open on Christmas Day', () => {
    const h = followCalendar({ kind: 'always' }, england, 'follow', '2027-12-01', '2027-12-31');
    expect(isOpen(h, at('2027-12-25', '10:00'))).toBe(true);
  });
  it('a card that ignores the calendar keeps its hours', () => {
    const h = followCalendar(gp, england, 'ignore', '2027-12-01', '2027-12-31');
    expect(isOpen(h, at('2027-12-27', '10:00'))).toBe(true);
  });
  it('a card’s own exception wins over the calendar', () => {
    const own: Hours = {
      ...gp,
      exceptions: [{ date: '2027-12-27', windows: [{ start: '10:00', end: '12:00' }] }],
    };
    const h = followCalendar(own, england, 'follow', '2027-12-01', '2027-12-31');
    expect(isOpen(h, at('2027-12-27', '11:00'))).toBe(true);
    expect(isOpen(h, at('2027-12-28', '11:00'))).toBe(false);
  });
  it('a team closure over a weekend closes every day it covers', () => {
    const cal: ServiceCalendar = {
      nations: [],
      closures: [{ from: '2026-03-13', to: '2026-03-16', label: 'Team training' }],
    };
    const h = followCalendar(gp, cal, 'follow', '2026-03-01', '2026-03-31');
    expect(isOpen(h, at('2026-03-13', '10:00'))).toBe(false);
    expect(isOpen(h, at('2026-03-16', '10:00'))).toBe(false);
    expect(nextOpening(h, at('2026-03-13', '10:00'))).toEqual(at('2026-03-17', '08:00'));
    expect(h.kind === 'weekly' && h.exceptions.map((e) => e.date)).toEqual([
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
    ]);
  });
});
