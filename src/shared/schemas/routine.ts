import { z } from 'zod';
import { Instant, requiredText } from './common';

/** One thing to do: "Have breakfast", "Walk to the shop". */
export const RoutineItem = requiredText(200);

const Items = z.array(RoutineItem).max(12);

/** What the person and their caseworker wrote for each part of the day. */
export const RoutineParts = z.object({ morning: Items, afternoon: Items, evening: Items });
export type RoutineParts = z.infer<typeof RoutineParts>;

/** A daily routine; `updatedAt` is null while nothing has been written. */
export const Routine = RoutineParts.extend({ updatedAt: Instant.nullable() });
export type Routine = z.infer<typeof Routine>;

/** PUT /api/people/:personId/routine. The server sets `updatedAt`. */
export const PutRoutineRequest = z.strictObject(RoutineParts.shape);
export type PutRoutineRequest = z.infer<typeof PutRoutineRequest>;

/** A routine with nothing written yet. */
export const EMPTY_ROUTINE: Routine = { morning: [], afternoon: [], evening: [], updatedAt: null };
