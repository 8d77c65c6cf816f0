import { z } from 'zod';
import { DisplayName, Id, Instant, LocalDate, requiredText, text } from './common';

/*
 * Goals with milestones and small rewards. The caseworker and the person set them
 * together in the console; the phone shows them offline and lets the person tick a milestone.
 * Nothing here can say "failed": a missed target date simply moves on.
 */

/** A caseworker's note of encouragement on a milestone ("Well done, Pat!"). */
export const Encouragement = z.object({
  text: requiredText(300),
  byName: DisplayName,
  at: Instant,
});
export type Encouragement = z.infer<typeof Encouragement>;

/** A small step towards a goal, with the person's own reward for reaching it. */
export const Milestone = z.object({
  id: Id,
  title: requiredText(120),
  /** A hoped-for date, never a deadline. */
  targetDate: LocalDate.nullable(),
  /** The person's own small treat ("Ice cream on the beach"); null when none was chosen. */
  reward: text(200).nullable(),
  doneAt: Instant.nullable(),
  /** Who ticked it: the person on their phone, or a caseworker. Optional for older caches. */
  doneBy: z.enum(['person', 'caseworker']).nullable().optional(),
  encouragement: Encouragement.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

/** `paused`: not now, no blame. `finished`: the person and caseworker agreed it is done. */
export const GoalStatus = z.enum(['active', 'paused', 'finished']);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const GoalEventKind = z.enum([
  'set',
  'changed',
  'paused',
  'restarted',
  'finished',
  'milestone-done',
  'milestone-undone',
  'encouraged',
]);
export type GoalEventKind = z.infer<typeof GoalEventKind>;

/** One line of a goal's history, kept for good. `title` is what the goal or milestone was called. */
export const GoalEvent = z.object({
  at: Instant,
  kind: GoalEventKind,
  by: z.enum(['person', 'caseworker']),
  /** The caseworker's name when `by` is caseworker. */
  byName: DisplayName.nullable(),
  title: text(160),
});
export type GoalEvent = z.infer<typeof GoalEvent>;

export const Goal = z.object({
  id: Id,
  personId: Id,
  /** In the person's own words: "Go to the Tuesday walking group". */
  title: requiredText(160),
  status: GoalStatus,
  milestones: z.array(Milestone).max(12),
  /** Oldest first. */
  history: z.array(GoalEvent).max(500),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Goal = z.infer<typeof Goal>;

export const GoalList = z.array(Goal).max(50);
export type GoalList = z.infer<typeof GoalList>;

// ---- Console (session cookie + x-csrf-token on writes)

/** A milestone as the console sends it. Without `id` the server makes one. */
export const MilestoneInput = z.strictObject({
  id: Id.optional(),
  title: Milestone.shape.title,
  targetDate: LocalDate.nullable(),
  reward: text(200).nullable(),
});
export type MilestoneInput = z.infer<typeof MilestoneInput>;

/**
 * POST /api/people/:personId/goals -> 201 Goal (a new goal, status active; `id` optional, a
 * retry with the same id answers the same goal).
 * PUT  /api/people/:personId/goals/:goalId -> Goal: change the title, status and milestones.
 * Milestones are matched by id; a ticked milestone can be renamed but never removed (its
 * history is kept); an unticked one left out is removed. Every change adds a history line.
 * GET  /api/people/:personId/goals -> GoalList (every goal, newest first, with history).
 */
export const GoalInput = z.strictObject({
  id: Id.optional(),
  title: Goal.shape.title,
  status: GoalStatus.optional(),
  milestones: z.array(MilestoneInput).max(12),
});
export type GoalInput = z.infer<typeof GoalInput>;

/**
 * POST /api/people/:personId/goals/:goalId/milestones/:milestoneId/encouragement -> Goal.
 * Replaces any earlier note on that milestone; pushes "Your goals have been updated."
 */
export const EncouragementRequest = z.strictObject({ text: Encouragement.shape.text });
export type EncouragementRequest = z.infer<typeof EncouragementRequest>;

/** Route parameters. */
export const GoalParams = z.object({ personId: Id, goalId: Id });
export const MilestoneParams = z.object({ personId: Id, goalId: Id, milestoneId: Id });

// ---- Phone (Authorization: Bearer <device token>)

/**
 * PUT /api/device/milestones/:milestoneId -> Goal. The person ticks (or unticks) a milestone.
 * `at` is when they tapped it on the phone (the outbox may send it later); the server keeps the
 * first tick time, so a retry changes nothing. Console sees it live (LiveEvent `goal`).
 * The caseworker can tick too, with the same body, at
 * PUT /api/people/:personId/goals/:goalId/milestones/:milestoneId -> Goal.
 */
export const TickMilestoneRequest = z.strictObject({ done: z.boolean(), at: Instant });
export type TickMilestoneRequest = z.infer<typeof TickMilestoneRequest>;
