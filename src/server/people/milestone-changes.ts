import { Encouragement } from '#shared/schemas/goal';
import type { Db } from '../db/database';
import { lockPersonChanges } from '../db/tables/changes.table';
import { findGoal } from '../db/tables/goals.table';
import {
  findPersonMilestone,
  setMilestoneDone,
  setMilestoneEncouragement,
} from '../db/tables/milestones.table';
import { notFound } from '../problem';
import { goalChanged, line } from './goal-changes';
import type { GoalWrite } from './goals';

/* Ticking a milestone and a caseworker's encouragement on one. */

/**
 * Tick (or untick) a milestone of one of the person's goals. Ticking keeps the first tick's
 * time (a retry changes nothing); `at` (when it was tapped) is never later than now. Run inside
 * a transaction; a 404 for anyone else's milestone (and for one not in `goalId`, when given).
 */
export async function tickMilestone(
  db: Db,
  w: GoalWrite,
  target: { milestoneId: string; goalId?: string },
  done: boolean,
  at: Date,
): Promise<{ goalId: string; changed: boolean }> {
  await lockPersonChanges(db, w.personId);
  const milestone = await findPersonMilestone(db, w.serviceId, w.personId, target.milestoneId);
  if (!milestone || (target.goalId !== undefined && milestone.goal_id !== target.goalId)) {
    throw notFound('That step');
  }
  const goalId = milestone.goal_id;
  // Lock the goal so a tick and a change of the goal never interleave.
  await findGoal(db, w.serviceId, w.personId, goalId, true);
  if (done === (milestone.done_at !== null)) return { goalId, changed: false };
  const when = at.getTime() > w.now.getTime() ? w.now : at;
  if (done) {
    await setMilestoneDone(db, w.serviceId, milestone.id, when, w.actor);
    await goalChanged(db, w, goalId, [line(w, goalId, 'milestone-done', milestone.title, when)]);
  } else {
    await setMilestoneDone(db, w.serviceId, milestone.id, null, null);
    await goalChanged(db, w, goalId, [line(w, goalId, 'milestone-undone', milestone.title)]);
  }
  return { goalId, changed: true };
}

/**
 * A caseworker's note of encouragement on a milestone; replaces any earlier one. Run inside a
 * transaction; a 404 for a milestone that is not in this person's goal.
 */
export async function encourage(
  db: Db,
  w: GoalWrite,
  target: { goalId: string; milestoneId: string },
  note: { text: string; byName: string },
): Promise<boolean> {
  await lockPersonChanges(db, w.personId);
  const milestone = await findPersonMilestone(db, w.serviceId, w.personId, target.milestoneId);
  if (!milestone || milestone.goal_id !== target.goalId) throw notFound('That step');
  await findGoal(db, w.serviceId, w.personId, target.goalId, true);
  // The same note again (a retry, a double click) changes nothing: no history line, no push.
  const current = Encouragement.safeParse(milestone.encouragement);
  if (current.success && current.data.text === note.text && current.data.byName === note.byName) {
    return false;
  }
  const encouragement: Encouragement = {
    text: note.text,
    byName: note.byName,
    at: w.now.toISOString(),
  };
  await setMilestoneEncouragement(db, w.serviceId, milestone.id, encouragement);
  await goalChanged(db, w, target.goalId, [line(w, target.goalId, 'encouraged', milestone.title)]);
  return true;
}
