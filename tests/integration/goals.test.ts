import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DeviceProfile, PersonResponse } from '#shared/schemas/api';
import { PushPayload } from '#shared/schemas/connect';
import { Goal, GoalList, type GoalInput } from '#shared/schemas/goal';
import { createGoal } from '../../src/server/people/goal-changes';
import { ENGINES } from './support/engines';
import { openEvents } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

describe.each(ENGINES)('goals, milestones and stepping back on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let lead: Caller;
  let phone: Caller;
  let otherPhone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
    otherPhone = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
  });
  afterAll(() => h.close());

  const walking = (): GoalInput => ({
    title: 'Go to the Tuesday walking group',
    milestones: [
      { title: 'Find out where it meets', targetDate: '2026-12-01', reward: 'A hot chocolate' },
      { title: 'Go once with Casey', targetDate: null, reward: 'Ice cream on the beach' },
      { title: 'Go on my own', targetDate: '2027-01-12', reward: null },
    ],
  });

  async function create(input: GoalInput = walking(), as = casey, personId = w.p1) {
    const res = await call(h.app, 'POST', `/api/people/${personId}/goals`, { as, body: input });
    expect(res.status, await res.clone().text()).toBe(201);
    return Goal.parse(await json(res));
  }

  async function change(goal: Goal, input: Partial<GoalInput>, as = casey) {
    const body: GoalInput = {
      title: goal.title,
      milestones: goal.milestones.map(({ id, title, targetDate, reward }) => ({
        id,
        title,
        targetDate,
        reward,
      })),
      ...input,
    };
    return call(h.app, 'PUT', `/api/people/${goal.personId}/goals/${goal.id}`, { as, body });
  }

  const tickOnPhone = (milestoneId: string, done: boolean, at: Date, as = phone) =>
    call(h.app, 'PUT', `/api/device/milestones/${milestoneId}`, {
      as,
      body: { done, at: at.toISOString() },
    });

  const profile = async () =>
    DeviceProfile.parse(await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })));

  const pushJobs = (personId: string) =>
    h.db
      .selectFrom('push_jobs')
      .innerJoin('push_subscriptions', 'push_subscriptions.id', 'push_jobs.subscription_id')
      .select(['push_jobs.kind', 'push_jobs.payload'])
      .where('push_subscriptions.person_id', '=', personId)
      .orderBy('push_jobs.created_at')
      .execute();

  test('a goal is set with its milestones, rewards and target dates, and a retry sets nothing new', async () => {
    const id = randomUUID();
    const goal = await create({ ...walking(), id });
    expect(goal).toMatchObject({ id, personId: w.p1, status: 'active' });
    expect(goal.milestones.map((m) => [m.title, m.targetDate, m.reward, m.doneAt])).toEqual([
      ['Find out where it meets', '2026-12-01', 'A hot chocolate', null],
      ['Go once with Casey', null, 'Ice cream on the beach', null],
      ['Go on my own', '2027-01-12', null, null],
    ]);
    expect(goal.history).toEqual([
      {
        at: h.now().toISOString(),
        kind: 'set',
        by: 'caseworker',
        byName: 'Casey Caseworkerly',
        title: 'Go to the Tuesday walking group',
      },
    ]);
    h.advance(MINUTE);
    const again = await create({ ...walking(), id });
    expect(again).toEqual(goal);
    // Someone else's goal id cannot be taken over.
    const res = await call(h.app, 'POST', `/api/people/${w.p2}/goals`, {
      as: lead,
      body: { ...walking(), id },
    });
    expect(res.status).toBe(409);
    expect(await json(res)).toMatchObject({
      error: 'id_taken',
      fields: { id: expect.any(String) },
    });

    const list = GoalList.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/goals`, { as: casey })),
    );
    expect(list.filter((g) => g.id === id)).toHaveLength(1);
    // Read lines are written off the answer's path; the audit log's readers flush them first.
    await h.server.runtime.auditLog.flush();
    const audit = await h.db
      .selectFrom('audit_log')
      .select('action')
      .where('person_id', '=', w.p1)
      .where('action', 'in', ['goals.list', 'goal.create'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['goal.create', 'goals.list']);
  });

  test('a change is one history line; the same goal sent again adds none', async () => {
    const goal = await create();
    const [first, second, third] = goal.milestones;
    h.advance(MINUTE);
    const res = await change(goal, {
      title: 'Go to the walking group every week',
      milestones: [
        { id: third!.id, title: 'Go on my own', targetDate: null, reward: 'New walking socks' },
        { id: first!.id, title: first!.title, targetDate: first!.targetDate, reward: null },
        { title: 'Bring a friend', targetDate: '2027-02-02', reward: 'Cake' },
      ],
    });
    expect(res.status).toBe(200);
    const changed = Goal.parse(await json(res));
    expect(changed.title).toBe('Go to the walking group every week');
    expect(changed.milestones.map((m) => [m.title, m.reward])).toEqual([
      ['Go on my own', 'New walking socks'],
      ['Find out where it meets', null],
      ['Bring a friend', 'Cake'],
    ]);
    expect(changed.milestones.map((m) => m.id)).not.toContain(second!.id);
    expect(changed.history.map((e) => [e.kind, e.title])).toEqual([
      ['set', 'Go to the Tuesday walking group'],
      ['changed', 'Go to the walking group every week'],
    ]);
    h.advance(MINUTE);
    const same = Goal.parse(await json(await change(changed, {})));
    expect(same).toEqual(changed);
  });

  test('a ticked milestone is kept (and stays ticked) when the goal is changed without it', async () => {
    const goal = await create();
    const [first, second] = goal.milestones;
    const tappedAt = new Date(h.now().getTime() - 5 * MINUTE);
    expect((await tickOnPhone(first!.id, true, tappedAt)).status).toBe(200);
    h.advance(MINUTE);
    const res = await change(goal, {
      milestones: [{ id: second!.id, title: 'Go once', targetDate: null, reward: null }],
    });
    const changed = Goal.parse(await json(res));
    expect(changed.milestones.map((m) => [m.id, m.title, m.doneAt])).toEqual([
      [second!.id, 'Go once', null],
      [first!.id, 'Find out where it meets', tappedAt.toISOString()],
    ]);
    // Renaming a ticked one keeps its tick and its time.
    const renamed = Goal.parse(
      await json(
        await change(changed, {
          milestones: [
            { id: first!.id, title: 'Found where it meets', targetDate: null, reward: null },
          ],
        }),
      ),
    );
    expect(renamed.milestones.map((m) => [m.id, m.title, m.doneAt])).toEqual([
      [first!.id, 'Found where it meets', tappedAt.toISOString()],
    ]);
    // No more than 12 steps, counting the ones already done.
    const many = Array.from({ length: 12 }, (_, i) => ({
      title: `Step ${i + 1}`,
      targetDate: null,
      reward: null,
    }));
    expect((await change(renamed, { milestones: many })).status).toBe(400);
  });

  test('pausing, finishing and starting again are kept in the history, never called failed', async () => {
    const goal = await create();
    for (const status of ['paused', 'active', 'finished', 'active'] as const) {
      h.advance(MINUTE);
      expect((await change(goal, { status })).status).toBe(200);
    }
    const after = Goal.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/goals`, { as: casey })).then(
        (list) => GoalList.parse(list).find((g) => g.id === goal.id),
      ),
    );
    expect(after.status).toBe('active');
    expect(after.history.map((e) => e.kind)).toEqual([
      'set',
      'paused',
      'restarted',
      'finished',
      'restarted',
    ]);
    expect(JSON.stringify(after)).not.toMatch(/fail/i);
  });

  test('a tick from the phone is idempotent: the first tick time is kept', async () => {
    const goal = await create();
    const m = goal.milestones[1]!;
    const first = new Date(h.now().getTime() - 30 * MINUTE);
    const res = await tickOnPhone(m.id, true, first);
    expect(res.status).toBe(200);
    const ticked = Goal.parse(await json(res));
    expect(ticked.milestones[1]?.doneAt).toBe(first.toISOString());
    expect(ticked.milestones[1]?.doneBy).toBe('person');
    expect(ticked.milestones[0]?.doneBy).toBeNull();
    h.advance(10 * MINUTE);
    // The outbox sends it again, with a later time: nothing changes.
    const retry = Goal.parse(await json(await tickOnPhone(m.id, true, h.now())));
    expect(retry.milestones[1]?.doneAt).toBe(first.toISOString());
    expect(retry.history.filter((e) => e.kind === 'milestone-done')).toEqual([
      {
        at: first.toISOString(),
        kind: 'milestone-done',
        by: 'person',
        byName: null,
        title: m.title,
      },
    ]);
    // Untick, then a tick dated in the future is kept at now.
    const undone = Goal.parse(await json(await tickOnPhone(m.id, false, h.now())));
    expect(undone.milestones[1]?.doneAt).toBeNull();
    const later = Goal.parse(
      await json(await tickOnPhone(m.id, true, new Date(h.now().getTime() + DAY))),
    );
    expect(later.milestones[1]?.doneAt).toBe(h.now().toISOString());
    expect(later.history.map((e) => e.kind)).toEqual([
      'set',
      'milestone-done',
      'milestone-undone',
      'milestone-done',
    ]);
    // The caseworker can tick too, and it says so.
    const third = goal.milestones[2]!;
    const byCasey = await call(
      h.app,
      'PUT',
      `/api/people/${w.p1}/goals/${goal.id}/milestones/${third.id}`,
      { as: casey, body: { done: true, at: h.now().toISOString() } },
    );
    expect(byCasey.status).toBe(200);
    const byCaseyGoal = Goal.parse(await json(byCasey));
    expect(byCaseyGoal.milestones[2]?.doneBy).toBe('caseworker');
    expect(byCaseyGoal.history.at(-1)).toMatchObject({
      kind: 'milestone-done',
      by: 'caseworker',
      byName: 'Casey Caseworkerly',
      title: third.title,
    });
  });

  test("another person's milestone does not exist for a phone or under another goal", async () => {
    const goal = await create();
    const m = goal.milestones[0]!;
    expect((await tickOnPhone(m.id, true, h.now(), otherPhone)).status).toBe(404);
    expect((await tickOnPhone(randomUUID(), true, h.now())).status).toBe(404);
    const other = await create();
    const wrongGoal = await call(
      h.app,
      'PUT',
      `/api/people/${w.p1}/goals/${other.id}/milestones/${m.id}`,
      { as: casey, body: { done: true, at: h.now().toISOString() } },
    );
    expect(wrongGoal.status).toBe(404);
    const notHers = await call(
      h.app,
      'PUT',
      `/api/people/${w.p2}/goals/${goal.id}/milestones/${m.id}`,
      { as: lead, body: { done: true, at: h.now().toISOString() } },
    );
    expect(notHers.status).toBe(404);
    expect((await change({ ...goal, personId: w.p2 }, {}, lead)).status).toBe(404);
    // A milestone id already in use cannot be taken for a new step.
    const taken = await call(h.app, 'POST', `/api/people/${w.p2}/goals`, {
      as: lead,
      body: {
        title: 'Mine',
        milestones: [{ id: m.id, title: 'Taken', targetDate: null, reward: null }],
      },
    });
    expect(taken.status).toBe(409);
    expect(await json(taken)).toMatchObject({
      error: 'id_taken',
      fields: { 'milestones.0.id': expect.any(String) },
    });
    const list = GoalList.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/goals`, { as: casey })),
    );
    expect(list.find((g) => g.id === goal.id)?.milestones[0]?.doneAt).toBeNull();
  });

  test('a note of encouragement reaches the phone, and replaces the last one', async () => {
    const goal = await create();
    const m = goal.milestones[0]!;
    await tickOnPhone(m.id, true, h.now());
    const path = `/api/people/${w.p1}/goals/${goal.id}/milestones/${m.id}/encouragement`;
    h.advance(MINUTE);
    expect((await call(h.app, 'POST', path, { as: casey, body: { text: 'Lovely!' } })).status).toBe(
      200,
    );
    h.advance(MINUTE);
    const res = await call(h.app, 'POST', path, { as: casey, body: { text: 'Well done, Penny!' } });
    const noted = Goal.parse(await json(res));
    expect(noted.milestones[0]?.encouragement).toEqual({
      text: 'Well done, Penny!',
      byName: 'Casey Caseworkerly',
      at: h.now().toISOString(),
    });
    expect(noted.history.filter((e) => e.kind === 'encouraged')).toHaveLength(2);
    // The same note again (a retry, a double click) adds no history line and keeps its time.
    h.advance(MINUTE);
    const again = Goal.parse(
      await json(
        await call(h.app, 'POST', path, { as: casey, body: { text: 'Well done, Penny!' } }),
      ),
    );
    expect(again.history.filter((e) => e.kind === 'encouraged')).toHaveLength(2);
    expect(again.milestones[0]?.encouragement?.at).toBe(noted.milestones[0]?.encouragement?.at);
    const onPhone = (await profile()).goals?.find((g) => g.id === goal.id);
    expect(onPhone?.milestones[0]?.encouragement?.text).toBe('Well done, Penny!');
    // Not for a milestone of another goal.
    const other = await create();
    const wrong = `/api/people/${w.p1}/goals/${other.id}/milestones/${m.id}/encouragement`;
    expect((await call(h.app, 'POST', wrong, { as: casey, body: { text: 'Hi' } })).status).toBe(
      404,
    );
  });

  test('a person has up to 50 goals (the most a phone carries), finished ones included', async () => {
    const made = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Gale Manygoals' },
    });
    const personId = PersonResponse.parse(await json(made)).id;
    const writer = {
      serviceId: w.serviceA,
      personId,
      by: w.casey.id,
      now: h.now(),
      actor: 'caseworker' as const,
    };
    for (let i = 0; i < 50; i++) {
      await createGoal(h.db, writer, { title: `Goal ${i + 1}`, milestones: [] });
    }
    const res = await call(h.app, 'POST', `/api/people/${personId}/goals`, {
      as: casey,
      body: walking(),
    });
    expect(res.status).toBe(409);
    const list = await call(h.app, 'GET', `/api/people/${personId}/goals`, { as: casey });
    expect(GoalList.parse(await json(list))).toHaveLength(50);
  });

  test('the caseworker sees a tick live; a colleague’s change is told quietly', async () => {
    // Listening first: on PostgreSQL the goal's own event (Casey's, told quietly) comes through
    // LISTEN/NOTIFY a moment later, and could otherwise be taken for the tick's.
    const events = await openEvents(h.app, casey);
    try {
      const goal = await create();
      expect(await events.next((e) => e.type === 'goal')).toMatchObject({ notify: false });
      await tickOnPhone(goal.milestones[0]!.id, true, h.now());
      const live = await events.next((e) => e.type === 'goal');
      // Monday 10:00: inside Casey's working hours, and done by the person.
      expect(live).toMatchObject({ type: 'goal', personId: w.p1, notify: true });
      await change(goal, { title: 'Walk with the group' }, lead);
      const quiet = await events.next((e) => e.type === 'goal');
      expect(quiet).toMatchObject({ personId: w.p1, notify: false });
    } finally {
      await events.close();
    }
  });

  test('a caseworker’s change queues a push with no personal content; a tick on the phone does not', async () => {
    const sub = await call(h.app, 'PUT', '/api/device/push-subscription', {
      as: phone,
      body: {
        endpoint: `https://push.example.org/send/${randomUUID()}`,
        keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA', auth: 'tBHItJI5svbpez7KI4CCXg' },
      },
    });
    expect(sub.status).toBe(200);
    const before = (await pushJobs(w.p1)).length;
    const goal = await create({ ...walking(), title: 'Visit Penny’s sister in Leeds' });
    const jobs = (await pushJobs(w.p1)).slice(before);
    expect(jobs.map((j) => j.kind)).toEqual(['goal']);
    expect(PushPayload.parse(jobs[0]?.payload)).toEqual({ kind: 'goal', url: '/goals' });
    expect(JSON.stringify(jobs)).not.toMatch(/Leeds|Penny|sister|walking/i);

    const count = (await pushJobs(w.p1)).length;
    await tickOnPhone(goal.milestones[0]!.id, true, h.now());
    expect(await pushJobs(w.p1)).toHaveLength(count);
  });

  test('the profile carries goals (finished ones for 90 days) and how support stands', async () => {
    const start = h.now();
    const cached = await profile();
    const goal = await create({ ...walking(), title: 'Learn to cook a curry' });
    // The cached profile is dropped at once: the new goal is there.
    const fresh = await profile();
    expect(fresh.goals?.length).toBe((cached.goals?.length ?? 0) + 1);
    expect(fresh.goals?.find((g) => g.id === goal.id)?.title).toBe('Learn to cook a curry');
    expect(fresh.support).toEqual({
      status: 'active',
      startedAt: expect.any(String),
      steppedBackAt: null,
    });
    expect(fresh.contacts).toEqual({ targets: [], events: [], alternatives: [], supportUsed: [] });

    await change(goal, { status: 'finished' });
    expect((await profile()).goals?.find((g) => g.id === goal.id)?.status).toBe('finished');
    h.advance(89 * DAY);
    expect((await profile()).goals?.some((g) => g.id === goal.id)).toBe(true);
    h.advance(2 * DAY);
    // The cached profile is only an hour old at most: the finished goal has gone.
    expect((await profile()).goals?.some((g) => g.id === goal.id)).toBe(false);
    expect((await profile()).goals?.length).toBeGreaterThan(0);
    h.setNow(new Date(start.getTime() + MINUTE));
  });

  test('support steps back and starts again; the phone stays linked and keeps working', async () => {
    const events = await openEvents(h.app, casey);
    const before = (await pushJobs(w.p1)).length;
    const path = `/api/people/${w.p1}/support`;
    try {
      const res = await call(h.app, 'PUT', path, { as: casey, body: { status: 'stepped-back' } });
      expect(res.status).toBe(200);
      const person = PersonResponse.parse(await json(res));
      expect(person).toMatchObject({
        status: 'stepped-back',
        steppedBackAt: h.now().toISOString(),
        linked: true,
      });
      expect(await events.next((e) => e.type === 'person')).toMatchObject({ personId: w.p1 });
      const jobs = (await pushJobs(w.p1)).slice(before);
      expect(jobs.map((j) => j.kind)).toEqual(['plan']);
      // Two requests at once (a double click): one change, one push, the first date kept.
      const stepped = person.steppedBackAt;
      h.advance(MINUTE);
      const twice = await Promise.all([
        call(h.app, 'PUT', path, { as: casey, body: { status: 'stepped-back' } }),
        call(h.app, 'PUT', path, { as: casey, body: { status: 'stepped-back' } }),
      ]);
      for (const again of twice) {
        expect(PersonResponse.parse(await json(again)).steppedBackAt).toBe(stepped);
      }
      expect((await pushJobs(w.p1)).slice(before)).toHaveLength(1);

      const onPhone = await profile();
      expect(onPhone.support).toMatchObject({ status: 'stepped-back', steppedBackAt: stepped });
      expect(onPhone.plan.sections).toBeDefined();
      const goal = onPhone.goals?.find((g) => g.status === 'active');
      expect(goal).toBeDefined();
      expect((await tickOnPhone(goal!.milestones.at(-1)!.id, true, h.now())).status).toBe(200);
      expect((await call(h.app, 'GET', '/api/device/sync', { as: phone })).status).toBe(200);
      const sent = await call(h.app, 'POST', '/api/device/messages', {
        as: phone,
        body: { id: randomUUID(), body: 'Hello again.' },
      });
      expect(sent.status).toBe(201);

      // The same again changes nothing: the time it stepped back is kept.
      h.advance(MINUTE);
      const again = await call(h.app, 'PUT', path, { as: casey, body: { status: 'stepped-back' } });
      expect(PersonResponse.parse(await json(again)).steppedBackAt).toBe(stepped);

      const restart = await call(h.app, 'PUT', path, { as: lead, body: { status: 'active' } });
      expect(PersonResponse.parse(await json(restart))).toMatchObject({
        status: 'active',
        steppedBackAt: null,
      });
      expect((await profile()).support).toMatchObject({ status: 'active', steppedBackAt: null });
      const people = await call(h.app, 'GET', '/api/people', { as: casey });
      expect(await json(people)).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: w.p1, steppedBackAt: null })]),
      );
    } finally {
      await events.close();
    }
  });
});
