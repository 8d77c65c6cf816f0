import {
  LONELINESS_OPTIONS,
  type CheckInReason,
  type Loneliness,
  type UrgentCareReport,
} from '#shared/schemas/wellbeing';

/* Check-in answers and urgent care reports in words. */

export const LONELY_WORDS: Record<Loneliness, string> = {
  'often-or-always': 'Often or always',
  'some-of-the-time': 'Some of the time',
  occasionally: 'Occasionally',
  'hardly-ever': 'Hardly ever',
  never: 'Never',
};

export const REASON_WORDS: Record<CheckInReason, string> = {
  start: 'Start of support',
  monthly: 'Monthly',
  'stepping-back': 'Support stepping back',
};

export function scoreWords(value: number | null): string {
  return value === null ? 'Skipped' : `${value}`;
}

export function changeWords(first: number, latest: number): string {
  if (latest === first) return 'No change';
  return latest > first ? `Up ${latest - first}` : `Down ${first - latest}`;
}

export function lonelyChange(first: Loneliness, latest: Loneliness): string {
  const a = LONELINESS_OPTIONS.indexOf(first);
  const b = LONELINESS_OPTIONS.indexOf(latest);
  if (a === b) return 'No change';
  return b > a ? 'Lonely less often' : 'Lonely more often';
}

export function urgentWords(r: UrgentCareReport): string {
  const parts = [
    r.wentToAe ? 'Went to A&E' : '',
    r.called999 ? 'called 999' : '',
    r.called111 ? 'called 111' : '',
  ].filter(Boolean);
  const words = parts.join(', ');
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'None';
}
