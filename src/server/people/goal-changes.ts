import { randomUUID } from 'node:crypto';
import type { GoalEventKind, GoalInput, GoalStatus } from '#shared/schemas/goal';
import type { Db } from '../db/database';
import { lockPersonChanges } from '../db/tables/changes.table';
import { insertGoalEvents, type NewGoalEvent } from '../db/tables/goal-events.table';
import {
  countGoals,
  findGoal,
  goalIdTaken,
  insertGoal,
  touchGoal,
  updateGoalRow,
} from '../db/tables/goals.table';
import {
  existingMilestoneIds,
  listMilestones,
  replaceMilestones,
  type MilestoneRow,
  type MilestoneValues,
} from '../db/tables/milestones.table';
import { ApiProblem, invalidField, notFound } from '../problem';
import { enqueuePush } from '../push/enqueue';
import { profileChanged } from './documents';
import { MAX_GOALS, MAX_MILESTONES, type GoalWrite } from './goals';

/*
 * Setting and changing a goal (its title, status and milestones), and the history line and
 * sync record every change of a goal or its milestones writes.
 */

/** The history line a status change writes, or undefined when the status stays. */
function statusEvent(from: GoalStatus, to: GoalStatus): GoalEventKind | undefined {
  if (from === to) return undefined;
  if (to === 'paused') return 'paused';
  if (to === 'finished') return 'finished';
  return 'restarted';
}

/**
 * What was recorded: for sync and the profile cache, then (in the route, after commit) the
 * push worker, profile caches on every instance and the consoles.
 */
export async function goalChanged(db: Db, w: GoalWrite, goalId: string, events: NewGoalEvent[]) {
  await insertGoalEvents(db, w.serviceId, events);
  await touchGoal(db, w.serviceId, goalId, w.now);
  await profileChanged(db, w, 'goal');
  if (w.actor === 'caseworker') {
    await enqueuePush(db, {
      serviceId: w.serviceId,
      personId: w.personId,
      kind: 'goal',
      now: w.now,
    });
  }
}
export const line = (
  w: GoalWrite,
  goalId: string,
  kind: GoalEventKind,
  title: string,
  at = w.now,
) => ({
  goalId,
  at,
  kind,
  by: w.actor,
  caseworkerId: w.actor === 'caseworker' ? w.by : null,
  title,
});

/**
 * Ids the console chose for new milestones (those not in `known`) must not belong to anything
 * else. `ids` lines up with the request's milestones (undefined: the server makes one).
 */
async function assertFreeIds(
  db: Db,
  ids: (string | undefined)[],
  known: ReadonlySet<string> = new Set(),
): Promise<void> {
  const fresh = ids.filter((id): id is string => id !== undefined && !known.has(id));
  const taken = await existingMilestoneIds(db, fresh);
  const index = ids.findIndex((id) => id !== undefined && taken.has(id));
  if (index >= 0) {
    const field = `milestones.${index}.id`;
    throw new ApiProblem(409, 'id_taken', 'Leave out the id for a new step.', {
      [field]: 'Leave out the id for a new step.',
    });
  }
}

/**
 * Set a new goal (status active) with its milestones. A retry with the same `id` changes
 * nothing and answers the same goal. Run inside a transaction. Returns the goal's id and
 * whether anything was written.
 */
export async function createGoal(
  db: Db,
  w: GoalWrite,
  input: GoalInput,
): Promise<{ goalId: string; created: boolean }> {
  await lockPersonChanges(db, w.personId);
  if (input.id) {
    if (await findGoal(db, w.serviceId, w.personId, input.id)) {
      return { goalId: input.id, created: false };
    }
    if (await goalIdTaken(db, input.id)) {
      throw new ApiProblem(409, 'id_taken', 'Leave out the id for a new goal.', {
        id: 'Leave out the id for a new goal.',
      });
    }
  }
  if ((await countGoals(db, w.serviceId, w.personId)) >= MAX_GOALS) {
    throw new ApiProblem(
      409,
      'too_many_goals',
      `A person can have up to ${MAX_GOALS} goals. Change one that is finished instead.`,
    );
  }
  const goalId = input.id ?? randomUUID();
  const ids = input.milestones.map((m) => m.id ?? randomUUID());
  if (new Set(ids).size !== ids.length) {
    throw invalidField('milestones', 'Each step needs its own id.');
  }
  await assertFreeIds(
    db,
    input.milestones.map((m) => m.id),
  );
  const milestones: MilestoneValues[] = input.milestones.map((m, i) => ({
    id: ids[i] ?? randomUUID(),
    title: m.title,
    targetDate: m.targetDate,
    reward: m.reward,
    doneAt: null,
    doneBy: null,
    encouragement: null,
  }));
  await insertGoal(db, w.serviceId, {
    id: goalId,
    personId: w.personId,
    title: input.title,
    status: 'active',
    milestones,
    now: w.now,
  });
  await goalChanged(db, w, goalId, [line(w, goalId, 'set', input.title)]);
  return { goalId, created: true };
}

