import { activeLocale, catalogue, englishWords, localised } from './i18n';
import { daysBetween, isoWeekday, londonDate, londonParts, MONTHS, WEEKDAYS } from './london';
import type { LocalDate } from './schemas/common';
import messages from './time-words.messages.json' with { type: 'json' };

const t = catalogue('time-words', messages);

/*
 * The one place that turns times and dates into words, in the NHS content style and London
 * time: "9am", "5:30pm", "midday", "midnight", "9am to 5pm", "Wednesday 2 December". The app and
 * the console both use these, so a time reads the same on the phone and on the caseworker's
 * screen (never "17:00" beside "5pm").
 *
 * In English these are the NHS style's own words, made here, so no Intl object loads on the
 * first screen. In another language the browser's Intl writes them in that language's way.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** `options` in the active language, for a moment given as London wall-clock parts. */
function intlWords(
  options: Intl.DateTimeFormatOptions,
  y: number,
  m: number,
  d: number,
  h = 12,
  min = 0,
) {
  const tag = activeLocale().tag;
  const key = `${tag} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d, h, min)));
}

/** A weekday (1 is Monday) in the active language. */
export function weekdayName(weekday: number): string {
  // 2024-01-01 was a Monday.
  if (!englishWords()) return intlWords({ weekday: 'long' }, 2024, 1, weekday);
  return localised(WEEKDAYS[weekday - 1] ?? '');
}

/** An hour (0 to 23) and minute as "9am", "5:30pm", "midday", "midnight", "12:05am". */
export function clockTime(hour: number, minute: number): string {
  if (!englishWords()) {
    return intlWords({ hour: 'numeric', minute: '2-digit' }, 2024, 1, 1, hour % 24, minute);
  }
  return localised(englishClock(hour, minute));
}

function englishClock(hour: number, minute: number): string {
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && (hour === 0 || hour === 24)) return 'midnight';
  const suffix = hour % 24 < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0
    ? `${twelve}${suffix}`
    : `${twelve}:${String(minute).padStart(2, '0')}${suffix}`;
}

/** A wall-clock `HH:MM` (as stored in agreed hours) as "9am", "5:30pm", "midday". */
export function nhsClock(time: string): string {
  const [h = '0', m = '0'] = time.split(':');
  return clockTime(Number(h), Number(m));
}

/** The London clock time of `instant`: "9am", "5:30pm", "midday", "midnight". */
export function nhsTime(instant: Date): string {
  const { hour, minute } = londonParts(instant);
  return clockTime(hour, minute);
}

/** A calendar date (`2026-12-02`) as "Wednesday 2 December", with the year if `withYear`. */
export function nhsDate(date: LocalDate, withYear = false): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  if (!englishWords()) {
    const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' };
    return intlWords(withYear ? { ...options, year: 'numeric' } : options, y, m, d);
  }
  const words = `${WEEKDAYS[isoWeekday(date) - 1] ?? ''} ${d} ${MONTHS[m - 1] ?? ''}`;
  return localised(withYear ? `${words} ${y}` : words);
}

/** A calendar date (`2026-12-05`) as "5 December", with the year if `withYear`. */
export function nhsDayMonth(date: LocalDate, withYear = false): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  if (!englishWords()) {
    const options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
    return intlWords(withYear ? { ...options, year: 'numeric' } : options, y, m, d);
  }
  const words = `${d} ${MONTHS[m - 1] ?? ''}`;
  return localised(withYear ? `${words} ${y}` : words);
}

/** The London date of `instant` as "Wednesday 2 December" (with the year when not this year). */
export function nhsDay(instant: Date, now: Date = new Date()): string {
  const date = londonDate(instant);
  return nhsDate(date, date.slice(0, 4) !== londonDate(now).slice(0, 4));
}

/** "Wednesday 2 December at 5:23am": a date and time for records and lists. */
export function nhsDayTime(instant: Date, now: Date = new Date()): string {
  return t('dayAtTime', { day: nhsDay(instant, now), time: nhsTime(instant) });
}

/**
 * When `instant` is, seen from `now`: "9am" (today), "9am tomorrow", "9am on Monday" (within a
 * week), otherwise "9am on Monday 8 February".
 */
export function nhsWhen(instant: Date, now: Date): string {
  const time = nhsTime(instant);
  const diff = daysBetween(londonDate(now), londonDate(instant));
  if (diff === 0) return time;
  if (diff === 1) return t('tomorrow', { time });
  if (diff > 1 && diff < 7)
    return t('onDay', { time, day: weekdayName(londonParts(instant).weekday) });
  return t('onDay', { time, day: nhsDate(londonDate(instant)) });
}

/**
 * When `instant` is, seen from `now`, saying the day every time: "5pm today", "9am tomorrow",
 * "8pm yesterday", "9am on Monday" (within the next week), otherwise "9am on Monday 6 April"
 * (with the year if it is not this year).
 */
export function describeWhen(instant: Date, now: Date): string {
  const time = nhsTime(instant);
  const diff = daysBetween(londonDate(now), londonDate(instant));
  if (diff === 0) return t('today', { time });
  if (diff === 1) return t('tomorrow', { time });
  if (diff === -1) return t('yesterday', { time });
  if (diff > 1 && diff < 7)
    return t('onDay', { time, day: weekdayName(londonParts(instant).weekday) });
  return t('onDay', { time, day: nhsDay(instant, now) });
}
