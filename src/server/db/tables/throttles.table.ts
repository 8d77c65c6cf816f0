import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';

export interface ThrottlesTable {
  key: string;
  /** Attempts taken (and not given back by a success) since the count last started. */
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}
export type ThrottleRow = Selectable<ThrottlesTable>;

/**
 * Take one attempt for `key` unless it is locked now: one statement, so instances sharing a
 * database agree, and the row stays locked until the caller's transaction ends, so the next
 * taker sees any lock this one sets. A count whose last attempt is older than `forgetBefore`
 * starts again from one. Returns the count, or undefined when the key is locked.
 */
export async function takeThrottle(
  db: Db,
  key: string,
  now: Date,
  forgetBefore: Date,
): Promise<number | undefined> {
  const row = await db
    .insertInto('throttles')
    .values({ key, failures: 1, last_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({
          failures: sql<number>`case when throttles.last_failure_at < ${forgetBefore} then 1 else throttles.failures + 1 end`,
          last_failure_at: now,
        })
        .where((eb) =>
          eb.or([
            eb('throttles.locked_until', 'is', null),
            eb('throttles.locked_until', '<=', now),
          ]),
        ),
    )
    .returning('failures')
    .executeTakeFirst();
  return row ? Number(row.failures) : undefined;
}

export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('throttles').selectAll().where('key', 'in', keys).execute();
}

export async function findLockedUntil(db: Db, key: string): Promise<Date | null> {
  const row = await db
    .selectFrom('throttles')
    .select('locked_until')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.locked_until ?? null;
}

export async function lockThrottle(db: Db, key: string, until: Date): Promise<void> {
  await db.updateTable('throttles').set({ locked_until: until }).where('key', '=', key).execute();
}

/**
 * Give back one attempt that turned out right. The lock goes only when the count drops below
 * `threshold`: a lock earned by earlier failures stays.
 */
export async function giveBackThrottle(db: Db, key: string, threshold: number): Promise<void> {
  await db
    .updateTable('throttles')
    .set((eb) => ({
      failures: sql<number>`greatest(${eb.ref('failures')} - 1, 0)`,
      locked_until: sql<Date | null>`case when ${eb.ref('failures')} - 1 < ${threshold} then null else ${eb.ref('locked_until')} end`,
    }))
    .where('key', '=', key)
    .execute();
}

export async function deleteThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('throttles').where('key', '=', key).execute();
}

/** Counts nobody will read again: no attempt since `before`, and no lock still running. */
export async function deleteStaleThrottles(db: Db, before: Date, now: Date): Promise<void> {
  await db
    .deleteFrom('throttles')
    .where('last_failure_at', '<', before)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .execute();
}
