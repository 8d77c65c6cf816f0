/**
 * The service calendar: the nations a service serves (their bank holidays) and the team's own
 * closures and training days. `followCalendar` turns it into closed-all-day exceptions on a
 * set of hours, so `isOpen` in `hours.ts` stays the one who-is-open rule.
 */
import { bankHolidays } from './bank-holidays';
import { SEARCH_DAYS } from './hours';
import { addDays, londonDate } from './london';
import type { ServiceCalendar } from './schemas/calendar';
import type { LocalDate } from './schemas/common';
import type { Hours, HoursException } from './schemas/hours';

export type { Closure, ServiceCalendar } from './schemas/calendar';

/**
 * Until a service's lead sets its calendar, it serves England and Wales: hours with set times
 * close on their bank holidays, so a surgery is never shown open on Christmas Day.
 */
export const DEFAULT_CALENDAR: ServiceCalendar = { nations: ['england-and-wales'], closures: [] };

/** How a set of hours treats the calendar: a 24/7 line ignores it, a surgery closes. */
export type CalendarPolicy = 'follow' | 'ignore';

/** Closed dates from `from` to `to` inclusive, with labels; bank holidays first. */
export function closedDates(
  calendar: ServiceCalendar,
  from: LocalDate,
  to: LocalDate,
): Map<LocalDate, string> {
  const out = new Map<LocalDate, string>();
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  for (let y = firstYear; y <= lastYear; y++) {
    for (const nation of calendar.nations) {
      for (const h of bankHolidays(nation, y)) {
        if (h.date >= from && h.date <= to && !out.has(h.date)) out.set(h.date, h.label);
      }
    }
  }
  for (const c of calendar.closures) {
    for (let d = c.from; d <= c.to && d <= to; d = addDays(d, 1)) {
      if (d >= from && !out.has(d)) out.set(d, c.label);
    }
  }
  return out;
}

/**
 * `hours` with the calendar's closed days added as closed-all-day exceptions between `from`
 * and `to`. A date the hours already have an exception for keeps it (the card says
 * otherwise). Always-open hours and `ignore` are returned unchanged.
 */
export function followCalendar(
  hours: Hours,
  calendar: ServiceCalendar,
  policy: CalendarPolicy,
  from: LocalDate,
  to: LocalDate,
): Hours {
  if (hours.kind === 'always' || policy === 'ignore') return hours;
  const own = new Set(hours.exceptions.map((e) => e.date));
  const added: HoursException[] = [];
  for (const [date, label] of closedDates(calendar, from, to)) {
    if (!own.has(date)) added.push({ date, label: label.slice(0, 80), windows: [] });
  }
  return { ...hours, exceptions: [...hours.exceptions, ...added] };
}

/**
 * `hours` as they stand around `instant` with the calendar's closed days added: from the day
 * before (a window that started then may still be running) to past `nextOpening`'s look-ahead,
 * so both `isOpen` and the next opening skip bank holidays and closures. Worked out from the
 * rules each time, so it never runs out.
 */
export function hoursOnCalendar(
  hours: Hours,
  calendar: ServiceCalendar,
  instant: Date,
  policy: CalendarPolicy = 'follow',
): Hours {
  const today = londonDate(instant);
  return followCalendar(
    hours,
    calendar,
    policy,
    addDays(today, -1),
    addDays(today, SEARCH_DAYS + 1),
  );
}
