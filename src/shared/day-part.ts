import { londonParts } from './london';

/** The three parts of a day a routine is written in, in the order they come. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Headings for each part, for the phone, the console and the record. */
export const DAY_PART_TITLES: Record<DayPart, string> = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
};

/** When each part runs, in the NHS time style. */
export const DAY_PART_SPANS: Record<DayPart, string> = {
  morning: 'Before 12pm',
  afternoon: '12pm to 6pm',
  evening: 'From 6pm',
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
