import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { PersonResponse } from '#shared/schemas/api';
import { ContactsView } from '#shared/schemas/contact';
import { ReviewsView } from '#shared/schemas/review';
import { ENGINES } from './support/engines';
import { START, createHarness, type Harness } from './support/harness';
import { call, json, login, type Caller } from './support/http';
import { buildWorld, PASSWORD, type World } from './support/world';

/** Wednesday 25 November 2026: the week of Monday 23 November; next week starts on the 30th. */
const WEDNESDAY = new Date('2026-11-25T11:00:00Z');

/**
 * A review that steps support down proposes about half the weekly contact target from next
 * Monday; the plan changes only with the number the caseworker confirms, and that is audited.
 */
describe.each(ENGINES)('stepping down at a review on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    h.setNow(START);
    casey = await login(h.app, w.casey.email, PASSWORD);
  });

  /** A new person of Casey's, with up to `times` contacts a week agreed from this week. */
  async function personWithTarget(times: number | null): Promise<string> {
    const made = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Sol Stepdown' },
    });
    const id = PersonResponse.parse(await json(made)).id;
    if (times !== null) {
      const set = await call(h.app, 'PUT', `/api/people/${id}/contact-targets`, {
        as: casey,
        body: { steps: [{ fromWeek: '2026-11-23', times }] },
      });
      expect(set.status).toBe(200);
    }
    // Two days on, a new session (an idle one would have ended).
    h.setNow(WEDNESDAY);
    casey = await login(h.app, w.casey.email, PASSWORD);
    return id;
  }
  const review = (personId: string, extra: Record<string, unknown>) =>
    call(h.app, 'POST', `/api/people/${personId}/reviews`, {
      as: casey,
      body: {
        id: randomUUID(),
        heldOn: '2026-11-25',
        goals: [],
        nextSteps: '',
        decision: 'steps-down',
        ...extra,
      },
    });
  const targets = async (personId: string) =>
    ContactsView.parse(
      await json(await call(h.app, 'GET', `/api/people/${personId}/contacts`, { as: casey })),
    ).targets;
  const auditOf = (personId: string) =>
    h.db
      .selectFrom('audit_log')
      .select(['action', 'detail', 'actor_id'])
      .where('person_id', '=', personId)
      .where('action', '=', 'contact-targets.update')
      .orderBy('at')
      .execute();

  test('the review proposes about half of this week’s target, from next Monday', async () => {
    const id = await personWithTarget(10);
    const res = await call(h.app, 'GET', `/api/people/${id}/reviews`, { as: casey });
    expect(ReviewsView.parse(await json(res)).contactPlan).toEqual({
      thisWeek: 10,
      proposed: 5,
      fromWeek: '2026-11-30',
    });
  });

  test('stepping down without a confirmed target leaves the contact plan as it was', async () => {
    const id = await personWithTarget(10);
    expect((await review(id, {})).status).toBe(201);
    expect(await targets(id)).toEqual([{ fromWeek: '2026-11-23', times: 10 }]);
    expect(await auditOf(id)).toHaveLength(1); // only the plan set before the review
  });

  test('the confirmed target starts next Monday, this week stays, and it is audited', async () => {
    const id = await personWithTarget(10);
    const res = await review(id, { contactTarget: { times: 6 } });
    expect(res.status).toBe(201);
    expect(await targets(id)).toEqual([
      { fromWeek: '2026-11-23', times: 10 },
      { fromWeek: '2026-11-30', times: 6 },
    ]);
    // The next proposal is from the plan as it now is.
    expect(ReviewsView.parse(await json(res)).contactPlan).toMatchObject({ thisWeek: 10 });
    const lines = await auditOf(id);
    expect(lines.at(-1)).toEqual({
      action: 'contact-targets.update',
      actor_id: w.casey.id,
      detail: 'Stepped down at a review: up to 6 a week from 2026-11-30 (was up to 10)',
    });
  });

  test('with no target agreed and no contacts there is nothing to propose', async () => {
    const id = await personWithTarget(null);
    const res = await call(h.app, 'GET', `/api/people/${id}/reviews`, { as: casey });
    expect(ReviewsView.parse(await json(res)).contactPlan).toEqual({
      thisWeek: null,
      proposed: null,
      fromWeek: '2026-11-30',
    });
  });

  test('only a review that steps down may carry a contact target', async () => {
    const id = await personWithTarget(4);
    const res = await review(id, { decision: 'continues', contactTarget: { times: 2 } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await json(res))).toContain('contactTarget');
    expect(await targets(id)).toEqual([{ fromWeek: '2026-11-23', times: 4 }]);
  });
});
