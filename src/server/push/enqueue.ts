import type { PushPayload } from '#shared/schemas/connect';
import type { Db } from '../db/database';
import { enqueuePushJobs } from '../db/tables/push-jobs.table';
import { PUSH_TTL_SECONDS, pushPayload } from './transport';

/**
 * Queue a push of `kind` to every linked phone of a person. Call inside the write's
 * transaction, then `push.kick()` once it has committed.
 */
export async function enqueuePush(
  db: Db,
  input: { serviceId: string; personId: string; kind: PushPayload['kind']; now: Date },
): Promise<number> {
  const { now, kind } = input;
  return enqueuePushJobs(db, {
    serviceId: input.serviceId,
    personId: input.personId,
    kind,
    payload: pushPayload(kind),
    expiresAt: new Date(now.getTime() + PUSH_TTL_SECONDS[kind] * 1000),
    now,
  });
}
