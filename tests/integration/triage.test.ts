import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse, PersonResponse } from '#shared/schemas/api';
import { TriageResponse, type TriageItem } from '#shared/schemas/triage';
import { createGoal } from '../../src/server/people/goal-changes';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The start of a caseworker's day: what needs them across their people, each row with why it
 * is there, urgent care first; a row marked done stays done until something newer comes.
 */
describe.each(ENGINES)('triage on %s', (engine) => {
  let h: Harness;
  let w: World;
  let tara: { id: string; phone: Caller };

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    const casey = await login(h.app, w.casey.email, PASSWORD);
    const made = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Tara Triageperson' },
    });
    const person = PersonResponse.parse(await json(made));
    await call(h.app, 'PUT', `/api/people/${person.id}/hours`, {
      as: casey,
      body: { kind: 'always' },
    });
    tara = {
      id: person.id,
      phone: deviceCaller((await pairDevice(h, w.serviceA, person.id)).token),
    };
  });
  afterAll(() => h.close());

  const triage = async (email: string, query = '') => {
    const me = await login(h.app, email, PASSWORD);
    const res = await call(h.app, 'GET', `/api/triage${query}`, { as: me });
    expect(res.status).toBe(200);
    return { me, answer: TriageResponse.parse(await json(res)) };
  };
  const rows = (items: TriageItem[], personId: string) =>
    items.filter((i) => i.personId === personId).map((i) => i.kind);

  test('what the person sent or did shows, urgent care first, and people gone quiet at the end', async () => {
    const { phone } = tara;
    const at = h.now().toISOString();
    expect(
      (
        await call(h.app, 'POST', '/api/device/messages', {
          as: phone,
          body: { id: randomUUID(), body: 'Are you in tomorrow?' },
        })
      ).status,
    ).toBe(201);
    const entry = {
      id: randomUUID(),
      kind: 'everyday' as const,
      everyday: 'A quiet day.',
      createdAt: at,
      updatedAt: at,
    };
    await call(h.app, 'PUT', `/api/device/shared-entries/${entry.id}`, {
      as: phone,
      body: { entry },
    });
    await call(h.app, 'PUT', `/api/device/urgent-care/${randomUUID()}`, {
      as: phone,
      body: { at, wentToAe: false, called999: true, called111: false },
    });
    await call(h.app, 'PUT', `/api/device/check-ins/${randomUUID()}`, {
      as: phone,
      body: {
        at,
        reason: 'start',
        answers: { satisfied: 6, worthwhile: 7, happy: 5, anxious: 3, lonely: 'never' },
      },
    });
    const milestoneId = randomUUID();
    await createGoal(
      h.db,
      {
        serviceId: w.serviceA,
        personId: tara.id,
        by: w.casey.id,
        now: h.now(),
        actor: 'caseworker',
      },
      {
        title: 'Walk to the shop',
        milestones: [{ id: milestoneId, title: 'Once', targetDate: null, reward: null }],
      },
    );
    expect(
      (
        await call(h.app, 'PUT', `/api/device/milestones/${milestoneId}`, {
          as: phone,
          body: { done: true, at },
        })
      ).status,
    ).toBe(200);

    const { answer } = await triage(w.casey.email);
    expect(rows(answer.items, tara.id)).toEqual([
      'urgent-care',
      'message',
      'shared-entry',
      'check-in',
      'milestone',
    ]);
    const urgent = answer.items.find((i) => i.kind === 'urgent-care');
    expect(urgent).toMatchObject({
      personName: 'Tara Triageperson',
      urgentCare: { called999: true, wentToAe: false, called111: false },
    });
    expect(answer.items.find((i) => i.kind === 'message')).toMatchObject({
      count: 1,
      released: false,
    });
    // Nothing of what anyone wrote is in triage: only that it is there.
    expect(JSON.stringify(answer)).not.toMatch(/Are you in tomorrow|A quiet day|Walk to the shop/);
    // Just added, just heard from: nobody has gone quiet yet.
    expect(answer.items.filter((i) => i.kind === 'quiet')).toEqual([]);

    // Another caseworker's triage has none of it; the lead's has it all.
    expect(rows((await triage(w.drew.email)).answer.items, tara.id)).toEqual([]);
    expect(rows((await triage(w.leadA.email)).answer.items, tara.id)).toHaveLength(5);
  });

  test('after two quiet weeks: news goes, what waits stays, and people not heard from show', async () => {
    h.advance(15 * DAY);
    const { answer } = await triage(w.casey.email);
    expect(rows(answer.items, tara.id)).toEqual(['message', 'shared-entry', 'quiet']);
    // Penny never sent anything: never heard from, so the longest silence comes first.
    const quiet = answer.items.filter((i) => i.kind === 'quiet');
    expect(quiet.map((i) => i.personId)).toEqual([w.p1, tara.id]);
    expect(quiet[0]?.at).toBeNull();
    expect(answer.quietDays).toBe(14);
    // The caseworker chooses how long is a while.
    const longer = (await triage(w.casey.email, '?quietDays=21')).answer;
    expect(longer.items.filter((i) => i.kind === 'quiet')).toEqual([]);
    const bad = await call(h.app, 'GET', '/api/triage?quietDays=0', {
      as: await login(h.app, w.casey.email, PASSWORD),
    });
    expect(bad.status).toBe(400);
  });

  test('a row marked done goes, is audited, and a newer message brings the row back', async () => {
    const { me, answer } = await triage(w.casey.email);
    const message = answer.items.find((i) => i.personId === tara.id && i.kind === 'message');
    if (!message) throw new Error('no message row');
    const done = await call(h.app, 'POST', '/api/triage/done', {
      as: me,
      body: { key: message.key, personId: tara.id },
    });
    expect(done.status).toBe(200);
    // Twice is fine (a double click), and audited once.
    const again = await call(h.app, 'POST', '/api/triage/done', {
      as: me,
      body: { key: message.key, personId: tara.id },
    });
    expect(again.status).toBe(200);
    const after = (await triage(w.casey.email)).answer;
    expect(rows(after.items, tara.id)).toEqual(['shared-entry', 'quiet']);
    expect(after.done).toBe(1);
    // Done is only for the one who marked it: the lead still sees the row.
    expect(rows((await triage(w.leadA.email)).answer.items, tara.id)).toContain('message');

    h.advance(60_000);
    await call(h.app, 'POST', '/api/device/messages', {
      as: tara.phone,
      body: { id: randomUUID(), body: 'Me again.' },
    });
    const back = (await triage(w.casey.email)).answer;
    expect(back.items.find((i) => i.kind === 'message' && i.personId === tara.id)).toMatchObject({
      count: 2,
    });

    const lead = await login(h.app, w.leadA.email, PASSWORD);
    const audit = AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit?personId=${tara.id}`, { as: lead })),
    );
    expect(audit.filter((a) => a.action === 'triage.done')).toHaveLength(1);
    expect(audit.find((a) => a.action === 'triage.done')?.detail).toBe(
      'Marked done in triage: new messages',
    );
  });

  test('a key that is not a triage row is a kind 400; another caseworker’s person is refused', async () => {
    const me = await login(h.app, w.casey.email, PASSWORD);
    const wrong = await call(h.app, 'POST', '/api/triage/done', {
      as: me,
      body: { key: 'drop table', personId: tara.id },
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await body(wrong))).toContain('That is not a triage item.');
    const notMine = await call(h.app, 'POST', '/api/triage/done', {
      as: me,
      body: { key: `quiet:${w.p2}:never`, personId: w.p2 },
    });
    expect(notMine.status).toBe(403);
  });
});
