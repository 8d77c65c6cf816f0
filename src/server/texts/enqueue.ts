import { randomUUID } from 'node:crypto';
import { textSendTime } from '#shared/quiet-hours';
import type { TextsConfig } from '../config';
import type { Db } from '../db/database';
import { enqueueTextJob, findTextNumber } from '../db/tables/texts.table';

/**
 * Queue a text for a caseworker's reply, in the reply's transaction, if the person has a number
 * (consent and the rest are checked when it is due). It is due after the delay, or at once for
 * a phone that cannot get pushes (the sweep sees that), and never within quiet hours.
 */
export async function enqueueReplyText(
  db: Db,
  config: TextsConfig | undefined,
  reply: { serviceId: string; personId: string; messageId: string; now: Date },
): Promise<void> {
  if (!config) return;
  const row = await findTextNumber(db, reply.serviceId, reply.personId);
  if (!row) return;
  const quiet = { start: row.quiet_start, end: row.quiet_end };
  const due = new Date(reply.now.getTime() + config.delayMs);
  await enqueueTextJob(db, {
    id: randomUUID(),
    service_id: reply.serviceId,
    person_id: reply.personId,
    message_id: reply.messageId,
    reply_at: reply.now,
    run_at: textSendTime(quiet, due),
    waiting_for_read: true,
    created_at: reply.now,
  });
}
