import { addDays, londonDate, londonTime, londonToInstant } from './london';
import type { LocalTime } from './schemas/common';

/**
 * The hours a person gets no text, on London clocks. `start` after `end` (21:00 to 08:00) spans
 * midnight; `start` equal to `end` means no quiet hours at all.
 */
export interface QuietHours {
  start: LocalTime;
  end: LocalTime;
}

/** 9pm to 8am: nobody is woken by a text about a message that can wait until morning. */
export const DEFAULT_QUIET_HOURS: QuietHours = { start: '21:00', end: '08:00' };

/** True when a London clock shows a time inside the quiet hours at `at`. */
export function isQuiet(quiet: QuietHours, at: Date): boolean {
  if (quiet.start === quiet.end) return false;
  const time = londonTime(at);
  return quiet.start < quiet.end
    ? time >= quiet.start && time < quiet.end
    : time >= quiet.start || time < quiet.end;
}

/**
 * When a text due at `due` may go: at `due` itself outside quiet hours, otherwise when the quiet
 * hours end (the next `end` on a London clock, so 8am is 8am on both sides of a clock change).
 */
export function textSendTime(quiet: QuietHours, due: Date): Date {
  if (!isQuiet(quiet, due)) return due;
  const today = londonDate(due);
  const endToday = londonToInstant(today, quiet.end);
  return endToday.getTime() > due.getTime()
    ? endToday
    : londonToInstant(addDays(today, 1), quiet.end);
}
