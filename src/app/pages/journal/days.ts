/** Grouping journal entries by day as the person lives it: in London time, across clock changes. */

const LONDON = 'Europe/London';
const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** The London calendar date of an instant, as 'YYYY-MM-DD'. */
export function londonDay(instant: Date): string {
  const parts = Object.fromEntries(dateParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day before a 'YYYY-MM-DD' date (calendar arithmetic, no clocks involved). */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** "Today", "Yesterday", "Monday 3 November", or with the year if it is not this year. */
export function dayLabel(day: string, now: Date): string {
  const today = londonDay(now);
  if (day === today) return 'Today';
  if (day === dayBefore(today)) return 'Yesterday';
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  })
    .format(new Date(`${day}T12:00:00Z`))
    .replace(',', '');
}

/** A London wall-clock time in the style "9:05pm". */
export function londonTime(instant: Date): string {
  return timeFormat.format(instant).replace(/\s/g, '').toLowerCase();
}

export interface DayGroup<T> {
  day: string;
  label: string;
  items: T[];
}

/** Group items (already newest first) into London days, newest day first. */
export function groupByDay<T extends { createdAt: string }>(
  items: readonly T[],
  now: Date,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  const byDay = new Map<string, DayGroup<T>>();
  for (const item of items) {
    const day = londonDay(new Date(item.createdAt));
    let group = byDay.get(day);
    if (!group) {
      group = { day, label: dayLabel(day, now), items: [] };
      byDay.set(day, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/** When writing was started, in plain words: "at 2:10am today", "at 9:05pm on Monday 3 November". */
export function startedAt(updatedAt: string | undefined, now = new Date()): string {
  if (!updatedAt) return 'earlier';
  const at = new Date(updatedAt);
  if (Number.isNaN(at.getTime())) return 'earlier';
  const day = dayLabel(londonDay(at), now);
  return `at ${londonTime(at)} ${day === 'Today' || day === 'Yesterday' ? day.toLowerCase() : `on ${day}`}`;
}
