import { addDays, daysBetween, isoWeekday, londonDate, WEEKDAYS as DAYS } from './london';
import type { Hours, TimeWindow } from './schemas/hours';
import { nhsClock, nhsDate } from './time-words';
import { byIsoText } from './order';

function windowWords(w: TimeWindow): string {
  // Ending at midnight is the end of the same day, not "the next day".
  const overnight = w.end <= w.start && w.end !== '00:00';
  return `${nhsClock(w.start)} to ${nhsClock(w.end)}${overnight ? ' the next day' : ''}`;
}

function dayRange(first: number, last: number): string {
  const a = DAYS[first - 1] ?? '';
  const b = DAYS[last - 1] ?? '';
  if (first === last) return a;
  if (last === first + 1) return `${a} and ${b}`;
  return `${a} to ${b}`;
}

/** "Friday 25 December", for a `YYYY-MM-DD` date. */
function dateWords(date: string): string {
  return nhsDate(date);
}

/**
 * Agreed hours as short plain lines: "Monday to Friday: 9am to 5pm", "Saturday: 9am to
 * midday". Days in a row with the same times are put together.
 */
export function weeklyLines(hours: Hours): string[] {
  if (hours.kind === 'always') return ['Any day, any time'];
  const byDay = new Map<number, string>();
  for (let day = 1; day <= 7; day++) {
    const windows = hours.weekly
      .filter((w) => w.day === day)
      .sort((a, b) => byIsoText(a.start, b.start));
    if (windows.length > 0) byDay.set(day, windows.map(windowWords).join(' and '));
  }
  const lines: string[] = [];
  let day = 1;
  while (day <= 7) {
    const words = byDay.get(day);
    if (!words) {
      day++;
      continue;
    }
    let last = day;
    while (last < 7 && byDay.get(last + 1) === words) last++;
    lines.push(`${dayRange(day, last)}: ${words}`);
    day = last + 1;
  }
  return lines.length > 0 ? lines : ['No set times yet'];
}

/**
 * Coming changes to the usual hours, within `days` from now: "Not on Friday 25 December
 * (Christmas Day)", "Thursday 24 December: 9am to midday". A closed day that has no usual
 * hours anyway (a team closure over a weekend) is left out: nothing changes that day.
 */
export function exceptionLines(hours: Hours, now: Date, days = 28): string[] {
  if (hours.kind === 'always') return [];
  const today = londonDate(now);
  const until = addDays(today, days);
  return hours.exceptions
    .filter((e) => daysBetween(today, e.date) >= 0 && daysBetween(e.date, until) >= 0)
    .filter((e) => e.windows.length > 0 || hours.weekly.some((w) => w.day === isoWeekday(e.date)))
    .sort((a, b) => byIsoText(a.date, b.date))
    .map((e) => {
      // No brackets inside brackets: "(Boxing Day, substitute day)".
      const label = e.label ? ` (${e.label.replace(/ \((.+)\)$/, ', $1')})` : '';
      if (e.windows.length === 0) return `Not on ${dateWords(e.date)}${label}`;
      return `${dateWords(e.date)}${label}: ${e.windows.map(windowWords).join(' and ')}`;
    });
}
