import { z } from 'zod';
import { Id, Instant } from './common';

export const MessageFrom = z.enum(['person', 'caseworker']);
export type MessageFrom = z.infer<typeof MessageFrom>;

/**
 * A message between a person and their caseworker. One the person sends outside agreed hours
 * is `heldUntil` the next opening (see `nextOpening`), and the person is told so.
 */
export const Message = z.object({
  id: Id,
  personId: Id,
  from: MessageFrom,
  caseworkerId: Id.nullable(),
  /** The words; empty only for a photo sent without any. */
  body: z.string().trim().max(2000),
  sentAt: Instant,
  heldUntil: Instant.nullable(),
  /**
   * False while the server still holds it for the agreed hours; true once released (or sent in
   * hours). The console's own clock can be behind the server's, so a released message is never
   * drawn as held. Optional: older answers lack it.
   */
  delivered: z.boolean().optional(),
  readAt: Instant.nullable(),
  /**
   * On the phone: the first name of the member of staff who wrote it, so a reply from whoever
   * covers during leave is not shown as the caseworker's. Optional: older answers lack it.
   */
  fromName: z.string().max(80).optional(),
  /** Set when the message is a photo (the console fetches it from the thread's photo route). */
  photo: z.literal(true).optional(),
});
export type Message = z.infer<typeof Message>;
