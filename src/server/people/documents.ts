import { LocalGuideContact } from '#shared/schemas/guide';
import { Hours } from '#shared/schemas/hours';
import { CrisisPlan, emptyPlanSections, type PlanSections } from '#shared/schemas/plan';
import { EMPTY_ROUTINE, Routine, type RoutineParts } from '#shared/schemas/routine';
import type { Db } from '../db/database';
import { lockPersonChanges, recordChange } from '../db/tables/changes.table';
import { readGuideContacts, replaceGuideContacts } from '../db/tables/guide-contacts.table';
import { readAgreedHours, writeAgreedHours } from '../db/tables/hours.table';
import { bumpProfileVersion, writeNhs111Wording } from '../db/tables/people.table';
import { readPlan, writePlan } from '../db/tables/plans.table';
import { readRoutine, writeRoutine } from '../db/tables/routines.table';
import { enqueuePush } from '../push/enqueue';

/**
 * The documents a caseworker keeps for a person, read back through the shared schemas so a
 * row that no longer fits the contract fails loudly here instead of on a phone.
 */

/** No agreed hours yet: nothing is open (the phone then shows the other contacts). */
export const NO_HOURS: Hours = { kind: 'weekly', weekly: [], exceptions: [] };

export async function loadPlan(
  db: Db,
  serviceId: string,
  personId: string,
  personCreatedAt: Date,
): Promise<CrisisPlan> {
  const stored = await readPlan(db, serviceId, personId);
  if (!stored) {
    return { sections: emptyPlanSections(), updatedAt: personCreatedAt.toISOString() };
  }
  return CrisisPlan.parse({ sections: stored.value, updatedAt: stored.updatedAt.toISOString() });
}

export async function loadRoutine(db: Db, serviceId: string, personId: string): Promise<Routine> {
  const stored = await readRoutine(db, serviceId, personId);
  if (!stored) return EMPTY_ROUTINE;
  return routineFrom(stored.value, stored.updatedAt);
}

/** A stored routine as the contract has it (a row that no longer fits fails here). */
export function routineFrom(parts: unknown, updatedAt: Date): Routine {
  return Routine.parse({ ...(parts as object), updatedAt: updatedAt.toISOString() });
}

export async function loadHours(db: Db, serviceId: string, personId: string): Promise<Hours> {
  const stored = await readAgreedHours(db, serviceId, personId);
  return stored ? Hours.parse(stored.value) : NO_HOURS;
}

export async function loadGuide(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<LocalGuideContact[]> {
  const rows = await readGuideContacts(db, serviceId, personId);
  return rows.map((row) => LocalGuideContact.parse(row));
}

/** Who is writing, and when. */
export interface WriteContext {
  serviceId: string;
  personId: string;
  by: string | null;
  now: Date;
}

/**
 * After any write to what a phone shows: record the change for sync, and bump the profile
 * version so every server's cached profile for this person is dropped. Run in the transaction.
 */
export async function profileChanged(db: Db, ctx: WriteContext, entity: string): Promise<void> {
  const change = { personId: ctx.personId, entity, entityId: ctx.personId, op: 'put' } as const;
  await recordChange(db, ctx.serviceId, change, ctx.now);
  await bumpProfileVersion(db, ctx.serviceId, ctx.personId);
}

/**
 * A document the person's phone shows was saved: the change is recorded and a push queued to
 * the person's phones ("Your plan has been updated."). The caller kicks the push worker once
 * the transaction has committed.
 */
async function documentChanged(db: Db, ctx: WriteContext, kind: 'plan' | 'hours' | 'guide') {
  await profileChanged(db, ctx, kind);
  await enqueuePush(db, { serviceId: ctx.serviceId, personId: ctx.personId, kind, now: ctx.now });
}

/** Save the plan. Run inside a transaction. */
export async function savePlan(db: Db, ctx: WriteContext, sections: PlanSections): Promise<void> {
  await lockPersonChanges(db, ctx.personId);
  await writePlan(db, ctx.serviceId, ctx.personId, sections, ctx.by, ctx.now);
  await documentChanged(db, ctx, 'plan');
}

/** Save the daily routine. Run inside a transaction. The phone is told with a push of no words. */
export async function saveRoutine(db: Db, ctx: WriteContext, parts: RoutineParts): Promise<void> {
  await lockPersonChanges(db, ctx.personId);
  await writeRoutine(db, ctx.serviceId, ctx.personId, parts, ctx.by, ctx.now);
  await profileChanged(db, ctx, 'routine');
  await enqueuePush(db, {
    serviceId: ctx.serviceId,
    personId: ctx.personId,
    kind: 'routine',
    now: ctx.now,
  });
}

/** Save the agreed hours. Run inside a transaction. */
export async function saveHours(db: Db, ctx: WriteContext, hours: Hours): Promise<void> {
  await lockPersonChanges(db, ctx.personId);
  await writeAgreedHours(db, ctx.serviceId, ctx.personId, hours, ctx.by, ctx.now);
  await documentChanged(db, ctx, 'hours');
}

/** Replace the local guide contacts. Run inside a transaction. */
export async function saveGuide(
  db: Db,
  ctx: WriteContext,
  contacts: LocalGuideContact[],
): Promise<void> {
  await lockPersonChanges(db, ctx.personId);
  await replaceGuideContacts(db, ctx.serviceId, ctx.personId, contacts, ctx.now);
  await documentChanged(db, ctx, 'guide');
}

/** Save the NHS 111 card's wording (null: the usual words). Run inside a transaction. */
export async function saveNhs111Wording(
  db: Db,
  ctx: WriteContext,
  wording: string | null,
): Promise<void> {
  await lockPersonChanges(db, ctx.personId);
  await writeNhs111Wording(db, ctx.serviceId, ctx.personId, wording);
  await documentChanged(db, ctx, 'guide');
}
