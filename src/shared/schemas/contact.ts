import { z } from 'zod';
import { Id, Instant, LocalDate, text } from './common';

export const ContactPeriod = z.enum(['day', 'week', 'fortnight']);
export type ContactPeriod = z.infer<typeof ContactPeriod>;

/**
 * An agreed number of contacts ("call me 5 times a week instead of 10"), from a week onwards.
 * `fromWeek` is the Monday key from `weekOf`. A missed target is never a failure.
 */
export const ContactTarget = z.object({
  id: Id,
  personId: Id,
  fromWeek: LocalDate,
  times: z.number().int().min(0).max(50),
  per: ContactPeriod,
  note: text(300).optional(),
  createdAt: Instant,
});
export type ContactTarget = z.infer<typeof ContactTarget>;

export const ContactChannel = z.enum(['call', 'text', 'message', 'visit', 'other']);
export type ContactChannel = z.infer<typeof ContactChannel>;

export const ContactDirection = z.enum(['from-person', 'to-person']);
export type ContactDirection = z.infer<typeof ContactDirection>;

/** One contact between the person and the service, counted against the target. */
export const ContactEvent = z.object({
  id: Id,
  personId: Id,
  at: Instant,
  channel: ContactChannel,
  direction: ContactDirection,
  note: text(500).optional(),
  recordedBy: Id.nullable(),
});
export type ContactEvent = z.infer<typeof ContactEvent>;
