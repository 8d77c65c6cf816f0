import { z } from 'zod';
import { Id, Instant, LocalDate, text } from './common';

/*
 * Contact-frequency targets: "let's try 5 calls instead of 10 next week".
 * Weeks are Monday 00:00 to Monday 00:00 in Europe/London (`weekOf` in #shared/weeks).
 * A missed target is never a failure; the words in #shared/contacts say so.
 */

/** One step of the plan: from the week starting `fromWeek` (a Monday) the target is `times`. */
export const ContactTargetStep = z.object({
  fromWeek: LocalDate.refine(
    (d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1,
    'A week starts on a Monday',
  ),
  times: z.number().int().min(0).max(100),
});
export type ContactTargetStep = z.infer<typeof ContactTargetStep>;

/** The whole plan, oldest step first; each step holds until the next. Empty: no target yet. */
export const ContactTargets = z
  .array(ContactTargetStep)
  .max(200)
  .refine(
    (steps) => steps.every((s, i) => i === 0 || steps[i - 1]!.fromWeek < s.fromWeek),
    'One step per week, oldest first',
  );
export type ContactTargets = z.infer<typeof ContactTargets>;

/**
 * `message`: counted automatically from the person's app messages (messages sent within 30
 * minutes of the last counted one are the same contact). `call`, `text`, `visit`, `other`:
 * logged by the person ("I called Sam") or by the caseworker in the console.
 */
export const ContactKind = z.enum(['message', 'call', 'text', 'visit', 'other']);
export type ContactKind = z.infer<typeof ContactKind>;

/** Who recorded it: the app itself (messages), the person with one tap, or the caseworker. */
export const ContactSource = z.enum(['app', 'person', 'caseworker']);
export type ContactSource = z.infer<typeof ContactSource>;

/** One contact between the person and the service. No free text: it is counted, not read. */
export const ContactEvent = z.object({
  id: Id,
  at: Instant,
  kind: ContactKind,
  source: ContactSource,
});
export type ContactEvent = z.infer<typeof ContactEvent>;

/** How the person used a support from their guide: called it, texted it or went there. */
export const SupportUsedKind = z.enum(['call', 'text', 'visit']);
export type SupportUsedKind = z.infer<typeof SupportUsedKind>;

/**
 * Support used instead of contacting the team ("I went to the drop-in", "I called Samaritans").
 * Kept apart from contacts so it can never count against the target. `name` is the card's name
 * when it was logged (the card may later leave the guide); no free text from the person.
 */
export const SupportUsed = z.object({
  id: Id,
  at: Instant,
  guideContactId: Id,
  kind: SupportUsedKind,
  name: text(80),
});
export type SupportUsed = z.infer<typeof SupportUsed>;

/** At most this many alternatives per person: a short list the phone can suggest from. */
export const MAX_ALTERNATIVES = 6;

/**
 * The person's plan, their contacts and the support they used in the last 12 weeks (this week
 * included), and the guide cards their target points to instead (`alternatives`, in the
 * caseworker's order). Older phones' stored profiles lack the last two: read as empty.
 */
export const ContactsView = z.object({
  targets: ContactTargets,
  events: z.array(ContactEvent).max(5000),
  alternatives: z.array(Id).max(MAX_ALTERNATIVES).default([]),
  supportUsed: z.array(SupportUsed).max(5000).default([]),
});
export type ContactsView = z.infer<typeof ContactsView>;

// ---- Console

/**
 * GET /api/people/:personId/contacts -> ContactsView.
 * PUT /api/people/:personId/contact-targets (ContactTargetsRequest) -> ContactsView. Steps from
 * this week onwards are replaced by `steps`; earlier steps are kept as history (a step in
 * `steps` before this week is a 400). Pushes "Your goals have been updated."
 * POST /api/people/:personId/contacts (LogContactRequest) -> 201 ContactEvent, source
 * caseworker. DELETE /api/people/:personId/contacts/:contactId -> 204 (only caseworker-logged
 * contacts; a mistake can be taken back).
 */
export const ContactTargetsRequest = z.strictObject({ steps: ContactTargets });
export type ContactTargetsRequest = z.infer<typeof ContactTargetsRequest>;

/** How a contact the caseworker logged went: a fixed list, so it can be counted, not scored. */
export const ContactOutcome = z.enum(['spoke', 'no-answer', 'left-message', 'texted']);
export type ContactOutcome = z.infer<typeof ContactOutcome>;

/** The most a contact's note holds: a line or two, not a case note. */
export const CONTACT_NOTE_MAX = 280;

/**
 * A contact logged by hand. `at` may not be in the future (5 minutes' grace) or > 1 year ago.
 * `note` and `outcome` are for staff only: they never reach the phone.
 */
export const LogContactRequest = z.strictObject({
  id: Id.optional(),
  at: Instant,
  kind: z.enum(['call', 'text', 'visit', 'other']),
  outcome: ContactOutcome.optional(),
  note: z
    .string()
    .trim()
    .max(CONTACT_NOTE_MAX, `Keep the note to ${CONTACT_NOTE_MAX} characters or fewer`)
    .optional(),
});
export type LogContactRequest = z.infer<typeof LogContactRequest>;

export const ContactParams = z.object({ personId: Id, contactId: Id });

/**
 * PUT /api/people/:personId/contact-alternatives -> ContactsView. Cards from the person's own
 * Help now guide (their local cards, or Samaritans and Shout); not 999, 111 or the caseworker's
 * own card, which are not an alternative to the team. Empty clears them.
 */
export const ContactAlternativesRequest = z.strictObject({
  guideContactIds: z
    .array(Id)
    .max(MAX_ALTERNATIVES)
    .refine((ids) => new Set(ids.map((i) => i.toLowerCase())).size === ids.length, {
      message: 'Choose each support once',
    }),
});
export type ContactAlternativesRequest = z.infer<typeof ContactAlternativesRequest>;

// ---- Phone

/**
 * PUT /api/device/contacts/:contactId (DeviceLogContactRequest) -> ContactEvent, source person.
 * Idempotent on the id made on the phone. DELETE the same path -> 204 takes back a mistaken tap
 * (only the person's own). The profile carries `contacts` (a ContactsView) for offline use.
 */
export const DeviceLogContactRequest = z.strictObject({
  at: Instant,
  kind: z.enum(['call', 'text', 'visit', 'other']),
});
export type DeviceLogContactRequest = z.infer<typeof DeviceLogContactRequest>;

/**
 * PUT /api/device/support-used/:id (DeviceSupportUsedRequest) -> SupportUsed: "I went to the
 * drop-in". Idempotent on the id made on the phone; the card must be one of the person's
 * alternatives. DELETE the same path -> 204 takes it back.
 */
export const DeviceSupportUsedRequest = z.strictObject({
  at: Instant,
  guideContactId: Id,
  kind: SupportUsedKind,
});
export type DeviceSupportUsedRequest = z.infer<typeof DeviceSupportUsedRequest>;

/** GET /api/people/:personId/contact-log: one page of every contact, newest first. */
export const ContactLogQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ContactLogQuery = z.infer<typeof ContactLogQuery>;

/** A contact in the console's log: with the caseworker's outcome and note, if they gave one. */
export const ContactLogEntry = ContactEvent.extend({
  outcome: ContactOutcome.nullable(),
  note: z.string().max(CONTACT_NOTE_MAX),
});
export type ContactLogEntry = z.infer<typeof ContactLogEntry>;

/** Staff only: `pages` is at least 1 (an empty log is one empty page). */
export const ContactLogPage = z.object({
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  total: z.number().int().min(0),
  entries: z.array(ContactLogEntry).max(100),
});
export type ContactLogPage = z.infer<typeof ContactLogPage>;
