import { z } from 'zod';
import { Id, Instant } from './common';

/*
 * Wellbeing check-ins and self-reported urgent care. Both live on the phone and are
 * sent to the service only when the person has chosen to send them (Settings; asked once).
 */

/** A 0–10 answer; null when the person skipped that question. */
const Score = z.number().int().min(0).max(10).nullable();

/** ONS loneliness question: "How often do you feel lonely?" (the ONS answer options). */
export const LONELINESS_OPTIONS = [
  'often-or-always',
  'some-of-the-time',
  'occasionally',
  'hardly-ever',
  'never',
] as const;
export const Loneliness = z.enum(LONELINESS_OPTIONS);
export type Loneliness = z.infer<typeof Loneliness>;

/** The four ONS personal wellbeing questions (0–10) and the loneliness question. */
export const CheckInAnswers = z.object({
  /** Overall, how satisfied are you with your life nowadays? */
  satisfied: Score,
  /** Overall, to what extent do you feel the things you do in your life are worthwhile? */
  worthwhile: Score,
  /** Overall, how happy did you feel yesterday? */
  happy: Score,
  /** Overall, how anxious did you feel yesterday? (0 = not at all) */
  anxious: Score,
  lonely: Loneliness.nullable(),
});
export type CheckInAnswers = z.infer<typeof CheckInAnswers>;

/** Why the app offered it: at the start of support, monthly, or when support steps back. */
export const CheckInReason = z.enum(['start', 'monthly', 'stepping-back']);
export type CheckInReason = z.infer<typeof CheckInReason>;

export const CheckIn = z.object({
  id: Id,
  at: Instant,
  reason: CheckInReason,
  answers: CheckInAnswers,
});
export type CheckIn = z.infer<typeof CheckIn>;

/** Urgent care the person recorded in a journal entry; `id` is the entry's id. No text. */
export const UrgentCareReport = z.object({
  id: Id,
  /** When it happened (the entry's time). */
  at: Instant,
  wentToAe: z.boolean(),
  called999: z.boolean(),
  called111: z.boolean(),
});
export type UrgentCareReport = z.infer<typeof UrgentCareReport>;

// ---- Phone

/**
 * PUT /api/device/check-ins/:id (CheckInRequest) -> CheckIn. Idempotent on the phone-made id.
 * PUT /api/device/urgent-care/:entryId (UrgentCareRequest) -> UrgentCareReport; sending again
 * replaces it (the entry was edited); DELETE the same path -> 204 (all three now false, or the
 * entry was deleted, or the person stopped sending).
 */
export const CheckInRequest = z.strictObject({
  at: Instant,
  reason: CheckInReason,
  answers: CheckInAnswers.strict(),
});
export type CheckInRequest = z.infer<typeof CheckInRequest>;

export const UrgentCareRequest = z.strictObject({
  at: Instant,
  wentToAe: z.boolean(),
  called999: z.boolean(),
  called111: z.boolean(),
});
export type UrgentCareRequest = z.infer<typeof UrgentCareRequest>;

// ---- Console

/** GET /api/people/:personId/wellbeing -> what the person chose to send, oldest first. */
export const WellbeingView = z.object({
  checkIns: z.array(CheckIn).max(1000),
  urgentCare: z.array(UrgentCareReport).max(5000),
});
export type WellbeingView = z.infer<typeof WellbeingView>;
