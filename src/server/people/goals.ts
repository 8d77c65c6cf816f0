import { randomUUID } from 'node:crypto';
import {
  Encouragement,
  Goal,
  type GoalEventKind,
  type GoalInput,
  type GoalStatus,
} from '#shared/schemas/goal';
import type { Db } from '../db/database';
import { lockPersonChanges } from '../db/tables/changes.table';
import {
  countGoals,
  existingMilestoneIds,
  findGoal,
  findPersonMilestone,
  goalIdTaken,
  insertGoal,
  insertGoalEvents,
  listGoals,
  listMilestones,
  replaceMilestones,
  setMilestoneDone,
  setMilestoneEncouragement,
  touchGoal,
  updateGoalRow,
  type GoalActor,
  type GoalRecord,
  type MilestoneRow,
  type MilestoneValues,
  type NewGoalEvent,
} from '../db/tables/goals.table';
import { ApiProblem, invalidField, notFound } from '../problem';
import { enqueuePush } from '../push/enqueue';
import { profileChanged, type WriteContext } from './documents';

/*
 * Goals, milestones and rewards. Every change adds a line to the goal's history, is
 * recorded for sync and bumps the person's profile version (the phone shows goals offline);
 * a caseworker's change also queues a push ("Your goals have been updated."). Nothing here says
 * "failed": a target date passing changes nothing.
 */

/** The most milestones a goal has (the contract's limit). */
export const MAX_MILESTONES = 12;

/** The most goals a person has, finished ones included (the contract's GoalList limit). */
export const MAX_GOALS = 50;

/** Finished goals stay on the phone this long after they were finished. */
export const FINISHED_GOALS_SHOWN_DAYS = 90;

/** Who is changing a goal: the person (their phone) or a member of staff (`ctx.by`). */
export interface GoalWrite extends WriteContext {
  actor: GoalActor;
}

/** A stored goal in the shared shape, read back through the shared schema. */
export function toGoal(record: GoalRecord): Goal {
  return Goal.parse({
    id: record.id,
    personId: record.personId,
    title: record.title,
    status: record.status,
    milestones: record.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      targetDate: m.targetDate,
      reward: m.reward,
      doneAt: m.doneAt?.toISOString() ?? null,
      doneBy: m.doneAt ? m.doneBy : null,
      encouragement: m.encouragement === null ? null : Encouragement.parse(m.encouragement),
    })),
    history: record.history.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      by: e.by,
      byName: e.byName,
      title: e.title,
    })),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  });
}

/** Every goal of a person, newest first. */
export async function loadGoals(db: Db, serviceId: string, personId: string): Promise<Goal[]> {
  return (await listGoals(db, serviceId, personId)).map(toGoal);
}

/** One goal of a person; a 404 for anyone else's. */
export async function loadGoal(
  db: Db,
  serviceId: string,
  personId: string,
  goalId: string,
): Promise<Goal> {
  const [record] = await listGoals(db, serviceId, personId, [goalId]);
  if (!record) throw notFound('That goal');
  return toGoal(record);
}

/** When a goal was last finished (its newest `finished` line), or null. */
export function finishedAt(goal: Goal): string | null {
  return goal.history.findLast((e) => e.kind === 'finished')?.at ?? null;
}

/** The goals a phone carries: all but those finished more than 90 days ago. */
export function goalsForPhone(goals: Goal[], now: Date): Goal[] {
  const since = now.getTime() - FINISHED_GOALS_SHOWN_DAYS * 24 * 60 * 60 * 1000;
  return goals.filter((g) => {
    if (g.status !== 'finished') return true;
    const at = finishedAt(g) ?? g.updatedAt;
    return new Date(at).getTime() >= since;
  });
}

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
async function goalChanged(db: Db, w: GoalWrite, goalId: string, events: NewGoalEvent[]) {
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

const line = (w: GoalWrite, goalId: string, kind: GoalEventKind, title: string, at = w.now) => ({
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
