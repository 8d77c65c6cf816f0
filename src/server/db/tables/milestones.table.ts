import type { ColumnType, Selectable } from 'kysely';
import type { Db } from '../database';
import { jsonb } from '../json';
import type { GoalActor } from './goals.table';

export interface MilestonesTable {
  id: string;
  service_id: string;
  goal_id: string;
  position: number;
  title: string;
  /** A hoped-for day 'YYYY-MM-DD' (`date` columns are read as strings), never a deadline. */
  target_date: ColumnType<string | null, string | null | undefined, string | null>;
  reward: ColumnType<string | null, string | null | undefined, string | null>;
  done_at: Date | null;
  done_by: ColumnType<GoalActor | null, GoalActor | null | undefined, GoalActor | null>;
  /** jsonb: the shared `Encouragement` document ({text, byName, at}), or null. */
  encouragement: ColumnType<unknown, string | null | undefined, string | null>;
}

export type MilestoneRow = Selectable<MilestonesTable>;

/** A milestone as it is written. */
export interface MilestoneValues {
  id: string;
  title: string;
  targetDate: string | null;
  reward: string | null;
  doneAt: Date | null;
  doneBy: GoalActor | null;
  /** The shared `Encouragement` document, or null. */
  encouragement: unknown;
}

/** A milestone as its row, at `position` in its goal. */
export const milestoneRow = (
  serviceId: string,
  goalId: string,
  m: MilestoneValues,
  position: number,
) => ({
  id: m.id,
  service_id: serviceId,
  goal_id: goalId,
  position,
  title: m.title,
  target_date: m.targetDate,
  reward: m.reward,
  done_at: m.doneAt,
  done_by: m.doneBy,
  encouragement: m.encouragement === null ? null : jsonb(m.encouragement),
});

/** A goal's milestones in order. */
export async function listMilestones(
  db: Db,
  serviceId: string,
  goalId: string,
): Promise<MilestoneRow[]> {
  return db
    .selectFrom('milestones')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('goal_id', '=', goalId)
    .orderBy('position')
    .execute();
}

/** The milestone `milestoneId` of one of a person's goals, or undefined (anyone else's too). */
export async function findPersonMilestone(
  db: Db,
  serviceId: string,
  personId: string,
  milestoneId: string,
): Promise<MilestoneRow | undefined> {
  return db
    .selectFrom('milestones')
    .innerJoin('goals', (join) =>
      join
        .onRef('goals.id', '=', 'milestones.goal_id')
        .onRef('goals.service_id', '=', 'milestones.service_id'),
    )
    .selectAll('milestones')
    .where('milestones.service_id', '=', serviceId)
    .where('goals.person_id', '=', personId)
    .where('milestones.id', '=', milestoneId)
    .executeTakeFirst();
}

/** Which of these milestone ids exist anywhere (any goal, any service). */
export async function existingMilestoneIds(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('milestones').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Make a goal's milestones exactly `milestones`, in that order: rows matched by id are updated,
 * new ids inserted, and rows not listed deleted. Run inside a transaction.
 */
export async function replaceMilestones(
  db: Db,
  serviceId: string,
  goalId: string,
  milestones: MilestoneValues[],
): Promise<void> {
  const keep = milestones.map((m) => m.id);
  let gone = db
    .deleteFrom('milestones')
    .where('service_id', '=', serviceId)
    .where('goal_id', '=', goalId);
  if (keep.length > 0) gone = gone.where('id', 'not in', keep);
  await gone.execute();
  // Park the kept rows out of the way first, so positions never collide while reordering.
  await db
    .updateTable('milestones')
    .set((eb) => ({ position: eb('position', '+', 1000) }))
    .where('service_id', '=', serviceId)
    .where('goal_id', '=', goalId)
    .execute();
  for (const [position, m] of milestones.entries()) {
    const row = milestoneRow(serviceId, goalId, m, position);
    await db
      .insertInto('milestones')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('id')
          .doUpdateSet({
            position: row.position,
            title: row.title,
            target_date: row.target_date,
            reward: row.reward,
            done_at: row.done_at,
            done_by: row.done_by,
            encouragement: row.encouragement,
          })
          // Only ever this goal's own milestone: an id another goal uses is never taken over
          // (the insert then changes nothing, and the caller's id check answers 409).
          .where('milestones.goal_id', '=', goalId)
          .where('milestones.service_id', '=', serviceId),
      )
      .execute();
  }
}

/** Tick or untick a milestone; `doneAt` null unticks. */
export async function setMilestoneDone(
  db: Db,
  serviceId: string,
  milestoneId: string,
  doneAt: Date | null,
  doneBy: GoalActor | null,
): Promise<void> {
  await db
    .updateTable('milestones')
    .set({ done_at: doneAt, done_by: doneBy })
    .where('service_id', '=', serviceId)
    .where('id', '=', milestoneId)
    .execute();
}

export async function setMilestoneEncouragement(
  db: Db,
  serviceId: string,
  milestoneId: string,
  encouragement: unknown,
): Promise<void> {
  await db
    .updateTable('milestones')
    .set({ encouragement: jsonb(encouragement) })
    .where('service_id', '=', serviceId)
    .where('id', '=', milestoneId)
    .execute();
}
