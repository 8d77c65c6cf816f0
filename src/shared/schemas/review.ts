import { z } from 'zod';
import { DisplayName, Id, Instant, LocalDate, requiredText, text } from './common';
import { PersonStatus } from './person';

/** One set point of a service's reviews: "Interim review" 3 weeks after support starts. */
export const ReviewPoint = z.object({
  label: requiredText(60),
  weeks: z.number().int().min(1).max(104),
});
export type ReviewPoint = z.infer<typeof ReviewPoint>;

/**
 * When a service reviews support: its set points from the start of support, and how often a
 * review falls due after the last of them while support carries on (null: no more).
 */
export const ReviewSettings = z.object({
  points: z.array(ReviewPoint).max(6),
  thenEveryWeeks: z.number().int().min(1).max(52).nullable(),
});
export type ReviewSettings = z.infer<typeof ReviewSettings>;

/** GET /api/review-settings: `updatedAt` null while the service uses the defaults. */
export const ReviewSettingsResponse = ReviewSettings.extend({ updatedAt: Instant.nullable() });
export type ReviewSettingsResponse = z.infer<typeof ReviewSettingsResponse>;

/** PUT /api/review-settings (the lead only). */
export const PutReviewSettingsRequest = z.strictObject({
  points: z.array(z.strictObject(ReviewPoint.shape)).max(6),
  thenEveryWeeks: ReviewSettings.shape.thenEveryWeeks,
});
export type PutReviewSettingsRequest = z.infer<typeof PutReviewSettingsRequest>;

/** One line of a relapse plan. */
export const RelapseLine = requiredText(300);

/**
 * What the person and caseworker agree when support steps back: the signs to watch for, what
 * to do, and how to come back to the team. Coming back always has at least one line, so no one
 * steps back without a way back.
 */
export const RelapsePlanInput = z.strictObject({
  signs: z.array(RelapseLine).max(10),
  whatToDo: z.array(RelapseLine).max(10),
  comeBack: z.array(RelapseLine).min(1, 'Say how they can come back to the team').max(10),
});
export type RelapsePlanInput = z.infer<typeof RelapsePlanInput>;

export const RelapsePlan = z.object({
  signs: z.array(RelapseLine).max(10),
  whatToDo: z.array(RelapseLine).max(10),
  comeBack: z.array(RelapseLine).max(10),
  updatedAt: Instant,
});
export type RelapsePlan = z.infer<typeof RelapsePlan>;

/** How support goes on after a review. Stepping back goes the same way as "Step back support". */
export const REVIEW_DECISIONS = ['continues', 'steps-down', 'steps-back'] as const;
export const ReviewDecision = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** A goal's progress in the person's own words, with the goal's title when it was reviewed. */
export const ReviewGoal = z.object({ goalId: Id, title: text(200), words: text(1000) });
export type ReviewGoal = z.infer<typeof ReviewGoal>;

/** A review as recorded: words, never a score. */
export const Review = z.object({
  id: Id,
  heldOn: LocalDate,
  /** The set point it was for ("Interim review"); null for a review between the set points. */
  point: text(60).nullable(),
  goals: z.array(ReviewGoal).max(50),
  nextSteps: text(2000),
  decision: ReviewDecision,
  recordedBy: DisplayName.nullable(),
  recordedAt: Instant,
});
export type Review = z.infer<typeof Review>;

/** The next review of a person and the day it falls due (London). */
export const ReviewDue = z.object({ label: text(60), dueOn: LocalDate });
export type ReviewDue = z.infer<typeof ReviewDue>;

/**
 * The person's weekly contact target as a review sees it: this week's (null: none agreed), what
 * stepping down would propose from next week (null: nothing lower), and that week's Monday.
 */
export const ReviewContactPlan = z.object({
  thisWeek: z.number().int().min(0).nullable(),
  proposed: z.number().int().min(1).nullable(),
  fromWeek: LocalDate,
});
export type ReviewContactPlan = z.infer<typeof ReviewContactPlan>;

/** GET /api/people/:personId/reviews: what is due, the relapse plan, and every review, newest first. */
export const ReviewsView = z.object({
  status: PersonStatus,
  supportStartedAt: Instant,
  next: ReviewDue.nullable(),
  settings: ReviewSettings,
  relapsePlan: RelapsePlan.nullable(),
  contactPlan: ReviewContactPlan,
  reviews: z.array(Review),
});
export type ReviewsView = z.infer<typeof ReviewsView>;

/**
 * POST /api/people/:personId/reviews. Stepping back needs a relapse plan. Stepping down may
 * carry the weekly contact target the caseworker confirmed with the person (from next week);
 * without it the contact plan stays as it is: it is never changed unasked.
 */
export const RecordReviewRequest = z
  .strictObject({
    id: Id,
    heldOn: LocalDate,
    goals: z.array(z.strictObject({ goalId: Id, words: text(1000) })).max(50),
    nextSteps: text(2000),
    decision: ReviewDecision,
    relapsePlan: RelapsePlanInput.optional(),
    contactTarget: z.strictObject({ times: z.number().int().min(1).max(100) }).optional(),
  })
  .superRefine((review, ctx) => {
    if (review.contactTarget && review.decision !== 'steps-down') {
      ctx.addIssue({
        code: 'custom',
        path: ['contactTarget'],
        message: 'Only a review that steps support down changes the contact plan here',
      });
    }
    if (review.decision === 'steps-back' && !review.relapsePlan) {
      ctx.addIssue({
        code: 'custom',
        path: ['relapsePlan'],
        message: 'Agree a relapse plan before support steps back',
      });
    }
  });
export type RecordReviewRequest = z.infer<typeof RecordReviewRequest>;
