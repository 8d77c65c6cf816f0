import { addDays, londonDate, londonParts, londonToInstant } from '#shared/london';
import type { LocalDate } from '#shared/schemas/common';
import { weekOf } from '#shared/weeks';

/*
 * The periods the outcomes figures cover (weeks, months, quarters, the progress window), all
 * London's, worked out from `now` with no database.
 */

export const WEEKS = 12;
export const MONTHS = 12;
export const QUARTERS = 8;
/** "Progressing": a milestone ticked or a goal finished within this long before now. */
export const PROGRESS_WINDOW_MS = 90 * 86_400_000;

/** The periods the figures cover, from `now` (London). */
export interface Periods {
  /** Mondays, oldest first; the last is this week. */
  weeks: LocalDate[];
  /** Each week's first instant and end (exclusive), in the order of `weeks`. */
  weekBounds: { start: Date; end: Date }[];
  /** `YYYY-MM`, oldest first. */
  months: string[];
  /** `YYYY-Qn`, oldest first. */
  quarters: string[];
  /** The first instant of each quarter in `quarters`, then the end of the last (9 in all). */
  quarterBounds: Date[];
  /** The first instant the contact weeks cover, and the end (exclusive) of this week. */
  weeksStart: Date;
  weeksEnd: Date;
  /** The first instant of the oldest month, and the end (exclusive) of this month. */
  monthsStart: Date;
  monthsEnd: Date;
  /** The first instant of the oldest quarter. */
  quartersStart: Date;
  progressSince: Date;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Month `month` (1–12) of `year` moved by `delta` months. */
function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function firstOfMonth(year: number, month: number): Date {
  return londonToInstant(`${monthKey(year, month)}-01`, '00:00');
}

let lastPeriods: { at: number; periods: Periods } | undefined;

/** The periods at `now` (remembered for the last `now` asked: an export asks 100 times). */
export function periodsAt(now: Date): Periods {
  if (lastPeriods?.at !== now.getTime()) {
    lastPeriods = { at: now.getTime(), periods: makePeriods(now) };
  }
  return lastPeriods.periods;
}

function makePeriods(now: Date): Periods {
  const thisWeek = weekOf(now);
  const weeks: LocalDate[] = [];
  for (let i = WEEKS - 1; i >= 0; i--) weeks.push(addDays(thisWeek.key, -7 * i));
  const { year, month } = londonParts(now);
  const months: string[] = [];
  for (let i = MONTHS - 1; i >= 0; i--) {
    const m = shiftMonth(year, month, -i);
    months.push(monthKey(m.year, m.month));
  }
  const quarterIndex = year * 4 + Math.floor((month - 1) / 3);
  const quarters: string[] = [];
  for (let i = QUARTERS - 1; i >= 0; i--) {
    const q = quarterIndex - i;
    quarters.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  }
  const firstMonth = shiftMonth(year, month, -(MONTHS - 1));
  const nextMonth = shiftMonth(year, month, 1);
  const oldestQuarter = quarterIndex - (QUARTERS - 1);
  return {
    weeks,
    weekBounds: weeks.map((week) => ({
      start: londonToInstant(week, '00:00'),
      end: londonToInstant(addDays(week, 7), '00:00'),
    })),
    months,
    quarters,
    weeksStart: londonToInstant(weeks[0] ?? thisWeek.key, '00:00'),
    weeksEnd: thisWeek.end,
    monthsStart: firstOfMonth(firstMonth.year, firstMonth.month),
    monthsEnd: firstOfMonth(nextMonth.year, nextMonth.month),
    quarterBounds: Array.from({ length: QUARTERS + 1 }, (_, i) => {
      const q = oldestQuarter + i;
      return firstOfMonth(Math.floor(q / 4), (q % 4) * 3 + 1);
    }),
    quartersStart: firstOfMonth(Math.floor(oldestQuarter / 4), (oldestQuarter % 4) * 3 + 1),
    progressSince: new Date(now.getTime() - PROGRESS_WINDOW_MS),
  };
}

/** The London calendar quarter of an instant, `2026-Q4`. */
export function quarterOf(instant: Date): string {
  const { year, month } = londonParts(instant);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The London calendar month of an instant, `2026-11`. */
export function monthOf(instant: Date): string {
  const { year, month } = londonParts(instant);
  return monthKey(year, month);
}

/** London date of `now`, for the CSV's "now" rows. */
export function todayKey(now: Date): LocalDate {
  return londonDate(now);
}
