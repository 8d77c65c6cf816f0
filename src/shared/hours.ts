/**
 * Open or closed, by agreed hours in Europe/London.
 *
 * - A window with `end <= start` runs past midnight into the next day (`00:00`–`00:00` is the
 *   whole day; Fri `22:00`–`02:00` is open at 01:00 on Saturday).
 * - An exception replaces the weekly windows for its date. Only windows that *start* on that
 *   date are replaced: the after-midnight part of a window that began the day before still
 *   counts (Sunday 22:00–02:00 still runs to 02:00 on a bank holiday Monday).
 * - Times that fall in a clock change follow the rules in `london.ts` (a time in the spring
 *   gap is the moment the clocks change; a time in the autumn overlap is the first one).
 */
import { addDays, isoWeekday, londonDate, londonToInstant } from './london';
import type { LocalDate } from './schemas/common';
import type { Hours, TimeWindow, WeeklyHours } from './schemas/hours';

/** How far ahead `nextOpening` and `nextClosing` look before giving up. */
export const SEARCH_DAYS = 400;

interface Interval {
  start: number;
  end: number;
}

/** Windows starting on `date`: the exception's if there is one, else the weekly ones. */
function windowsOn(hours: WeeklyHours, exceptions: Map<string, TimeWindow[]>, date: LocalDate) {
  const exception = exceptions.get(date);
  if (exception) return exception;
  const day = isoWeekday(date);
  return hours.weekly.filter((w) => w.day === day);
}

/** Open intervals that start on `date`, sorted by start. Empty ones are left out. */
function intervalsOn(
  hours: WeeklyHours,
  exceptions: Map<string, TimeWindow[]>,
  date: LocalDate,
): Interval[] {
  return windowsOn(hours, exceptions, date)
    .map((w) => ({
      start: londonToInstant(date, w.start).getTime(),
      end: londonToInstant(w.end <= w.start ? addDays(date, 1) : date, w.end).getTime(),
    }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
}

function exceptionMap(hours: WeeklyHours): Map<string, TimeWindow[]> {
  return new Map(hours.exceptions.map((e) => [e.date, e.windows]));
}

/** The interval open at `t` that closes latest, if any. Windows last at most a day (+1 h). */
function openIntervalAt(
  hours: WeeklyHours,
  exceptions: Map<string, TimeWindow[]>,
  t: number,
): Interval | undefined {
  const today = londonDate(new Date(t));
  const candidates = [
    ...intervalsOn(hours, exceptions, addDays(today, -1)),
    ...intervalsOn(hours, exceptions, today),
  ].filter((i) => i.start <= t && t < i.end);
  return candidates.sort((a, b) => b.end - a.end)[0];
}

/** Whether `hours` are open at `instant`. */
export function isOpen(hours: Hours, instant: Date): boolean {
  if (hours.kind === 'always') return true;
  return openIntervalAt(hours, exceptionMap(hours), instant.getTime()) !== undefined;
}

/**
 * The next moment `hours` are open: `instant` itself if open now; null if there is no opening
 * in the next 400 days.
 */
export function nextOpening(hours: Hours, instant: Date): Date | null {
  if (hours.kind === 'always') return instant;
  const exceptions = exceptionMap(hours);
  const t = instant.getTime();
  if (openIntervalAt(hours, exceptions, t)) return instant;
  const today = londonDate(instant);
  for (let d = 0; d <= SEARCH_DAYS; d++) {
    const next = intervalsOn(hours, exceptions, addDays(today, d)).find((i) => i.start > t);
    if (next) return new Date(next.start);
  }
  return null;
}

/**
 * When the current open spell ends (back-to-back windows count as one spell). If closed now,
 * when the next open spell ends. Null for `always`, or if it does not close within 400 days.
 */
export function nextClosing(hours: Hours, instant: Date): Date | null {
  if (hours.kind === 'always') return null;
  const opening = nextOpening(hours, instant);
  if (!opening) return null;
  const exceptions = exceptionMap(hours);
  const limit = instant.getTime() + SEARCH_DAYS * 86_400_000;
  let end = opening.getTime();
  for (let open = openIntervalAt(hours, exceptions, end); open;) {
    end = open.end;
    if (end > limit) return null;
    open = openIntervalAt(hours, exceptions, end);
  }
  return new Date(end);
}
