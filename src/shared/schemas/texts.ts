import { z } from 'zod';
import { ukMobile } from '../phone-number';
import { Instant, LocalTime } from './common';

/** The hours a person gets no text (London clocks); the same start and end means none. */
export const QuietHoursSchema = z.strictObject({ start: LocalTime, end: LocalTime });

/**
 * Texts about a waiting message, as the person's caseworker (and the lead) see them. Never the
 * words of a text: every text says the same thing, and only when one went is kept.
 */
export const TextsView = z.object({
  /** The service has GOV.UK Notify set up; without it no text is ever sent. */
  available: z.boolean(),
  /** What the consent record says now about texts. */
  consent: z.enum(['given', 'withdrawn', 'not-recorded']),
  /** The mobile number as people write it ("07700 900123"), or none. */
  number: z.string().nullable(),
  quietHours: QuietHoursSchema,
  /** Texts will go: set up, agreed and a number to send to. */
  on: z.boolean(),
  /** How many minutes an unread reply waits before a text (when the phone can get pushes). */
  delayMinutes: z.number().int().positive(),
  lastSentAt: Instant.nullable(),
  /** The earliest time a text still waiting may go, if one is waiting. */
  nextDueAt: Instant.nullable(),
});
export type TextsView = z.infer<typeof TextsView>;

const MobileNumber = z
  .string()
  .max(40)
  .refine((n) => ukMobile(n) !== null, {
    message: 'Enter a UK mobile number, like 07700 900123.',
  });

/** The caseworker sets or removes the number, and the quiet hours. */
export const SaveTextsRequest = z.strictObject({
  number: MobileNumber.nullable(),
  quietHours: QuietHoursSchema,
});
export type SaveTextsRequest = z.infer<typeof SaveTextsRequest>;
