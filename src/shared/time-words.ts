import { daysBetween, isoWeekday, londonDate, londonParts, MONTHS, WEEKDAYS } from './london';
import type { LocalDate } from './schemas/common';

/*
 * The one place that turns times and dates into words, in the NHS content style and London
 * time: "9am", "5:30pm", "midday", "midnight", "9am to 5pm", "Wednesday 2 December". The app and
 * the console both use these, so a time reads the same on the phone and on the caseworker's
 * screen (never "17:00" beside "5pm").
 */

/** An hour (0 to 23) and minute as "9am", "5:30pm", "midday", "midnight", "12:05am". */
export function clockTime(hour: number, minute: number): string {
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
  const words = `${WEEKDAYS[isoWeekday(date) - 1] ?? ''} ${d} ${MONTHS[m - 1] ?? ''}`;
  return withYear ? `${words} ${y}` : words;
}

/** The London date of `instant` as "Wednesday 2 December" (with the year when not this year). */
export function nhsDay(instant: Date, now: Date = new Date()): string {
  const date = londonDate(instant);
  return nhsDate(date, date.slice(0, 4) !== londonDate(now).slice(0, 4));
}

/** "Wednesday 2 December at 5:23am": a date and time for records and lists. */
export function nhsDayTime(instant: Date, now: Date = new Date()): string {
  return `${nhsDay(instant, now)} at ${nhsTime(instant)}`;
}

/**
 * When `instant` is, seen from `now`: "9am" (today), "9am tomorrow", "9am on Monday" (within a
 * week), otherwise "9am on Monday 8 February".
 */
export function nhsWhen(instant: Date, now: Date): string {
  const time = nhsTime(instant);
  const diff = daysBetween(londonDate(now), londonDate(instant));
  if (diff === 0) return time;
  if (diff === 1) return `${time} tomorrow`;
  const p = londonParts(instant);
  const weekday = WEEKDAYS[p.weekday - 1] ?? '';
  if (diff > 1 && diff < 7) return `${time} on ${weekday}`;
  return `${time} on ${weekday} ${p.day} ${MONTHS[p.month - 1] ?? ''}`;
}

/**
 * When `instant` is, seen from `now`, saying the day every time: "5pm today", "9am tomorrow",
 * "8pm yesterday", "9am on Monday" (within the next week), otherwise "9am on Monday 6 April"
 * (with the year if it is not this year).
 */
export function describeWhen(instant: Date, now: Date): string {
  const time = nhsTime(instant);
  const diff = daysBetween(londonDate(now), londonDate(instant));
  if (diff === 0) return `${time} today`;
  if (diff === 1) return `${time} tomorrow`;
  if (diff === -1) return `${time} yesterday`;
  const weekday = WEEKDAYS[londonParts(instant).weekday - 1] ?? '';
  if (diff > 1 && diff < 7) return `${time} on ${weekday}`;
  return `${time} on ${nhsDay(instant, now)}`;
}
