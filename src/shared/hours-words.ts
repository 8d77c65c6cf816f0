import { catalogue } from './i18n';
import { addDays, daysBetween, isoWeekday, londonDate } from './london';
import type { Hours, TimeWindow } from './schemas/hours';
import { nhsClock, nhsDate, weekdayName } from './time-words';
import { byIsoText } from './order';
import messages from './hours-words.messages.json' with { type: 'json' };

const t = catalogue('hours-words', messages);

function windowWords(w: TimeWindow): string {
  // Ending at midnight is the end of the same day, not "the next day".
  const overnight = w.end <= w.start && w.end !== '00:00';
  return t(overnight ? 'overnight' : 'window', { start: nhsClock(w.start), end: nhsClock(w.end) });
}

/** Times on one day, "9am to 1pm and 2pm to 5pm". */
function joinWindows(windows: readonly TimeWindow[]): string {
  return windows.map(windowWords).reduce((first, second) => t('both', { first, second }));
}

function dayRange(first: number, last: number): string {
  const a = weekdayName(first);
  const b = weekdayName(last);
  if (first === last) return a;
  if (last === first + 1) return t('both', { first: a, second: b });
  return t('dayRange', { first: a, last: b });
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
  if (hours.kind === 'always') return [t('always')];
  const byDay = new Map<number, string>();
  for (let day = 1; day <= 7; day++) {
    const windows = hours.weekly
      .filter((w) => w.day === day)
      .sort((a, b) => byIsoText(a.start, b.start));
    if (windows.length > 0) byDay.set(day, joinWindows(windows));
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
    lines.push(t('line', { days: dayRange(day, last), times: words }));
    day = last + 1;
  }
  return lines.length > 0 ? lines : [t('none')];
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
      const label = e.label?.replace(/ \((.+)\)$/, ', $1');
      const date = dateWords(e.date);
      if (e.windows.length === 0)
        return label ? t('closedLabel', { date, label }) : t('closed', { date });
      const times = joinWindows(e.windows);
      return label ? t('changedLabel', { date, label, times }) : t('changed', { date, times });
    });
}
