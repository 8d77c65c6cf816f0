import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse } from '#shared/schemas/api';
import { CaseworkerNote, CaseworkerNoteList, PersonRecord, WeekView } from '#shared/schemas/notes';
import { createGoal } from '../../src/server/people/goal-changes';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const WORDS = 'Sam rang twice about the rent letter';

/**
 * The caseworker's own notes beside the person's journal: staff only, one per member of staff
 * per person per London day, audited without their words; the week side by side; the record.
 */
describe.each(ENGINES)('caseworker notes on %s', (engine) => {
  let h: Harness;
  let w: World;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  const as = (email: string) => login(h.app, email, PASSWORD);
  const auditOf = async (personId: string) => {
    const lead = await as(w.leadA.email);
    const res = await call(h.app, 'GET', `/api/audit?personId=${personId}&limit=200`, {
      as: lead,
    });
    return AuditListResponse.parse(await json(res));
  };
  const notesOf = async (caller: Caller, personId = w.p1) => {
    const res = await call(h.app, 'GET', `/api/people/${personId}/notes`, { as: caller });
    expect(res.status).toBe(200);
    return CaseworkerNoteList.parse(await json(res));
  };

  test('every notes route refuses a phone, another team and a colleague not assigned', async () => {
    const day = '2026-11-23';
    const routes = [
      ['GET', `/api/people/${w.p1}/notes`],
      ['PUT', `/api/people/${w.p1}/notes/${day}`],
      ['DELETE', `/api/people/${w.p1}/notes/${day}`],
      ['GET', `/api/people/${w.p1}/week?start=${day}`],
      ['GET', `/api/people/${w.p1}/record`],
      ['GET', `/api/people/${w.p1}/record/text`],
    ] as const;
    const other = await as(w.otherCaseworker.email);
    const drew = await as(w.drew.email);
    const casey = await as(w.casey.email);
    const written = await call(h.app, 'PUT', `/api/people/${w.p1}/notes/2026-11-23`, {
      as: casey,
      body: { happened: WORDS },
    });
    expect(written.status).toBe(200);
    for (const [method, path] of routes) {
      const body = method === 'PUT' ? { happened: WORDS } : undefined;
      expect((await call(h.app, method, path, { as: phone, body })).status).toBe(401);
      expect((await call(h.app, method, path, { as: drew, body })).status).toBe(403);
      expect((await call(h.app, method, path, { as: other, body })).status).toBe(404);
    }
    const otherTeam = await call(h.app, 'GET', `/api/people/${w.pb}/notes`, {
      as: await as(w.leadA.email),
    });
    expect(otherTeam.status).toBe(404);
    // Nothing a phone can fetch carries a note.
    const sync = await call(h.app, 'GET', '/api/device/sync', { as: phone });
    expect(await sync.text()).not.toContain('rent letter');
  });

  test('writing the same day again replaces your note; a colleague keeps their own', async () => {
    const casey = await as(w.casey.email);
    const lead = await as(w.leadA.email);
    const day = '2026-11-22';
    const put = (caller: Caller, happened: string) =>
      call(h.app, 'PUT', `/api/people/${w.p1}/notes/${day}`, {
        as: caller,
        body: { happened, seemed: 'Calmer than last week.' },
      });
    expect((await put(casey, 'First go.')).status).toBe(200);
    const second = await put(casey, WORDS);
    expect(second.status).toBe(200);
    expect(CaseworkerNote.parse(await json(second))).toMatchObject({
      day,
      caseworkerId: w.casey.id,
      caseworkerName: w.casey.name,
      happened: WORDS,
      calls: '',
      seemed: 'Calmer than last week.',
    });
    expect((await put(lead, 'The lead saw them at the hub.')).status).toBe(200);
    const notes = (await notesOf(casey)).filter((n) => n.day === day);
    expect(notes.map((n) => [n.caseworkerId, n.happened]).sort()).toEqual(
      [
        [w.casey.id, WORDS],
        [w.leadA.id, 'The lead saw them at the hub.'],
      ].sort(),
    );
    // Deleting takes only your own note.
    expect(
      (await call(h.app, 'DELETE', `/api/people/${w.p1}/notes/${day}`, { as: lead })).status,
    ).toBe(200);
    expect((await notesOf(casey)).filter((n) => n.day === day)).toHaveLength(1);
    expect(
      (await call(h.app, 'DELETE', `/api/people/${w.p1}/notes/${day}`, { as: lead })).status,
    ).toBe(404);
  });

  test('an empty note or a day still to come is refused kindly', async () => {
    const casey = await as(w.casey.email);
    const empty = await call(h.app, 'PUT', `/api/people/${w.p1}/notes/2026-11-20`, {
      as: casey,
      body: { happened: '  ', calls: '' },
    });
    expect(empty.status).toBe(400);
    const future = await call(h.app, 'PUT', `/api/people/${w.p1}/notes/2026-11-24`, {
      as: casey,
      body: { happened: 'Not yet.' },
    });
    expect(future.status).toBe(400);
    expect(await json(future)).toMatchObject({ error: 'future_day' });
    const badDay = await call(h.app, 'PUT', `/api/people/${w.p1}/notes/2026-02-30`, {
      as: casey,
      body: { happened: 'No such day.' },
    });
    expect(badDay.status).toBe(400);
  });

  test('reading and writing notes is audited with the day, never the words', async () => {
    const casey = await as(w.casey.email);
    await call(h.app, 'PUT', `/api/people/${w.p1}/notes/2026-11-21`, {
      as: casey,
      body: { happened: WORDS, calls: 'Rang the housing office', seemed: 'Worried' },
    });
    await notesOf(casey);
    const lines = await auditOf(w.p1);
    const read = lines.find((l) => l.action === 'notes.read' && l.actorId === w.casey.id);
    expect(read).toBeDefined();
    const write = lines.find(
      (l) => l.action === 'notes.write' && l.detail === 'Saturday 21 November 2026',
    );
    expect(write).toBeDefined();
    const text = JSON.stringify(lines);
    for (const words of [WORDS, 'housing office', 'Worried', 'Calmer', 'First go']) {
      expect(text).not.toContain(words);
    }
  });

  test('the week puts each thing on its London day across the October clock change, and only shared entries', async () => {
    // Monday 19 October 2026 to Sunday 25 October; the clocks go back at 02:00 BST on the 25th.
    h.setNow(new Date('2026-10-27T10:00:00Z'));
    const casey = await as(w.casey.email);
    const entry = (createdAt: string, words: string) => ({
      id: randomUUID(),
      kind: 'everyday' as const,
      everyday: words,
      createdAt,
      updatedAt: createdAt,
    });
    // 23:30 UTC on Sunday 18th is 00:30 BST on Monday 19th.
    const monday = entry('2026-10-18T23:30:00Z', 'Monday just after midnight.');
    // 23:30 UTC on Sunday 25th is 23:30 GMT the same Sunday (after the change).
    const sunday = entry('2026-10-25T23:30:00Z', 'Late on Sunday.');
    // 00:30 UTC on Monday 26th is next week.
    const nextWeek = entry('2026-10-26T00:30:00Z', 'Next week already.');
    const withdrawn = entry('2026-10-21T12:00:00Z', 'Shared, then taken back.');
    for (const e of [monday, sunday, nextWeek, withdrawn]) {
      const res = await call(h.app, 'PUT', `/api/device/shared-entries/${e.id}`, {
        as: phone,
        body: { entry: e },
      });
      expect(res.status).toBe(200);
    }
    await call(h.app, 'DELETE', `/api/device/shared-entries/${withdrawn.id}`, { as: phone });
    // A call logged at 23:30 UTC on Monday 19th: 00:30 BST on Tuesday 20th.
    const logged = await call(h.app, 'POST', `/api/people/${w.p1}/contacts`, {
      as: casey,
      body: { at: '2026-10-19T23:30:00Z', kind: 'call' },
    });
    expect(logged.status).toBe(201);
    await call(h.app, 'PUT', `/api/device/urgent-care/${randomUUID()}`, {
      as: phone,
      body: { at: '2026-10-24T22:00:00Z', wentToAe: true, called999: false, called111: false },
    });
    await call(h.app, 'PUT', `/api/device/check-ins/${randomUUID()}`, {
      as: phone,
      body: {
        at: '2026-10-22T09:00:00Z',
        reason: 'monthly',
        answers: { satisfied: 6, worthwhile: 7, happy: 5, anxious: 3, lonely: 'never' },
      },
    });
    const milestoneId = randomUUID();
    await createGoal(
      h.db,
      { serviceId: w.serviceA, personId: w.p1, by: w.casey.id, now: h.now(), actor: 'caseworker' },
      {
        title: 'Go to the walking group',
        milestones: [{ id: milestoneId, title: 'Go once', targetDate: null, reward: null }],
      },
    );
    await call(h.app, 'PUT', `/api/device/milestones/${milestoneId}`, {
      as: phone,
      body: { done: true, at: '2026-10-23T15:00:00Z' },
    });
    await call(h.app, 'PUT', `/api/people/${w.p1}/notes/2026-10-25`, {
      as: casey,
      body: { happened: 'Rang on Sunday after the hospital.' },
    });

    const res = await call(h.app, 'GET', `/api/people/${w.p1}/week?start=2026-10-19`, {
      as: casey,
    });
    expect(res.status).toBe(200);
    const week = WeekView.parse(await json(res));
    const byDay = Object.fromEntries(
      week.days.map((d) => [d.day, d.items.map((i) => i.kind)] as const),
    );
    expect(byDay).toEqual({
      '2026-10-19': ['shared-entry'],
      '2026-10-20': ['contact'],
      '2026-10-21': [],
      '2026-10-22': ['check-in'],
      '2026-10-23': ['milestone'],
      '2026-10-24': ['urgent-care'],
      '2026-10-25': ['shared-entry', 'note'],
    });
    const text = JSON.stringify(week);
    expect(text).not.toContain('Shared, then taken back.');
    expect(text).not.toContain('Next week already.');

    const lines = await auditOf(w.p1);
    expect(lines.find((l) => l.action === 'week.read')?.detail).toBe('From Monday 19 October 2026');
    const tuesday = await call(h.app, 'GET', `/api/people/${w.p1}/week?start=2026-10-20`, {
      as: casey,
    });
    expect(tuesday.status).toBe(400);
  });

  test('a message goes on the London day it was sent', async () => {
    h.setNow(new Date('2026-11-29T23:40:00Z'));
    const sent = await call(h.app, 'POST', '/api/device/messages', {
      as: phone,
      body: { id: randomUUID(), body: 'Late on Sunday.' },
    });
    expect(sent.status).toBe(201);
    h.setNow(new Date('2026-11-30T10:00:00Z'));
    const casey = await as(w.casey.email);
    const res = await call(h.app, 'GET', `/api/people/${w.p1}/week?start=2026-11-23`, {
      as: casey,
    });
    const week = WeekView.parse(await json(res));
    const sunday = week.days[6];
    expect(sunday?.day).toBe('2026-11-29');
    expect(sunday?.items.some((i) => i.kind === 'message')).toBe(true);
  });

  test('only the lead can download the whole record; each download is audited', async () => {
    const casey = await as(w.casey.email);
    expect((await call(h.app, 'GET', `/api/people/${w.p1}/record`, { as: casey })).status).toBe(
      403,
    );
    const lead = await as(w.leadA.email);
    const res = await call(h.app, 'GET', `/api/people/${w.p1}/record`, { as: lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const record = PersonRecord.parse(await json(res));
    expect(record.person.id).toBe(w.p1);
    expect(record.notes.some((n) => n.happened === WORDS)).toBe(true);
    expect(record.sharedEntries.length).toBeGreaterThan(0);
    expect(record.messages.length).toBeGreaterThan(0);
    expect(record.contacts.length).toBeGreaterThan(0);
    expect(
      (await call(h.app, 'GET', `/api/people/${w.p1}/record/text`, { as: casey })).status,
    ).toBe(403);
    const text = await call(h.app, 'GET', `/api/people/${w.p1}/record/text`, { as: lead });
    expect(text.status).toBe(200);
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text.headers.get('content-disposition')).toMatch(/^attachment; filename="record-/);
    const words = await text.text();
    expect(words).toContain('Everything the service keeps about Penny Firstperson');
    expect(words).toContain(`What happened: ${WORDS}`);
    expect(words).toContain('Late on Sunday.');
    const exports = (await auditOf(w.p1)).filter((l) => l.action === 'record.export');
    expect(exports.map((l) => l.detail).sort()).toEqual([
      'As JSON (subject access request)',
      'As plain text (subject access request)',
    ]);
    expect(exports.every((l) => l.actorId === w.leadA.id)).toBe(true);
  });
});
