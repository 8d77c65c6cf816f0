import { catalogue } from './i18n';
import { londonParts } from './london';
import messages from './day-part.messages.json' with { type: 'json' };

const t = catalogue('day-part', messages);

/** The three parts of a day a routine is written in, in the order they come. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Headings for each part, for the phone, the console and the record (read as shown). */
export const DAY_PART_TITLES: Readonly<Record<DayPart, string>> = {
  get morning() {
    return t('morning');
  },
  get afternoon() {
    return t('afternoon');
  },
  get evening() {
    return t('evening');
  },
};

/** When each part runs, in the NHS time style. */
export const DAY_PART_SPANS: Readonly<Record<DayPart, string>> = {
  get morning() {
    return t('morningSpan');
  },
  get afternoon() {
    return t('afternoonSpan');
  },
  get evening() {
    return t('eveningSpan');
  },
};

/** The hour (London wall clock) the afternoon starts: 12pm. */
export const AFTERNOON_FROM_HOUR = 12;
/** The hour the evening starts: 6pm. */
export const EVENING_FROM_HOUR = 18;

/**
 * Which part of the day it is in London at `instant`: morning before 12pm, afternoon from 12pm
 * until 6pm, evening from 6pm to midnight. Read from the London wall clock, so the clocks going
 * forward or back never move the boundaries: 12pm is 12pm in GMT and in BST.
 */
export function dayPartAt(instant: Date): DayPart {
  const { hour } = londonParts(instant);
  if (hour < AFTERNOON_FROM_HOUR) return 'morning';
  if (hour < EVENING_FROM_HOUR) return 'afternoon';
  return 'evening';
}
