/**
 * UK bank holidays by nation, worked out from the rules in the Banking and Financial Dealings
 * Act 1971 and the royal proclamations GOV.UK publishes (no network at run time).
 *
 * - Fixed dates that fall on a weekend get a substitute day: the next weekday that is not
 *   already a bank holiday (Christmas on a Saturday moves to Monday 27th, Boxing Day to 28th).
 * - One-off holidays (a coronation, a jubilee) are not in the rules; they go in `ONE_OFF`
 *   when proclaimed, and a team can always add them as a closure.
 */
import { addDays, isoWeekday } from './london';
import type { LocalDate } from './schemas/common';
import { byIsoText } from './order';

export const NATIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type Nation = (typeof NATIONS)[number];

export interface BankHoliday {
  date: LocalDate;
  label: string;
}

/** Proclaimed one-off bank holidays, by nation. None are proclaimed for 2026 onwards yet. */
const ONE_OFF: Record<Nation, BankHoliday[]> = {
  'england-and-wales': [],
  scotland: [],
  'northern-ireland': [],
};

function iso(year: number, month: number, day: number): LocalDate {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday (Gregorian, the anonymous algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The first Monday on or after `date`. */
function mondayFrom(date: LocalDate): LocalDate {
  return addDays(date, (8 - isoWeekday(date)) % 7);
}

function lastMonday(year: number, month: number): LocalDate {
  const lastDay = addDays(iso(year, month + 1, 1), -1);
  return addDays(lastDay, -((isoWeekday(lastDay) + 6) % 7));
}

/** Fixed-date holidays, each moved to a free weekday when it falls on a weekend. */
function withSubstitutes(fixed: BankHoliday[], taken: Set<string>): BankHoliday[] {
  const out: BankHoliday[] = [];
  for (const h of fixed) if (isoWeekday(h.date) <= 5) taken.add(h.date);
  for (const h of fixed) {
    if (isoWeekday(h.date) <= 5) {
      out.push(h);
      continue;
    }
    let d = h.date;
    while (isoWeekday(d) > 5 || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    out.push({ date: d, label: `${h.label} (substitute day)` });
  }
  return out;
}

/** The bank holidays of `nation` in `year`, sorted by date. */
export function bankHolidays(nation: Nation, year: number): BankHoliday[] {
  const easter = easterSunday(year);
  const moving: BankHoliday[] = [
    { date: addDays(easter, -2), label: 'Good Friday' },
    { date: mondayFrom(iso(year, 5, 1)), label: 'Early May bank holiday' },
    { date: lastMonday(year, 5), label: 'Spring bank holiday' },
  ];
  if (nation !== 'scotland') moving.push({ date: addDays(easter, 1), label: 'Easter Monday' });
  moving.push(
    nation === 'scotland'
      ? { date: mondayFrom(iso(year, 8, 1)), label: 'Summer bank holiday' }
      : { date: lastMonday(year, 8), label: 'Summer bank holiday' },
  );
  const fixed: BankHoliday[] = [{ date: iso(year, 1, 1), label: 'New Year’s Day' }];
  if (nation === 'scotland') fixed.push({ date: iso(year, 1, 2), label: '2nd January' });
  if (nation === 'northern-ireland') {
    fixed.push({ date: iso(year, 3, 17), label: 'St Patrick’s Day' });
    fixed.push({ date: iso(year, 7, 12), label: 'Battle of the Boyne (Orangemen’s Day)' });
  }
  if (nation === 'scotland') fixed.push({ date: iso(year, 11, 30), label: 'St Andrew’s Day' });
  fixed.push({ date: iso(year, 12, 25), label: 'Christmas Day' });
  fixed.push({ date: iso(year, 12, 26), label: 'Boxing Day' });
  const taken = new Set(moving.map((h) => h.date));
  const all = [
    ...moving,
    ...withSubstitutes(fixed, taken),
    ...ONE_OFF[nation].filter((h) => h.date.startsWith(`${year}-`)),
  ];
  return all.sort((a, b) => byIsoText(a.date, b.date));
}
