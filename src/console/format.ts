import { addDays, londonDate, londonParts, MONTHS } from '#shared/london';
import { nhsDate, nhsDayTime, nhsTime } from '#shared/time-words';

/*
 * Dates and times on the console, in the NHS content style and London time, through the same
 * formatter the app uses (`#shared/time-words`), so the caseworker reads "5:23am" where the
 * person's phone says "5:23am".
 */

/** "Tuesday 24 November at 2:32pm", in UK time. */
export function whenLong(instant: string | Date): string {
  return nhsDayTime(new Date(instant));
}

/** "Tuesday 24 November 2026". */
export function day(instant: string | Date): string {
  return localDay(londonDate(new Date(instant)));
}

/** "Tue 24 Nov 2026, 2:32pm" for tables, where the NHS style allows the short names. */
export function whenShort(instant: string | Date): string {
  const at = new Date(instant);
  return `${localDayShort(londonDate(at))} ${londonParts(at).year}, ${nhsTime(at)}`;
}

/** "today at 2:32pm", "yesterday at 9:10am", or "Mon 23 Nov at 6:05pm", in UK time. */
export function whenRecent(instant: string | Date, now: Date = new Date()): string {
  const then = new Date(instant);
  const date = londonDate(then);
  const today = londonDate(now);
  const at = nhsTime(then);
  if (date === today) return `today at ${at}`;
  if (date === addDays(today, -1)) return `yesterday at ${at}`;
  return `${localDayShort(date)} at ${at}`;
}

/** "1 new message", "3 new messages". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The same words with a capital letter, to start a sentence or a table cell. */
export function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A calendar date (`2026-11-30`, London) as "Monday 30 November 2026". */
export function localDay(date: string): string {
  return nhsDate(date, true);
}

/** A calendar date as "Mon 30 Nov", for short lists and chart labels. */
export function localDayShort(date: string): string {
  const [weekday = ''] = nhsDate(date).split(' ');
  const [, m = 1, d = 1] = date.split('-').map(Number);
  return `${weekday.slice(0, 3)} ${d} ${(MONTHS[m - 1] ?? '').slice(0, 3)}`;
}

/**
 * A week's Monday as "23 Nov", for a chart's axis only: every bar starts on a Monday, the chart
 * is one image with its own description, and the table beside it gives the full date.
 */
export function weekAxis(date: string): string {
  return localDayShort(date).replace(/^\w+ /, '');
}
