import { z } from 'zod';
import { Id, Instant, requiredText, text } from './common';

/** A small step towards a goal. */
export const Milestone = z.object({
  id: Id,
  title: requiredText(120),
  doneAt: Instant.nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

/** A small personal treat the person chooses ("an ice cream on the beach"). */
export const Reward = z.object({
  id: Id,
  description: requiredText(200),
  earnedAt: Instant.nullable(),
});
export type Reward = z.infer<typeof Reward>;

/** `set-aside`: not now, no blame. A goal is never "failed". */
export const GoalStatus = z.enum(['active', 'achieved', 'set-aside']);
export type GoalStatus = z.infer<typeof GoalStatus>;

export const Goal = z.object({
  id: Id,
  personId: Id,
  title: requiredText(120),
  why: text(500).optional(),
  status: GoalStatus,
  milestones: z.array(Milestone).max(20),
  reward: Reward.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Goal = z.infer<typeof Goal>;
