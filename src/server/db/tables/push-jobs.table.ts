import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

/** One push to send to one subscription. Deleted when sent or given up on. */
export interface PushJobsTable {
  id: string;
  service_id: string;
  subscription_id: string;
  payload: Jsonb;
  kind: string;
  attempts: number;
  run_at: Date;
  expires_at: Date;
  created_at: Date;
  last_error: string | null;
}
export type PushJobRow = Selectable<PushJobsTable>;

/**
 * A job for every live subscription of the person's linked (not revoked) phones. A job of the
 * same kind still waiting for its first try already covers this one, so none is added for it.
 * Run inside the transaction of the write that causes it: no write, no push; no push lost.
 */
export async function enqueuePushJobs(
  db: Db,
  input: {
    serviceId: string;
    personId: string;
    kind: string;
    payload: unknown;
    expiresAt: Date;
    now: Date;
  },
): Promise<number> {
  const { serviceId, personId, kind, now } = input;
  const result = await db
    .insertInto('push_jobs')
    .columns([
      'id',
      'service_id',
      'subscription_id',
      'payload',
      'kind',
      'attempts',
      'run_at',
      'expires_at',
      'created_at',
    ])
    .expression((eb) =>
      eb
        .selectFrom('push_subscriptions as s')
        .innerJoin('devices as d', (join) =>
          join.onRef('d.id', '=', 's.device_id').onRef('d.service_id', '=', 's.service_id'),
        )
        .select([
          sql<string>`gen_random_uuid()`.as('id'),
          's.service_id',
          's.id as subscription_id',
          jsonb(input.payload).as('payload'),
          sql<string>`${kind}::text`.as('kind'),
          sql<number>`0`.as('attempts'),
          sql<Date>`${now}::timestamptz`.as('run_at'),
          sql<Date>`${input.expiresAt}::timestamptz`.as('expires_at'),
          sql<Date>`${now}::timestamptz`.as('created_at'),
        ])
        .where('s.service_id', '=', serviceId)
        .where('s.person_id', '=', personId)
        .where('d.revoked_at', 'is', null)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('push_jobs as j')
                .select('j.id')
                .whereRef('j.subscription_id', '=', 's.id')
                .where('j.kind', '=', kind)
                .where('j.attempts', '=', 0),
            ),
          ),
        ),
    )
    .returning('id')
    .execute();
  return result.length;
}

/**
 * Claim up to `limit` due jobs for this instance: lock them (skipping any another instance
 * holds), count the attempt and move `run_at` on by `leaseMs`, so if this instance dies mid-send
 * another picks the job up once the lease runs out. Jobs past their expiry are deleted instead.
 */
export async function claimPushJobs(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<PushJobRow[]> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('push_jobs').where('expires_at', '<=', now).execute();
    const due = await trx
      .selectFrom('push_jobs')
      .select('id')
      .where('run_at', '<=', now)
      .orderBy('run_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable('push_jobs')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        run_at: new Date(now.getTime() + leaseMs),
      }))
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .returningAll()
      .execute();
  });
}

export async function deletePushJob(db: Db, id: string): Promise<void> {
  await db.deleteFrom('push_jobs').where('id', '=', id).execute();
}

export async function retryPushJobAt(
  db: Db,
  id: string,
  runAt: Date,
  error: string,
): Promise<void> {
  await db
    .updateTable('push_jobs')
    .set({ run_at: runAt, last_error: error.slice(0, 200) })
    .where('id', '=', id)
    .execute();
}

/** How many jobs are waiting (for tests and the bench). */
export async function countPushJobs(db: Db): Promise<number> {
  const row = await db
    .selectFrom('push_jobs')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
