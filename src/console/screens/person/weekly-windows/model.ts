import type { Hours, HoursException, WeeklyWindow } from '#shared/schemas/hours';

/** One "from ... until ..." row. `key` keeps inputs and their error messages together. */
export type WindowRow = { key: string; start: string; end: string };

/** ISO days, 1 = Monday. */
export const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Day = (typeof DAYS)[number];
export const DAY_NAMES: Record<Day, string> = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

export type WeekDraft = Record<Day, WindowRow[]>;

export type ExceptionDraft = {
  key: string;
  date: string;
  label: string;
  closed: boolean;
  windows: WindowRow[];
};

export type HoursDraft = {
  kind: 'always' | 'weekly';
  week: WeekDraft;
  exceptions: ExceptionDraft[];
};

let counter = 0;
/** A key unique on this page, for rows made in the browser. */
export function newKey(): string {
  counter += 1;
  return `k${counter}`;
}

export function row(start = '09:00', end = '17:00'): WindowRow {
  return { key: newKey(), start, end };
}

export function emptyWeek(): WeekDraft {
  return { 1: [], 2: [], 3: [], 4: [], 5: [], 6: [], 7: [] };
}

function isDay(n: number): n is Day {
  return DAYS.some((day) => day === n);
}

export function weekFromWindows(windows: WeeklyWindow[]): WeekDraft {
  const week = emptyWeek();
  for (const window of windows) {
    if (isDay(window.day)) week[window.day].push(row(window.start, window.end));
  }
  return week;
}

export function toDraft(hours: Hours): HoursDraft {
  if (hours.kind === 'always') return { kind: 'always', week: emptyWeek(), exceptions: [] };
  return {
    kind: 'weekly',
    week: weekFromWindows(hours.weekly),
    exceptions: hours.exceptions.map((exception) => ({
      key: newKey(),
      date: exception.date,
      label: exception.label ?? '',
      closed: exception.windows.length === 0,
      windows: exception.windows.map((w) => row(w.start, w.end)),
    })),
  };
}

/** The weekly windows in the order the API gets them, with the row each one came from. */
export function flattenWeek(week: WeekDraft): { windows: WeeklyWindow[]; keys: string[] } {
  const windows: WeeklyWindow[] = [];
  const keys: string[] = [];
  for (const day of DAYS) {
    for (const window of week[day]) {
      windows.push({ day, start: window.start, end: window.end });
      keys.push(window.key);
    }
  }
  return { windows, keys };
}

export function toHours(draft: HoursDraft): { hours: Hours; weekKeys: string[] } {
  if (draft.kind === 'always') return { hours: { kind: 'always' }, weekKeys: [] };
  const { windows, keys } = flattenWeek(draft.week);
  const exceptions: HoursException[] = draft.exceptions.map((exception) => {
    const label = exception.label.trim();
    return {
      date: exception.date,
      ...(label ? { label } : {}),
      windows: exception.closed
        ? []
        : exception.windows.map((w) => ({ start: w.start, end: w.end })),
    };
  });
  return { hours: { kind: 'weekly', weekly: windows, exceptions }, weekKeys: keys };
}
