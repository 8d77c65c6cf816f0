import { z } from 'zod';
import { Id, Instant } from './common';

/*
 * Schemas the service worker checks what it receives with, kept apart from connect.ts so the
 * worker builds only these (and zod) when it starts, not every schema of the sync contract:
 * it starts before it can answer an offline cold start.
 */

/** The server's view of one entry the person shared: enough for "sent" / "read by Sam". */
export const SharedEntryState = z.object({
  id: Id,
  sharedAt: Instant,
  readAt: Instant.nullable(),
});
export type SharedEntryState = z.infer<typeof SharedEntryState>;

/** What a push notification carries: no names, no message text, nothing personal. */
export const PushPayload = z.strictObject({
  kind: z.enum(['message', 'plan', 'hours', 'guide', 'goal', 'routine']),
  /** Where tapping the notification opens, inside the app. */
  url: z.string().regex(/^\/[a-z0-9/-]*$/),
});
export type PushPayload = z.infer<typeof PushPayload>;

/** Where tapping a notification of each kind opens in the app (the server sends these). */
export const PUSH_URLS: Record<PushPayload['kind'], string> = {
  message: '/messages',
  plan: '/plan',
  hours: '/help',
  guide: '/help',
  goal: '/goals',
  // Home shows the part of the day that is now.
  routine: '/',
};
