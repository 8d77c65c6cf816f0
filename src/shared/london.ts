/**
 * Wall-clock maths in Europe/London: the clock-change rule in ./london-rule for the years it
 * covers (checked against the time zone database once idle), and `Intl.DateTimeFormat`, the time
 * zone database, for any other moment.
 *
 * Clock changes (the rules for turning a London date and time into an instant):
 * - Spring forward (last Sunday in March, 01:00 → 02:00): a time in the gap, such as 01:30 on
 *   29 March 2026, does not exist. It becomes the first instant after it that does exist: the
 *   moment the clocks change (01:00 UTC, shown as 02:00 BST).
 * - Fall back (last Sunday in October, 02:00 → 01:00): a time in the overlap, such as 01:30 on
 *   25 October 2026, happens twice. We take the first (01:30 BST = 00:30 UTC).
 */
import { checkLondonRule, ruleOffsetMinutes } from './london-rule';
import type { LocalDate, LocalTime } from './schemas/common';

export const LONDON_TIME_ZONE = 'Europe/London';

// Made on first use, not as the module loads: the first `Intl` object costs a cheap phone a
// long task (see ./london-rule).
let londonFormatter: Intl.DateTimeFormat | undefined;
function formatter(): Intl.DateTimeFormat {
  londonFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return londonFormatter;
}

export interface LondonParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO day of the week: 1 = Monday ... 7 = Sunday. */
  weekday: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** What the formatter says a London clock shows at `instant` (the slow path: see below). */
function partsFromIntl(instant: Date): LondonParts {
  const get: Record<string, number> = {};
  for (const part of formatter().formatToParts(instant)) {
    if (part.type !== 'literal') get[part.type] = Number(part.value);
  }
  const year = get.year ?? NaN;
  const month = get.month ?? NaN;
  const day = get.day ?? NaN;
  return {
    year,
    month,
    day,
    hour: get.hour ?? NaN,
    minute: get.minute ?? NaN,
    second: get.second ?? NaN,
    weekday: isoWeekday(toLocalDate(year, month, day)),
  };
}

const HOUR = 3_600_000;

/**
 * London's offset in each UTC hour asked about so far. Working out who is open over a week asks
 * the time zone thousands of times, and each `formatToParts` is slow on a cheap phone (it was
 * the largest piece of script on Help now's first start). London's clocks have only ever changed
 * on a whole UTC hour (01:00 UTC since 1981), so the offset the formatter gives for any moment
 * holds for its whole UTC hour; the formatter stays the only source of the rules.
 */
const offsetInHour = new Map<number, number>();

function offsetMinutesAt(ms: number): number {
  return ruleOffsetMinutes(ms) ?? tzdbOffsetMinutesAt(ms);
}

/** London's offset at `ms` as the time zone database gives it. */
function tzdbOffsetMinutesAt(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let offset = offsetInHour.get(hour);
  if (offset === undefined) {
    const p = partsFromIntl(new Date(ms));
    const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    offset = Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
    if (offsetInHour.size >= 20_000) offsetInHour.clear();
    offsetInHour.set(hour, offset);
  }
  return offset;
}

/**
 * Checks the clock-change rule against the time zone database (a few dozen readings), so a
 * change in the law that the database knows about takes over from the rule. Call it once the
 * first screen is up, and when a server starts.
 */
export function checkLondonClockRule(now: Date): boolean {
  return checkLondonRule(now, tzdbOffsetMinutesAt);
}

/** What a clock in London shows at `instant`. */
export function londonParts(instant: Date): LondonParts {
  const ms = instant.getTime();
  // An invalid date throws the formatter's own RangeError, as it always has.
  if (!Number.isFinite(ms)) return partsFromIntl(instant);
  const wall = new Date(ms + offsetMinutesAt(ms) * MINUTE);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: ((wall.getUTCDay() + 6) % 7) + 1,
  };
}

/** London's offset from UTC at `instant`, in minutes (0 in winter, 60 in summer). */
export function londonOffsetMinutes(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) partsFromIntl(instant);
  return offsetMinutesAt(ms);
}

/** The London calendar date at `instant`, `YYYY-MM-DD`. */
export function londonDate(instant: Date): LocalDate {
  const p = londonParts(instant);
  return toLocalDate(p.year, p.month, p.day);
}

/** The London wall-clock time at `instant`, `HH:MM`. */
export function londonTime(instant: Date): LocalTime {
  const p = londonParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** The instant a London clock shows `date` `time` (see the clock-change rules above). */
export function londonToInstant(date: LocalDate, time: LocalTime): Date {
  const [y, m, d] = splitDate(date);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, hh ?? 0, mm ?? 0);
  // Any clock change near this wall time happens within a day of it, so the offsets a day
  // either side are the only ones it can have.
  const offsets = new Set([
    londonOffsetMinutes(new Date(wall - DAY)),
    londonOffsetMinutes(new Date(wall + DAY)),
  ]);
  const fits = [...offsets]
    .map((o) => wall - o * MINUTE)
    .filter((t) => londonOffsetMinutes(new Date(t)) * MINUTE === wall - t)
    .sort((a, b) => a - b);
  const first = fits[0];
  if (first !== undefined) return new Date(first);
  // In the spring-forward gap (clocks went from the smaller offset to the larger): the clocks
  // changed somewhere between the two readings of the wall time; find that moment.
  const summer = Math.max(...offsets);
  const winter = Math.min(...offsets);
  return new Date(firstInstantWithOffset(wall - summer * MINUTE, wall - winter * MINUTE, summer));
}

/** Binary search, to the minute, for the first instant in (lo, hi] with London offset `offset`. */
function firstInstantWithOffset(lo: number, hi: number, offset: number): number {
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (londonOffsetMinutes(new Date(mid)) === offset) hi = mid;
    else lo = mid;
  }
  return hi;
}

// ---- Calendar dates (no time zone involved)

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function splitDate(date: LocalDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? NaN, m ?? NaN, d ?? NaN];
}

/** `date` plus `days` calendar days. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = splitDate(date);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return toLocalDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** ISO day of the week of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  const [y, m, d] = splitDate(date);
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Whole calendar days from `a` to `b` (negative if `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  const [ay, am, ad] = splitDate(a);
  const [by, bm, bd] = splitDate(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / DAY);
}

// ---- Plain words

/** Day names, Monday first (ISO weekday 1 is index 0). */
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];
/** Month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
