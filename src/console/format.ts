const dateTime = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

const dateOnly = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

const shortDateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "Tuesday 24 November at 14:32", in UK time. */
export function whenLong(instant: string | Date): string {
  return dateTime.format(new Date(instant));
}

/** "24 November 2026". */
export function day(instant: string | Date): string {
  return dateOnly.format(new Date(instant));
}

/** "24 Nov 2026, 14:32" for tables. */
export function whenShort(instant: string | Date): string {
  return shortDateTime.format(new Date(instant));
}

const timeOnly = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

const weekdayDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'Europe/London',
});

const londonDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/London',
});

/** "today at 14:32", "yesterday at 09:10", or "Mon 23 Nov at 18:05", in UK time. */
export function whenRecent(instant: string | Date, now: Date = new Date()): string {
  const then = new Date(instant);
  const day = londonDay.format(then);
  const today = londonDay.format(now);
  const yesterday = londonDay.format(new Date(now.getTime() - 86_400_000));
  const at = timeOnly.format(then);
  if (day === today) return `today at ${at}`;
  if (day === yesterday) return `yesterday at ${at}`;
  return `${weekdayDate.format(then)} at ${at}`;
}

/** "1 new message", "3 new messages". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The same words with a capital letter, to start a sentence or a table cell. */
export function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A calendar date (`2026-11-30`, London) as "30 November 2026". */
export function localDay(date: string): string {
  return dateOnly.format(new Date(`${date}T12:00:00Z`));
}

/** A calendar date as "Mon 30 Nov", for short lists and chart labels. */
export function localDayShort(date: string): string {
  return weekdayDate.format(new Date(`${date}T12:00:00Z`));
}