const sameMilestone = (a: MilestoneRow, b: MilestoneValues, position: number) =>
  a.position === position &&
  a.title === b.title &&
  a.target_date === b.targetDate &&
  a.reward === b.reward;

/**
 * Change a goal's title, status and milestones. Milestones are matched by id; a ticked one
 * left out is kept (after the others: its history stays), an unticked one left out is removed.
 * Nothing changed: nothing is written. Run inside a transaction; a 404 for anyone else's goal.
 */
export async function changeGoal(
  db: Db,
  w: GoalWrite,
  goalId: string,
  input: GoalInput,
): Promise<boolean> {
  await lockPersonChanges(db, w.personId);
  const goal = await findGoal(db, w.serviceId, w.personId, goalId, true);
  if (!goal) throw notFound('That goal');
  if (input.id !== undefined && input.id !== goalId) {
    throw invalidField('id', 'The goal id must match the address.');
  }
  const old = await listMilestones(db, w.serviceId, goalId);
  const byId = new Map(old.map((m) => [m.id, m]));
  const given = input.milestones.map((m) => m.id ?? randomUUID());
  if (new Set(given).size !== given.length) {
    throw invalidField('milestones', 'Each step needs its own id.');
  }
  await assertFreeIds(
    db,
    input.milestones.map((m) => m.id),
    new Set(byId.keys()),
  );
  const next: MilestoneValues[] = input.milestones.map((m, i) => {
    const id = given[i] ?? randomUUID();
    const was = byId.get(id);
    return {
      id,
      title: m.title,
      targetDate: m.targetDate,
      reward: m.reward,
      doneAt: was?.done_at ?? null,
      doneBy: was?.done_by ?? null,
      encouragement: was?.encouragement ?? null,
    };
  });
  const listed = new Set(given);
  for (const m of old) {
    if (listed.has(m.id) || m.done_at === null) continue;
    next.push({
      id: m.id,
      title: m.title,
      targetDate: m.target_date,
      reward: m.reward,
      doneAt: m.done_at,
      doneBy: m.done_by,
      encouragement: m.encouragement,
    });
  }
  if (next.length > MAX_MILESTONES) {
    throw new ApiProblem(
      400,
      'too_many_milestones',
      `A goal can have up to ${MAX_MILESTONES} steps. Steps already done are kept.`,
      { milestones: `Up to ${MAX_MILESTONES} steps, counting the ones already done.` },
    );
  }
  const status = input.status ?? goal.status;
  const milestonesChanged =
    next.length !== old.length ||
    next.some((m, i) => {
      const was = byId.get(m.id);
      return !was || !sameMilestone(was, m, i);
    });
  const titleChanged = input.title !== goal.title;
  const events: NewGoalEvent[] = [];
  if (titleChanged || milestonesChanged) events.push(line(w, goalId, 'changed', input.title));
  const statusKind = statusEvent(goal.status, status);
  if (statusKind) events.push(line(w, goalId, statusKind, input.title));
  if (events.length === 0) return false;
  if (titleChanged || statusKind) {
    await updateGoalRow(db, w.serviceId, goalId, { title: input.title, status, now: w.now });
  }
  if (milestonesChanged) await replaceMilestones(db, w.serviceId, goalId, next);
  await goalChanged(db, w, goalId, events);
  return true;
}
