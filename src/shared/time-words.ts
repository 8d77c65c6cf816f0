import { daysBetween, londonDate, londonParts, MONTHS, WEEKDAYS } from './london';

/*
 * London clock times in the NHS content style: "9am", "5:30pm", "midday", "midnight".
 */

/** The London clock time of `instant`: "9am", "5:30pm", "midday", "midnight". */
export function nhsTime(instant: Date): string {
  const { hour, minute } = londonParts(instant);
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0
    ? `${twelve}${suffix}`
    : `${twelve}:${String(minute).padStart(2, '0')}${suffix}`;
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
