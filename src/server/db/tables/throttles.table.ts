import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';

export interface ThrottlesTable {
  key: string;
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}
export type ThrottleRow = Selectable<ThrottlesTable>;

export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
  if (keys.length === 0) return [];
  return db.selectFrom('throttles').selectAll().where('key', 'in', keys).execute();
}

/**
 * Count one more failure for `key`, atomically, so instances sharing a database agree.
 * A count whose last failure is older than `forgetBefore` starts again from one.
 */
export async function addThrottleFailure(
  db: Db,
  key: string,
  now: Date,
  forgetBefore: Date,
): Promise<number> {
  const row = await db
    .insertInto('throttles')
    .values({ key, failures: 1, last_failure_at: now, locked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when throttles.last_failure_at < ${forgetBefore} then 1 else throttles.failures + 1 end`,
        last_failure_at: now,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return Number(row.failures);
}

export async function lockThrottle(db: Db, key: string, until: Date): Promise<void> {
  await db.updateTable('throttles').set({ locked_until: until }).where('key', '=', key).execute();
}

export async function deleteThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom('throttles').where('key', '=', key).execute();
}
