import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonToInstant } from '#shared/london';
import { DeviceProfile, PersonResponse } from '#shared/schemas/api';
import { Goal } from '#shared/schemas/goal';
import { ReviewSettingsResponse, ReviewsView, RelapsePlan } from '#shared/schemas/review';
import { TriageResponse } from '#shared/schemas/triage';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/** 9am London on a day. */
const at9 = (day: string) => londonToInstant(day, '09:00');

const RELAPSE = {
  signs: ['Not sleeping', 'Staying in all day'],
  whatToDo: ['Go to the Tuesday drop-in', 'Call Samaritans on 116 123 at night'],
  comeBack: ['Call Casey at the team, Monday to Friday 9am to 5pm'],
};

/**
 * Reviews at the service's set points (an interim review at 3 weeks and one at the end of
 * support at 12, by default), due by London days from the start of support; shown in Today; a
 * review held clears its point; stepping back at a review goes the usual way, with a relapse plan
 * the phone keeps.
 */
describe.each(ENGINES)('reviews on %s', (engine) => {
  let h: Harness;
  let w: World;
  let personId: string;
  let phone: Caller;
  let goal: Goal;

  // Support starts at 10am on Monday 23 November 2026 (the harness's start).
  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    const casey = await login(h.app, w.casey.email, PASSWORD);
    const made = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Rhys Reviewperson' },
    });
    personId = PersonResponse.parse(await json(made)).id;
    phone = deviceCaller((await pairDevice(h, w.serviceA, personId)).token);
    const g = await call(h.app, 'POST', `/api/people/${personId}/goals`, {
      as: casey,
      body: {
        title: 'Go to the walking group',
        milestones: [{ title: 'Go once', targetDate: null, reward: null }],
      },
    });
    expect(g.status).toBe(201);
    goal = Goal.parse(await json(g));
  });
  afterAll(() => h.close());

  const casey = () => login(h.app, w.casey.email, PASSWORD);
  const view = async () => {
    const res = await call(h.app, 'GET', `/api/people/${personId}/reviews`, { as: await casey() });
    expect(res.status).toBe(200);
    return ReviewsView.parse(await json(res));
  };
  const reviewRows = async () => {
    const res = await call(h.app, 'GET', '/api/triage', { as: await casey() });
    const items = TriageResponse.parse(await json(res)).items;
    return items.filter((i) => i.kind === 'review' && i.personId === personId);
  };
  const record = async (body: Record<string, unknown>, as?: Caller) =>
    call(h.app, 'POST', `/api/people/${personId}/reviews`, {
      as: as ?? (await casey()),
      body: { id: randomUUID(), goals: [], nextSteps: '', decision: 'continues', ...body },
    });
  const profile = async () =>
    DeviceProfile.parse(await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })));

  test('the interim review is due 3 weeks after support starts and shows in Today from that day', async () => {
    expect((await view()).next).toEqual({ label: 'Interim review', dueOn: '2026-12-14' });
    h.setNow(at9('2026-12-13'));
    expect(await reviewRows()).toEqual([]);
    h.setNow(at9('2026-12-14'));
    const [row] = await reviewRows();
    expect(row).toMatchObject({
      key: `review:${personId}:2026-12-14:2026-12-14`,
      personName: 'Rhys Reviewperson',
      review: { label: 'Interim review', dueOn: '2026-12-14' },
    });
  });

  test('marked done in Today it stays done that week, and comes back a week later until held', async () => {
    const me = await casey();
    const [row] = await reviewRows();
    const done = await call(h.app, 'POST', '/api/triage/done', {
      as: me,
      body: { key: row!.key, personId },
    });
    expect(done.status).toBe(200);
    h.setNow(at9('2026-12-20'));
    expect(await reviewRows()).toEqual([]);
    h.setNow(at9('2026-12-21'));
    expect((await reviewRows()).map((r) => r.key)).toEqual([
      `review:${personId}:2026-12-14:2026-12-21`,
    ]);
    // Still due on the person's page all along.
    expect((await view()).next?.dueOn).toBe('2026-12-14');
  });

  test('a review is refused for a day to come, another person’s goal, or stepping back without a relapse plan', async () => {
    expect((await record({ heldOn: '2026-12-22' })).status).toBe(400);
    expect((await record({ heldOn: '2026-11-20' })).status).toBe(400);
    const strange = await record({
      heldOn: '2026-12-21',
      goals: [{ goalId: randomUUID(), words: 'Fine' }],
    });
    expect(strange.status).toBe(400);
    const bare = await record({ heldOn: '2026-12-21', decision: 'steps-back' });
    expect(bare.status).toBe(400);
    expect(((await json(bare)) as { fields: Record<string, string> }).fields).toHaveProperty(
      'relapsePlan',
    );
    expect((await view()).reviews).toEqual([]);
  });

  test('a review held clears the interim point: the end of support review is next, and Today is clear', async () => {
    const id = randomUUID();
    const res = await record({
      id,
      heldOn: '2026-12-21',
      goals: [{ goalId: goal.id, words: 'I went twice and I liked the people.' }],
      nextSteps: 'Try the Thursday walk too.',
    });
    expect(res.status).toBe(201);
    const after = ReviewsView.parse(await json(res));
    expect(after.next).toEqual({ label: 'End of support review', dueOn: '2027-02-15' });
    expect(after.reviews).toEqual([
      expect.objectContaining({
        id,
        heldOn: '2026-12-21',
        point: 'Interim review',
        decision: 'continues',
        goals: [
          {
            goalId: goal.id,
            title: 'Go to the walking group',
            words: 'I went twice and I liked the people.',
          },
        ],
        nextSteps: 'Try the Thursday walk too.',
        recordedBy: w.casey.name,
      }),
    ]);
    expect(await reviewRows()).toEqual([]);
    // The same review sent again (a retry) records nothing new.
    expect((await record({ id, heldOn: '2026-12-21' })).status).toBe(201);
    expect((await view()).reviews).toHaveLength(1);
    const audit = await h.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('person_id', '=', personId)
      .where('action', '=', 'review.record')
      .execute();
    expect(audit).toEqual([
      { action: 'review.record', detail: 'Review recorded: Support continues as it is' },
    ]);
  });

  test('a colleague’s person is refused, another service’s person is not found', async () => {
    const drew = await login(h.app, w.drew.email, PASSWORD);
    expect((await call(h.app, 'GET', `/api/people/${personId}/reviews`, { as: drew })).status).toBe(
      403,
    );
    expect((await record({ heldOn: '2026-12-21' }, drew)).status).toBe(403);
    const other = await login(h.app, w.otherCaseworker.email, PASSWORD);
    expect((await record({ heldOn: '2026-12-21' }, other)).status).toBe(404);
  });

  test('the history is newest first', async () => {
    h.setNow(at9('2027-02-15'));
    expect((await record({ heldOn: '2027-02-15', decision: 'steps-down' })).status).toBe(201);
    const { reviews, next } = await view();
    expect(reviews.map((r) => [r.heldOn, r.point, r.decision])).toEqual([
      ['2027-02-15', 'End of support review', 'steps-down'],
      ['2026-12-21', 'Interim review', 'continues'],
    ]);
    // After the last set point, support carries on: the next review is 4 weeks on.
    expect(next).toEqual({ label: 'Review', dueOn: '2027-03-15' });
  });

  test('a review that steps back goes the usual way: support stepped back, and the phone has the relapse plan', async () => {
    h.setNow(at9('2027-03-15'));
    const res = await record({
      heldOn: '2027-03-15',
      decision: 'steps-back',
      relapsePlan: RELAPSE,
    });
    expect(res.status).toBe(201);
    const after = ReviewsView.parse(await json(res));
    expect(after).toMatchObject({ status: 'stepped-back', next: null });
    expect(after.relapsePlan).toMatchObject(RELAPSE);
    const person = PersonResponse.parse(
      await json(await call(h.app, 'GET', `/api/people/${personId}`, { as: await casey() })),
    );
    expect(person).toMatchObject({ status: 'stepped-back', linked: true });
    const onPhone = await profile();
    expect(onPhone.support?.status).toBe('stepped-back');
    expect(onPhone.relapsePlan).toMatchObject(RELAPSE);
    const actions = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('person_id', '=', personId)
      .where('action', 'in', ['person.step-back', 'review.record'])
      .orderBy('at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'review.record',
      'review.record',
      'review.record',
      'person.step-back',
    ]);
    expect(await reviewRows()).toEqual([]);
  });

  test('the caseworker changes the relapse plan later; it always says how to come back', async () => {
    h.advance(60_000);
    const path = `/api/people/${personId}/relapse-plan`;
    const changed = { ...RELAPSE, whatToDo: ['Go to the Tuesday drop-in', 'Text SHOUT to 85258'] };
    const res = await call(h.app, 'PUT', path, { as: await casey(), body: changed });
    expect(res.status).toBe(200);
    expect(RelapsePlan.parse(await json(res))).toMatchObject(changed);
    expect((await profile()).relapsePlan?.whatToDo).toEqual(changed.whatToDo);
    const none = await call(h.app, 'PUT', path, {
      as: await casey(),
      body: { ...RELAPSE, comeBack: [] },
    });
    expect(none.status).toBe(400);
    expect((await profile()).relapsePlan?.comeBack).toEqual(RELAPSE.comeBack);
  });

  test('support started again counts its reviews from the new start, and the lead’s points are followed', async () => {
    h.setNow(at9('2027-04-05'));
    const me = await casey();
    const restart = await call(h.app, 'PUT', `/api/people/${personId}/support`, {
      as: me,
      body: { status: 'active' },
    });
    expect(restart.status).toBe(200);
    expect((await view()).next).toEqual({ label: 'Interim review', dueOn: '2027-04-26' });

    const lead = await login(h.app, w.leadA.email, PASSWORD);
    const settings = { points: [{ label: 'First look', weeks: 2 }], thenEveryWeeks: null };
    expect(
      (await call(h.app, 'PUT', '/api/review-settings', { as: me, body: settings })).status,
    ).toBe(403);
    const put = await call(h.app, 'PUT', '/api/review-settings', { as: lead, body: settings });
    expect(put.status).toBe(200);
    expect(ReviewSettingsResponse.parse(await json(put))).toMatchObject(settings);
    expect((await view()).next).toEqual({ label: 'First look', dueOn: '2027-04-19' });
    h.setNow(at9('2027-04-19'));
    expect((await reviewRows()).map((r) => r.review?.label)).toEqual(['First look']);
  });

  test('a review id another person’s review has is refused', async () => {
    const me = await casey();
    const other = await call(h.app, 'POST', '/api/people', {
      as: me,
      body: { displayName: 'Nia Otherperson' },
    });
    const otherId = PersonResponse.parse(await json(other)).id;
    const id = randomUUID();
    expect((await record({ id, heldOn: '2027-04-19' }, me)).status).toBe(201);
    const taken = await call(h.app, 'POST', `/api/people/${otherId}/reviews`, {
      as: me,
      body: { id, heldOn: '2027-04-19', goals: [], nextSteps: '', decision: 'continues' },
    });
    expect(taken.status).toBe(409);
  });
});
