import { z } from 'zod';
import { DeviceProfile, PhotoUrl } from './api';
import { Id, Instant, requiredText, text } from './common';
import { Hours } from './hours';
import { SharedJournalEntry } from './journal';
import { Message } from './message';
import { SharedEntryState } from './phone-worker';

export { PUSH_URLS, PushPayload, SharedEntryState } from './phone-worker';

/*
 * The contract for connecting a person's phone and their caseworker's console:
 * sync, sharing journal entries, messages within agreed hours, Web Push and live updates.
 * Route names are in the JSDoc of each schema.
 */

// ---- Phone side (Authorization: Bearer <device token>) ----

/**
 * GET /api/device/sync?since=<cursor>. `profile` is always whole (it is small); `messages` are
 * those created or changed (read, released) after `since`, oldest first; `sharedEntries` is the
 * full current list. Pass `cursor` back as `since` next time.
 */
export const SyncResponse = z.object({
  cursor: z.string().max(40),
  profile: DeviceProfile,
  messages: z.array(Message).max(500),
  sharedEntries: z.array(SharedEntryState).max(1000),
  vapidPublicKey: z.string().max(200),
});
export type SyncResponse = z.infer<typeof SyncResponse>;

/** POST /api/device/messages. `id` is made on the phone, so a retry never makes a duplicate. */
export const SendMessageRequest = z.strictObject({ id: Id, body: requiredText(2000) });
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

/** The stored message; `heldUntil` is set when it was sent outside agreed hours. */
export const SendMessageResponse = z.object({ message: Message });
export type SendMessageResponse = z.infer<typeof SendMessageResponse>;

/**
 * POST /api/device/messages/read: the person has seen the caseworker's messages sent up to
 * `upTo` (default: now). Answers `{ ok: true }`. The read receipt the caseworker sees.
 */
export const DeviceReadMessagesRequest = z.strictObject({ upTo: Instant.optional() });
export type DeviceReadMessagesRequest = z.infer<typeof DeviceReadMessagesRequest>;

/*
 * PUT /api/device/shared-entries/:entryId with `ShareJournalEntryRequest` (in ./journal)
 * shares or re-shares an entry (idempotent: the entry id is the key) and answers
 * `SharedEntryState`. DELETE /api/device/shared-entries/:entryId withdraws it (204, also when
 * it was already gone).
 */

/** PUT /api/device/push-subscription (DELETE the same path to stop notifications). */
export const PushSubscriptionRequest = z.strictObject({
  endpoint: z.url({ protocol: /^https?$/ }).max(2000),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: z.string().min(1).max(200),
    auth: z.string().min(1).max(100),
  }),
});
export type PushSubscriptionRequest = z.infer<typeof PushSubscriptionRequest>;

// ---- Console side (session cookie + x-csrf-token on writes) ----

/*
 * GET  /api/people/:personId/shared-entries          -> SharedJournalEntry[] (newest first)
 * POST /api/people/:personId/shared-entries/:id/read -> SharedJournalEntry   (audited)
 * GET  /api/people/:personId/messages                -> Message[] (oldest first; held ones
 *                                                       only once their heldUntil has passed)
 * POST /api/people/:personId/messages                -> Message   (ReplyRequest; pushes)
 * POST /api/people/:personId/messages/read           -> { ok: true } (marks the person's read)
 * GET|PUT /api/people/:personId/nhs111-wording       -> Nhs111WordingBody
 * GET|PUT /api/auth/working-hours                    -> { hours }  (WorkingHoursRequest)
 * POST /api/auth/photo                               -> PhotoResponse (raw image body)
 * GET  /api/photos/:photoId                          -> the image (staff of the service, or a
 *                                                       phone of one of its people)
 * GET  /api/events                                   -> text/event-stream of LiveEvent
 */
export const SharedEntryList = z.array(SharedJournalEntry);
export type SharedEntryList = z.infer<typeof SharedEntryList>;

export const MessageList = z.array(Message);
export type MessageList = z.infer<typeof MessageList>;

/** A caseworker's reply; `id` optional (made by the server when absent). */
/**
 * `aboutEntryId`: a reply to one of the person's shared journal entries. The server starts the
 * message with the day the entry was written ("About your entry from Tuesday 1 December: "),
 * never the entry's words.
 */
export const ReplyRequest = z.strictObject({
  id: Id.optional(),
  body: requiredText(2000),
  aboutEntryId: Id.optional(),
});
export type ReplyRequest = z.infer<typeof ReplyRequest>;

/**
 * A caseworker's own working hours: outside them the console sends them no notifications.
 * GET and PUT /api/auth/working-hours both answer this shape. Never set: Mon–Fri 9:00–17:00.
 */
export const WorkingHoursRequest = z.strictObject({ hours: Hours });
export type WorkingHoursRequest = z.infer<typeof WorkingHoursRequest>;

/**
 * POST /api/auth/photo: the caseworker's own photo, sent as the raw file with its own
 * Content-Type (image/jpeg, image/png or image/webp, at most 300 KB). Answers 201 with where it
 * is served; it becomes `DeviceProfile.caseworker.photo` on the phones of their people.
 */
export const PhotoResponse = z.object({ url: PhotoUrl });
export type PhotoResponse = z.infer<typeof PhotoResponse>;

/** The largest photo the server keeps. */
export const PHOTO_MAX_BYTES = 300 * 1024;

/** One live update for the console. Ids only: the console fetches what it is allowed to see. */
export const LiveEvent = z.object({
  type: z.enum([
    'shared-entry',
    'shared-entry-withdrawn',
    'message',
    'device',
    'person',
    /** A milestone ticked, a goal changed, a contact logged, a check-in sent. */
    'goal',
    'contact',
    'wellbeing',
  ]),
  personId: Id,
  /** Whether the caseworker is inside their working hours (the console notifies only then). */
  notify: z.boolean(),
  at: Instant,
});
export type LiveEvent = z.infer<typeof LiveEvent>;

/** The 111 wording a caseworker may set for their area (never the number). */
export const Nhs111Wording = text(300);

/**
 * GET and PUT /api/people/:personId/nhs111-wording (the PUT answers the same shape). Null or
 * empty: the usual words. The guide PUT may carry it too (see `PutGuideRequest`).
 */
export const Nhs111WordingBody = z.strictObject({ wording: Nhs111Wording.nullable() });
export type Nhs111WordingBody = z.infer<typeof Nhs111WordingBody>;
