import { addDays, isoWeekday, londonDate, londonToInstant } from './london';
import type { LocalDate } from './schemas/common';

export interface Week {
  /** The Monday, `YYYY-MM-DD`: the key contact targets and counts are stored under. */
  key: LocalDate;
  /** Monday 00:00 in London. */
  start: Date;
  /** The next Monday 00:00 in London (exclusive). 167 or 169 hours after `start` in a week
   * with a clock change. */
  end: Date;
}

/** The Monday-to-Monday London week that `instant` falls in. */
export function weekOf(instant: Date): Week {
  const today = londonDate(instant);
  const key = addDays(today, 1 - isoWeekday(today));
  return {
    key,
    start: londonToInstant(key, '00:00'),
    end: londonToInstant(addDays(key, 7), '00:00'),
  };
}
