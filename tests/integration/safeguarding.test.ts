import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse } from '#shared/schemas/api';
import {
  OpenConcernList,
  SafeguardingCategories,
  SafeguardingConcern,
  SafeguardingConcernList,
} from '#shared/schemas/safeguarding';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const WORDS = 'Rent money taken by a cousin';

/**
 * The safeguarding concern log: the person's caseworker and the lead record and read it; a
 * phone, another team and an unassigned colleague never do; every read is its own audit line
 * without the words; the lead's open list holds their own service only.
 */
describe.each(ENGINES)('safeguarding concerns on %s', (engine) => {
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
  const today = () => new Date(h.now()).toISOString().slice(0, 10);
  const record = async (caller: Caller, personId: string, body: Record<string, unknown> = {}) => {
    const res = await call(h.app, 'POST', `/api/people/${personId}/safeguarding`, {
      as: caller,
      body: {
        raisedOn: '2026-11-20',
        category: 'Financial or material abuse',
        whatWasDone: WORDS,
        referredTo: 'Adult safeguarding team',
        ...body,
      },
    });
    return res;
  };
  const auditOf = async (personId: string) => {
    const res = await call(h.app, 'GET', `/api/audit?personId=${personId}&limit=200`, {
      as: await as(w.leadA.email),
    });
    return AuditListResponse.parse(await json(res));
  };

  test('never a phone, another team or a colleague not assigned; nothing reaches the phone', async () => {
    const casey = await as(w.casey.email);
    const made = SafeguardingConcern.parse(await json(await record(casey, w.p1)));
    const routes = [
      ['GET', `/api/people/${w.p1}/safeguarding`, undefined],
      [
        'POST',
        `/api/people/${w.p1}/safeguarding`,
        { raisedOn: '2026-11-20', category: 'Domestic abuse', whatWasDone: 'x' },
      ],
      ['POST', `/api/people/${w.p1}/safeguarding/${made.id}/updates`, { text: 'More.' }],
      ['GET', '/api/safeguarding/open', undefined],
      ['PUT', '/api/safeguarding/categories', { categories: ['Self-neglect'] }],
    ] as const;
    const drew = await as(w.drew.email);
    const otto = await as(w.otherCaseworker.email);
    const leadB = await as(w.leadB.email);
    for (const [method, path, body] of routes) {
      expect((await call(h.app, method, path, { as: phone, body })).status).toBe(401);
      expect((await call(h.app, method, path, { as: drew, body })).status).toBe(403);
      const other = (await call(h.app, method, path, { as: otto, body })).status;
      expect(other).toBe(path.startsWith('/api/safeguarding/') ? 403 : 404);
      if (!path.startsWith('/api/safeguarding/')) {
        expect((await call(h.app, method, path, { as: leadB, body })).status).toBe(404);
      }
    }
    // Nothing a phone can fetch carries the concern.
    for (const path of ['/api/device/sync', '/api/device/profile']) {
      const res = await call(h.app, 'GET', path, { as: phone });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain('cousin');
      expect(text).not.toContain('safeguarding');
    }
  });

  test('record, add an update, close: who closed it and when; a closed concern takes no more', async () => {
    const casey = await as(w.casey.email);
    const lead = await as(w.leadA.email);
    const made = await record(casey, w.p1, { category: 'Self-neglect' });
    expect(made.status).toBe(201);
    const concern = SafeguardingConcern.parse(await json(made));
    expect(concern).toMatchObject({ status: 'open', recordedBy: w.casey.id, closedAt: null });
    const path = `/api/people/${w.p1}/safeguarding/${concern.id}/updates`;
    const first = await call(h.app, 'POST', path, {
      as: casey,
      body: { text: 'Home visit done.' },
    });
    expect(first.status).toBe(200);
    const closed = SafeguardingConcern.parse(
      await json(
        await call(h.app, 'POST', path, {
          as: lead,
          body: { text: 'Team say it is dealt with.', close: true },
        }),
      ),
    );
    expect(closed.status).toBe('closed');
    expect(closed.closedBy).toBe(w.leadA.id);
    expect(closed.closedByName).toBe(w.leadA.name);
    expect(closed.closedAt).toBe(h.now().toISOString());
    expect(closed.updates.map((u) => [u.text, u.writtenBy])).toEqual([
      ['Home visit done.', w.casey.id],
      ['Team say it is dealt with.', w.leadA.id],
    ]);
    const again = await call(h.app, 'POST', path, { as: casey, body: { text: 'More.' } });
    expect(again.status).toBe(409);
    const list = SafeguardingConcernList.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/safeguarding`, { as: casey })),
    );
    expect(list.find((c) => c.id === concern.id)?.updates).toHaveLength(2);
  });

  test('bad input gets a kind, clear error', async () => {
    const casey = await as(w.casey.email);
    const noCategory = await record(casey, w.p1, { category: 'a score of 7' });
    expect(noCategory.status).toBe(400);
    expect(JSON.stringify(await json(noCategory))).toContain(
      "Choose a category from the service's list",
    );
    const blank = await record(casey, w.p1, { category: ' ' });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(await json(blank))).toContain('Choose what kind of concern it is');
    const empty = await record(casey, w.p1, { whatWasDone: '   ' });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(await json(empty))).toContain('Write what was done');
    const future = await record(casey, w.p1, { raisedOn: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(JSON.stringify(await json(future))).toContain('today or in the past');
    expect((await record(casey, w.p1, { raisedOn: today() })).status).toBe(201);
  });

  test('every read is its own audit line, never folded, and never carries the words', async () => {
    const casey = await as(w.casey.email);
    await record(casey, w.p1);
    const before = (await auditOf(w.p1)).filter((l) => l.action === 'safeguarding.read').length;
    for (let i = 0; i < 3; i++) {
      const res = await call(h.app, 'GET', `/api/people/${w.p1}/safeguarding`, { as: casey });
      expect(res.status).toBe(200);
    }
    const lines = await auditOf(w.p1);
    const reads = lines.filter((l) => l.action === 'safeguarding.read');
    expect(reads.length - before).toBe(3);
    expect(reads.every((l) => l.actorId === w.casey.id)).toBe(true);
    const text = JSON.stringify(lines.filter((l) => l.action.startsWith('safeguarding.')));
    expect(text).not.toContain('cousin');
    expect(text).not.toContain('Adult safeguarding team');
    expect(text).not.toContain('Financial');
    expect(lines.some((l) => l.action === 'safeguarding.record')).toBe(true);
  });

  test("the lead's open list: every open concern of their own service only, each read audited", async () => {
    const casey = await as(w.casey.email);
    const drew = await as(w.drew.email);
    const otto = await as(w.otherCaseworker.email);
    const p2 = SafeguardingConcern.parse(
      await json(
        await record(drew, w.p2, {
          category: 'Exploitation (including modern slavery)',
          raisedOn: '2026-11-01',
        }),
      ),
    );
    const pb = SafeguardingConcern.parse(await json(await record(otto, w.pb)));
    const closing = SafeguardingConcern.parse(await json(await record(casey, w.p1)));
    await call(h.app, 'POST', `/api/people/${w.p1}/safeguarding/${closing.id}/updates`, {
      as: casey,
      body: { close: true },
    });
    const lead = await as(w.leadA.email);
    const readsOf = async (personId: string) =>
      (await auditOf(personId)).filter((l) => l.action === 'safeguarding.read').length;
    const before = await readsOf(w.p2);
    const open = OpenConcernList.parse(
      await json(await call(h.app, 'GET', '/api/safeguarding/open', { as: lead })),
    );
    const ids = open.map((c) => c.id);
    expect(ids).toContain(p2.id);
    expect(ids).not.toContain(pb.id);
    expect(ids).not.toContain(closing.id);
    expect(open.every((c) => c.status === 'open')).toBe(true);
    expect(open.find((c) => c.id === p2.id)).toMatchObject({
      personName: 'Quentin Secondperson',
      caseworkerName: w.drew.name,
    });
    // Oldest raised first.
    expect(open[0]?.id).toBe(p2.id);
    await call(h.app, 'GET', '/api/safeguarding/open', { as: lead });
    expect((await readsOf(w.p2)) - before).toBe(2);
    const leadB = await as(w.leadB.email);
    const theirs = OpenConcernList.parse(
      await json(await call(h.app, 'GET', '/api/safeguarding/open', { as: leadB })),
    );
    expect(theirs.map((c) => c.id)).toEqual([pb.id]);
  });

  test("the lead keeps the service's own categories; caseworkers choose from them; a concern keeps its words", async () => {
    const casey = await as(w.casey.email);
    const lead = await as(w.leadA.email);
    const listOf = async (caller: Caller) => {
      const res = await call(h.app, 'GET', '/api/safeguarding/categories', { as: caller });
      expect(res.status).toBe(200);
      return SafeguardingCategories.parse(await json(res)).categories;
    };
    expect(await listOf(casey)).toContain('Self-neglect');
    const old = SafeguardingConcern.parse(
      await json(await record(casey, w.p1, { category: 'Self-neglect' })),
    );
    const put = (caller: Caller, categories: string[]) =>
      call(h.app, 'PUT', '/api/safeguarding/categories', { as: caller, body: { categories } });
    expect((await put(casey, ['Hoarding'])).status).toBe(403);
    const twice = await put(lead, ['Hoarding', 'hoarding']);
    expect(twice.status).toBe(400);
    expect(JSON.stringify(await json(twice))).toContain('Each category can be in the list once');
    expect((await put(lead, [])).status).toBe(400);
    expect((await put(lead, ['Hoarding', ' Cuckooing '])).status).toBe(200);
    expect(await listOf(casey)).toEqual(['Hoarding', 'Cuckooing']);
    // Another service keeps the default list.
    expect(await listOf(await as(w.otherCaseworker.email))).toContain('Self-neglect');
    expect((await record(casey, w.p1, { category: 'Self-neglect' })).status).toBe(400);
    expect((await record(casey, w.p1, { category: 'Cuckooing' })).status).toBe(201);
    const list = SafeguardingConcernList.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/safeguarding`, { as: casey })),
    );
    expect(list.find((c) => c.id === old.id)?.category).toBe('Self-neglect');
    const audit = await call(h.app, 'GET', '/api/audit?limit=200', { as: lead });
    const lines = AuditListResponse.parse(await json(audit));
    expect(lines.some((l) => l.action === 'safeguarding.categories')).toBe(true);
  });
});
