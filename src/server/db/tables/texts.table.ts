import { sql, type Selectable } from 'kysely';
import type { Db } from '../database';

/** A person's mobile number, sealed (texts/number-seal.ts), and their quiet hours. */
export interface TextNumbersTable {
  person_id: string;
  service_id: string;
  number_sealed: string;
  quiet_start: string;
  quiet_end: string;
  updated_at: Date;
  updated_by: string | null;
}
export type TextNumberRow = Selectable<TextNumbersTable>;

/** One reply that may need a text. Deleted once texted, read, covered or given up on. */
export interface TextJobsTable {
  id: string;
  service_id: string;
  person_id: string;
  message_id: string;
  reply_at: Date;
  run_at: Date;
  waiting_for_read: boolean;
  attempts: number;
  created_at: Date;
  last_error: string | null;
}
export type TextJobRow = Selectable<TextJobsTable>;

export type TextSendState = 'sending' | 'sent' | 'failed' | 'unknown';

/** One text, at most one per reply (message_id is unique). Never its words. */
export interface TextSendsTable {
  id: string;
  service_id: string;
  person_id: string;
  message_id: string;
  state: TextSendState;
  started_at: Date;
  sent_at: Date | null;
  notify_id: string | null;
}

export async function findTextNumber(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<TextNumberRow | undefined> {
  return db
    .selectFrom('text_numbers')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

export async function saveTextNumber(db: Db, row: TextNumberRow): Promise<void> {
  await db
    .insertInto('text_numbers')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('person_id')
        .doUpdateSet({
          number_sealed: row.number_sealed,
          quiet_start: row.quiet_start,
          quiet_end: row.quiet_end,
          updated_at: row.updated_at,
          updated_by: row.updated_by,
        })
        .where('text_numbers.service_id', '=', row.service_id),
    )
    .execute();
}

export async function deleteTextNumber(db: Db, serviceId: string, personId: string) {
  const result = await db
    .deleteFrom('text_numbers')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Queue a reply for a text (once: a second job for the same reply is not added). */
export async function enqueueTextJob(
  db: Db,
  job: Omit<TextJobRow, 'attempts' | 'last_error'>,
): Promise<void> {
  await db
    .insertInto('text_jobs')
    .values({ ...job, attempts: 0 })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .execute();
}

/**
 * Claim up to `limit` jobs for this instance, like claimPushJobs: due ones, and ones still only
 * waiting for the reply to be read whose person has no working push subscription (no linked
 * phone can be told by push), locked with SKIP LOCKED and leased for `leaseMs`.
 */
export async function claimTextJobs(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<TextJobRow[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('text_jobs as j')
      .select('j.id')
      .where((eb) =>
        eb.or([
          eb('j.run_at', '<=', now),
          eb.and([
            eb('j.waiting_for_read', '=', true),
            eb.not(
              eb.exists(
                eb
                  .selectFrom('push_subscriptions as s')
                  .innerJoin('devices as d', (join) =>
                    join
                      .onRef('d.id', '=', 's.device_id')
                      .onRef('d.service_id', '=', 's.service_id'),
                  )
                  .select('s.id')
                  .whereRef('s.person_id', '=', 'j.person_id')
                  .whereRef('s.service_id', '=', 'j.service_id')
                  .where('d.revoked_at', 'is', null),
              ),
            ),
          ]),
        ]),
      )
      .orderBy('j.run_at')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    return trx
      .updateTable('text_jobs')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        run_at: new Date(now.getTime() + leaseMs),
        waiting_for_read: false,
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

export async function deleteTextJob(db: Db, id: string): Promise<void> {
  await db.deleteFrom('text_jobs').where('id', '=', id).execute();
}

/** Put a claimed job back to run at `runAt` (quiet hours, the rate limit, a retry). */
export async function rescheduleTextJob(
  db: Db,
  job: Pick<TextJobRow, 'id' | 'attempts'>,
  runAt: Date,
  error: string | null,
  countAttempt: boolean,
): Promise<void> {
  await db
    .updateTable('text_jobs')
    .set({
      run_at: runAt,
      last_error: error,
      // Waiting for the night or the rate limit is not a failed try.
      attempts: countAttempt ? job.attempts : Math.max(0, job.attempts - 1),
    })
    .where('id', '=', job.id)
    .execute();
}

/** The person read these replies: no text for them. */
export async function deleteTextJobsForMessages(
  db: Db,
  serviceId: string,
  messageIds: string[],
): Promise<void> {
  if (messageIds.length === 0) return;
  await db
    .deleteFrom('text_jobs')
    .where('service_id', '=', serviceId)
    .where('message_id', 'in', messageIds)
    .execute();
}

/** The number was removed: nothing waits to be texted. */
export async function deleteTextJobsForPerson(db: Db, serviceId: string, personId: string) {
  await db
    .deleteFrom('text_jobs')
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .execute();
}

/** Take the person's text lock until the transaction ends (checks and starts one send). */
export async function lockPersonTexts(db: Db, personId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`texts:${personId}`}, 0))`.execute(db);
}

/**
 * When the latest text to the person went, or was started (one under way or whose outcome is
 * unknown counts: it may have arrived). Failed ones do not count.
 */
export async function lastTextAt(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<Date | null> {
  const row = await db
    .selectFrom('text_sends')
    .select((eb) => eb.fn.max('started_at').as('at'))
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('state', '!=', 'failed')
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** When the latest text that Notify took went, for the console. */
export async function lastSentAt(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<Date | null> {
  const row = await db
    .selectFrom('text_sends')
    .select((eb) => eb.fn.max('sent_at').as('at'))
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('state', '=', 'sent')
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** The earliest a waiting text may go, for the console. */
export async function nextTextDue(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<Date | null> {
  const row = await db
    .selectFrom('text_jobs')
    .select((eb) => eb.fn.min('run_at').as('at'))
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.at ? new Date(row.at) : null;
}

/** Start the one text for a reply; false if one was already started for it. */
export async function startTextSend(
  db: Db,
  send: Pick<TextSendsTable, 'id' | 'service_id' | 'person_id' | 'message_id' | 'started_at'>,
): Promise<boolean> {
  const rows = await db
    .insertInto('text_sends')
    .values({ ...send, state: 'sending', sent_at: null, notify_id: null })
    .onConflict((oc) => oc.column('message_id').doNothing())
    .returning('id')
    .execute();
  return rows.length > 0;
}

export async function finishTextSend(
  db: Db,
  id: string,
  state: Exclude<TextSendState, 'sending'>,
  sentAt: Date | null,
  notifyId: string | null,
): Promise<void> {
  await db
    .updateTable('text_sends')
    .set({ state, sent_at: sentAt, notify_id: notifyId })
    .where('id', '=', id)
    .execute();
}

/** A try that surely did not reach Notify: forget it, so the retry may send. */
export async function forgetTextSend(db: Db, id: string): Promise<void> {
  await db.deleteFrom('text_sends').where('id', '=', id).execute();
}
