import { Encouragement, Goal } from '#shared/schemas/goal';
import type { Db } from '../db/database';
import type { GoalActor } from '../db/tables/goals.table';
import { listGoals, type GoalRecord } from '../db/tables/goals.query';
import { notFound } from '../problem';
import type { WriteContext } from './documents';

/*
 * Goals, milestones and rewards. Every change adds a line to the goal's history, is
 * recorded for sync and bumps the person's profile version (the phone shows goals offline);
 * a caseworker's change also queues a push ("Your goals have been updated."). Nothing here says
 * "failed": a target date passing changes nothing. Reading goals is here; setting and changing
 * one is in goal-changes.ts, ticking and encouraging a milestone in milestone-changes.ts.
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
