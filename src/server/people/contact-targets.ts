import { addDays } from '#shared/london';
import { stepDownProposal, weeklySeries } from '#shared/contacts';
import type { ContactTargetStep } from '#shared/schemas/contact';
import type { ReviewContactPlan } from '#shared/schemas/review';
import { weekOf } from '#shared/weeks';
import { audit, staffActor } from '../audit/audit';
import type { Db } from '../db/database';
import { lockPersonChanges } from '../db/tables/changes.table';
import {
  listContactEvents,
  listContactTargets,
  replaceContactTargetsFrom,
} from '../db/tables/contacts.table';
import { bumpProfileVersion } from '../db/tables/people.table';
import { enqueuePush } from '../push/enqueue';

/** How many whole weeks before this one a step-down proposal averages when no target is set. */
const RECENT_WEEKS = 4;

/**
 * Save the plan from this week on (earlier steps are history), push "Your goals have been
 * updated." to the phone, and audit it (with `detail` saying why, when there is more to say).
 */
export async function saveTargets(
  trx: Db,
  ctx: { serviceId: string; personId: string; by: string; now: Date; fromWeek: string },
  steps: readonly ContactTargetStep[],
  detail?: string,
): Promise<void> {
  // One plan change at a time per person: two saves at once (a double click) would otherwise
  // both delete, then both insert the same weeks.
  await lockPersonChanges(trx, ctx.personId);
  await replaceContactTargetsFrom(trx, { ...ctx, steps });
  await bumpProfileVersion(trx, ctx.serviceId, ctx.personId);
  await enqueuePush(trx, {
    serviceId: ctx.serviceId,
    personId: ctx.personId,
    kind: 'goal',
    now: ctx.now,
  });
  await audit(
    trx,
    {
      serviceId: ctx.serviceId,
      actor: staffActor(ctx.by),
      action: 'contact-targets.update',
      personId: ctx.personId,
      ...(detail ? { detail } : {}),
    },
    ctx.now,
  );
}

/** This week's target and what stepping down would propose from next week. */
export async function reviewContactPlan(
  db: Db,
  serviceId: string,
  personId: string,
  now: Date,
): Promise<ReviewContactPlan> {
  const thisWeek = weekOf(now).key;
  // A day early: the first of those weeks may start at 11pm UTC (summer time); extra is not counted.
  const since = new Date(`${addDays(thisWeek, -7 * RECENT_WEEKS - 1)}T00:00:00Z`);
  const [steps, events] = await Promise.all([
    listContactTargets(db, serviceId, personId),
    listContactEvents(db, serviceId, personId, since),
  ]);
  const at = events.map((e) => ({ at: e.at.toISOString() }));
  const series = weeklySeries(at, steps, now, RECENT_WEEKS + 1);
  const target = series.at(-1)?.target ?? null;
  const before = series.slice(0, -1).map((w) => w.count);
  return {
    thisWeek: target,
    proposed: stepDownProposal(target, before),
    fromWeek: addDays(thisWeek, 7),
  };
}

/**
 * A review's step down, confirmed by the caseworker: from next week the target is `times`;
 * this week stays as agreed. In the review's transaction, audited with what it was.
 */
export async function stepDownTargets(
  trx: Db,
  ctx: { serviceId: string; personId: string; by: string; now: Date },
  times: number,
): Promise<void> {
  const thisWeek = weekOf(ctx.now).key;
  const nextWeek = addDays(thisWeek, 7);
  await lockPersonChanges(trx, ctx.personId);
  const steps = await listContactTargets(trx, ctx.serviceId, ctx.personId);
  const was = weeklySeries([], steps, ctx.now, 1)[0]?.target ?? null;
  const kept = steps.filter((s) => s.fromWeek >= thisWeek && s.fromWeek < nextWeek);
  const detail = `Stepped down at a review: up to ${times} a week from ${nextWeek} (was ${was === null ? 'no target' : `up to ${was}`})`;
  await saveTargets(
    trx,
    { ...ctx, fromWeek: thisWeek },
    [...kept, { fromWeek: nextWeek, times }],
    detail,
  );
}
