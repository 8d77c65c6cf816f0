/** Grouping journal entries by day as the person lives it: in London time, across clock changes. */

import { londonDate } from '#shared/london';
import { nhsDate, nhsTime } from '#shared/time-words';
import { t } from './words';

/** The London calendar date of an instant, as 'YYYY-MM-DD'. */
export function londonDay(instant: Date): string {
  return londonDate(instant);
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
  if (day === today) return t('today');
  if (day === dayBefore(today)) return t('yesterday');
  return nhsDate(day, day.slice(0, 4) !== today.slice(0, 4));
}

/** A London wall-clock time in the style "9:05pm", "midday". */
export function londonTime(instant: Date): string {
  return nhsTime(instant);
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

/**
 * When writing was started, as values for a message's `when` select: `today` and `yesterday`
 * with a `time`, `on` with a `time` and a `day` ("at 9:05pm on Monday 3 November"), or `earlier`.
 */
export function startedWhen(
  updatedAt: string | undefined,
  now = new Date(),
): { when: 'today' | 'yesterday' | 'on' | 'earlier'; time: string; day: string } {
  const at = updatedAt ? new Date(updatedAt) : null;
  if (!at || Number.isNaN(at.getTime())) return { when: 'earlier', time: '', day: '' };
  const day = londonDay(at);
  const today = londonDay(now);
  const time = londonTime(at);
  if (day === today) return { when: 'today', time, day: '' };
  if (day === dayBefore(today)) return { when: 'yesterday', time, day: '' };
  return { when: 'on', time, day: dayLabel(day, now) };
}
