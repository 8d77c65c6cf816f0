import { isoWeekday, londonDate, MONTHS, WEEKDAYS } from './london';

/**
 * How a reply to a shared journal entry starts in the message thread: "About your entry from
 * Tuesday 1 December: ". It names the entry only by the day it was written, never by its words:
 * the person chose to share the entry with staff, not to have it repeated in the thread, and
 * taking the entry back must leave none of it behind. The year is said when it is not this year.
 */
export function entryReplyOpening(writtenAt: Date, now: Date): string {
  const day = londonDate(writtenAt);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const sameYear = londonDate(now).slice(0, 4) === day.slice(0, 4);
  const words = `${WEEKDAYS[isoWeekday(day) - 1]} ${date} ${MONTHS[month - 1]}`;
  return `About your entry from ${sameYear ? words : `${words} ${year}`}: `;
}
