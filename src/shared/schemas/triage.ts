import { z } from 'zod';
import { DisplayName, Id, Instant } from './common';
import { ReviewDue } from './review';
import { AwayToday } from './leave';

/**
 * The start of a caseworker's day: what needs them, one row per thing, each saying why it is
 * there. What happened, never a rating of risk (NICE NG225): urgent care comes first because the
 * person told us about it, not because of a score.
 */
export const TRIAGE_KINDS = [
  'urgent-care',
  'message',
  'shared-entry',
  'check-in',
  'milestone',
  'review',
  'quiet',
] as const;
export const TriageKind = z.enum(TRIAGE_KINDS);
export type TriageKind = z.infer<typeof TriageKind>;

/**
 * What makes a row the same row tomorrow: its kind and the newest thing it is about. Marked
 * done, it stays done until something newer arrives (a new message gives a new key).
 */
export const TriageKey = z
  .string()
  .max(160)
  .regex(
    new RegExp(`^(${TRIAGE_KINDS.join('|')}):[0-9a-zA-Z:._-]+$`),
    'That is not a triage item.',
  );
export type TriageKey = z.infer<typeof TriageKey>;

export const TriageItem = z.object({
  key: TriageKey,
  kind: TriageKind,
  personId: Id,
  personName: DisplayName,
  /** When it happened; for a person not heard from, when we last heard (null: never). */
  at: Instant.nullable(),
  /** Messages and shared entries waiting: how many. */
  count: z.number().int().min(1).optional(),
  /** Some of the messages waited for the agreed hours to begin. */
  released: z.boolean().optional(),
  /** What the person told us they did. */
  urgentCare: z
    .object({ called999: z.boolean(), wentToAe: z.boolean(), called111: z.boolean() })
    .optional(),
  /** A review due: which, and the London day it fell due. */
  review: ReviewDue.optional(),
  /** The person's caseworker is on leave today; `cover` null: nobody covers (team inbox). */
  away: AwayToday.optional(),
});
export type TriageItem = z.infer<typeof TriageItem>;

export const QUIET_DAYS_CHOICES = [7, 14, 21, 28] as const;
export const DEFAULT_QUIET_DAYS = 14;
/** Check-ins, milestones and urgent care stay in triage this long unless marked done. */
export const RECENT_DAYS = 14;

/** GET /api/triage */
export const TriageQuery = z.strictObject({
  quietDays: z.coerce.number().int().min(1).max(90).default(DEFAULT_QUIET_DAYS),
});
export type TriageQuery = z.infer<typeof TriageQuery>;

export const TriageResponse = z.object({
  items: z.array(TriageItem),
  quietDays: z.number().int(),
  /** Rows marked done by this member of staff, not listed. */
  done: z.number().int().min(0),
});
export type TriageResponse = z.infer<typeof TriageResponse>;

/** POST /api/triage/done */
export const TriageDoneRequest = z.strictObject({ key: TriageKey, personId: Id });
export type TriageDoneRequest = z.infer<typeof TriageDoneRequest>;
