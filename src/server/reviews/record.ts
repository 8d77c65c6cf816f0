import { addDays, londonDate } from '#shared/london';
import { DECISION_WORDS, nextReview, REVIEW_EARLY_DAYS } from '#shared/reviews';
import type { RecordReviewRequest, RelapsePlanInput } from '#shared/schemas/review';
import { audit, staffActor } from '../audit/audit';
import type { Db } from '../db/database';
import { lockPersonChanges } from '../db/tables/changes.table';
import type { PersonRow } from '../db/tables/people.table';
import { findReviewOwner, insertReview, writeRelapsePlan } from '../db/tables/reviews.table';
import { stepDownTargets } from '../people/contact-targets';
import { profileChanged, type WriteContext } from '../people/documents';
import { loadGoals } from '../people/goals';
import { changeSupport } from '../people/support';
import { enqueuePush } from '../push/enqueue';
import { ApiProblem, invalidField } from '../problem';
import { loadReviews, loadReviewSettings, supportStartedAt } from './reviews';

const idTaken = () =>
  new ApiProblem(409, 'id_taken', 'That review id is already used. Send it with a new id.');

/** What recording a review changed, for the caller to announce once it has committed. */
export interface Recorded {
  /** Support stepped back with it (the phone's profile changed and a push is queued). */
  steppedBack: boolean;
  /** The contact plan stepped down with it (the profile changed and a push is queued). */
  steppedDown: boolean;
  /** The same review was sent again: nothing new was written. */
  again: boolean;
}

/**
 * Record a review in one transaction: the goals in the person's own words (titles as they are
 * now), the next steps, the set point it was held for, and what happens to support. Stepping
 * back goes through `changeSupport`, the same path as "Step back support", with its relapse plan.
 */
export async function recordReview(
  db: Db,
  person: PersonRow,
  by: string,
  body: RecordReviewRequest,
  now: Date,
): Promise<Recorded> {
  const serviceId = person.service_id;
  const started = supportStartedAt(person);
  const today = londonDate(now);
  if (body.heldOn > today) throw invalidField('heldOn', 'The review day must be today or earlier');
  if (body.heldOn < londonDate(started)) {
    throw invalidField('heldOn', 'The review day must be on or after support started');
  }
  const goals = await loadGoals(db, serviceId, person.id);
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  const said = body.goals.filter((g) => g.words !== '');
  const unknown = said.findIndex((g) => !titles.has(g.goalId));
  if (unknown >= 0) throw invalidField(`goals.${unknown}.goalId`, 'Choose one of their goals');

  const settings = await loadReviewSettings(db, serviceId);
  const before = await loadReviews(db, serviceId, person.id);
  const last = before.find((r) => r.heldOn >= londonDate(started))?.heldOn ?? null;
  const input = { supportStartedAt: started, status: person.status, lastReviewOn: last, settings };
  const due = nextReview(input, body.heldOn);
  const point = due && body.heldOn >= addDays(due.dueOn, -REVIEW_EARLY_DAYS) ? due.label : null;

  return db.transaction().execute(async (trx) => {
    await lockPersonChanges(trx, person.id);
    const owner = await findReviewOwner(trx, body.id);
    if (owner) {
      if (owner.person_id !== person.id || owner.service_id !== serviceId) throw idTaken();
      return { steppedBack: false, steppedDown: false, again: true };
    }
    await insertReview(trx, {
      id: body.id,
      service_id: serviceId,
      person_id: person.id,
      held_on: body.heldOn,
      point,
      goals: said.map((g) => ({
        goalId: g.goalId,
        title: titles.get(g.goalId) ?? '',
        words: g.words,
      })),
      next_steps: body.nextSteps,
      decision: body.decision,
      recorded_by: by,
      recorded_at: now,
    });
    await audit(
      trx,
      {
        serviceId,
        actor: staffActor(by),
        action: 'review.record',
        personId: person.id,
        subjectId: body.id,
        detail: `Review recorded: ${DECISION_WORDS[body.decision]}`,
      },
      now,
    );
    let steppedBack = false;
    if (body.decision === 'steps-back') {
      const ctx = { serviceId, personId: person.id, by, now };
      steppedBack = await changeSupport(trx, ctx, 'stepped-back', body.relapsePlan);
      // Support had already stepped back: the plan is still what they agreed today.
      if (!steppedBack && body.relapsePlan) {
        await keepRelapsePlan(trx, ctx, body.relapsePlan);
        steppedBack = true;
      }
    }
    // Stepping down changes the contact plan only with the target the caseworker confirmed.
    const steppedDown = body.contactTarget !== undefined;
    if (body.contactTarget) {
      const ctx = { serviceId, personId: person.id, by, now };
      await stepDownTargets(trx, ctx, body.contactTarget.times);
    }
    return { steppedBack, steppedDown, again: false };
  });
}

/**
 * Save a relapse plan in the caller's transaction: the phone gets it with its next profile
 * (beside the crisis plan) and a "plan" push; the write is audited, never its words.
 */
export async function keepRelapsePlan(
  trx: Db,
  ctx: WriteContext & { by: string },
  plan: RelapsePlanInput,
): Promise<void> {
  const { serviceId, personId, now } = ctx;
  await writeRelapsePlan(trx, { serviceId, personId }, plan, ctx.by, now);
  await profileChanged(trx, ctx, 'relapse-plan');
  await enqueuePush(trx, { serviceId, personId, kind: 'plan', now });
  await audit(
    trx,
    {
      serviceId,
      actor: staffActor(ctx.by),
      action: 'relapse-plan.write',
      personId,
      detail: 'Relapse plan saved',
    },
    now,
  );
}
