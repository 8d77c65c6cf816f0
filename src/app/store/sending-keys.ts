/*
 * Where the phone keeps what the person chose to send to their team, in `meta`. Kept
 * apart from check-ins.ts (which needs zod) so that forgetting a connection, which clears them,
 * does not load zod.
 */

/** When each check-in was offered (done or skipped). */
export const OFFERS_META_KEY = 'check-in-offers';
/** What the person chose to send: check-ins, urgent care. */
export const CHOICES_META_KEY = 'sending-choices';
/** The journal entries whose urgent care was sent (ids only). */
export const URGENT_SENT_META_KEY = 'urgent-care-sent';
