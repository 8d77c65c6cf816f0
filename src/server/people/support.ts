import type { RelapsePlanInput } from '#shared/schemas/review';
import { audit, staffActor } from '../audit/audit';
import type { Db } from '../db/database';
import { setSupportStatus, type PersonStatus } from '../db/tables/people.table';
import { writeRelapsePlan } from '../db/tables/reviews.table';
import { enqueuePush } from '../push/enqueue';
import type { Runtime } from '../runtime';
import { profileChanged, type WriteContext } from './documents';

/**
 * The one way support steps back or starts again, in the caller's transaction (after
 * `lockPersonChanges`): the status, the relapse plan agreed for stepping back (kept beside the
 * crisis plan on the phone), the phone's profile, a "plan" push and the audit line. The phone
 * stays linked and keeps everything. False when support already stood so (nothing is written).
 */
export async function changeSupport(
  trx: Db,
  ctx: WriteContext & { by: string },
  status: PersonStatus,
  relapsePlan?: RelapsePlanInput,
): Promise<boolean> {
  const { serviceId, personId, now } = ctx;
  if (!(await setSupportStatus(trx, serviceId, personId, status, now))) return false;
  if (relapsePlan) await writeRelapsePlan(trx, { serviceId, personId }, relapsePlan, ctx.by, now);
  await profileChanged(trx, ctx, 'person');
  await enqueuePush(trx, { serviceId, personId, kind: 'plan', now });
  await audit(
    trx,
    {
      serviceId,
      actor: staffActor(ctx.by),
      action: status === 'stepped-back' ? 'person.step-back' : 'person.restart',
      personId,
      ...(relapsePlan ? { detail: 'With a relapse plan' } : {}),
    },
    now,
  );
  return true;
}

type PersonIds = { id: string; service_id: string; caseworker_id: string };

/** Once a change of what the phone shows has committed: push, drop cached profiles, tell consoles. */
export async function phoneDocumentCommitted(deps: Runtime, person: PersonIds): Promise<void> {
  deps.push.kick();
  await deps.profilesChanged([person.id]);
  await personChangedLive(deps, person);
}

/** Tell the consoles that may see the person that something about them changed (quietly). */
export async function personChangedLive(deps: Runtime, person: PersonIds): Promise<void> {
  await deps.publishLive({
    type: 'person',
    serviceId: person.service_id,
    personId: person.id,
    caseworkerIds: [person.caseworker_id],
    quiet: true,
  });
}
