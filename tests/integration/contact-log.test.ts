import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { weekTally } from '#shared/contacts';
import { DeviceProfile, PersonResponse } from '#shared/schemas/api';
import { ContactLogPage, ContactsView } from '#shared/schemas/contact';
import { startSession } from '../../src/server/auth/sessions';
import { findCaseworker } from '../../src/server/db/tables/caseworkers.table';
import { insertContactEvent } from '../../src/server/db/tables/contacts.table';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, type Caller } from './support/http';
import { buildWorld, pairDevice, type World } from './support/world';

const HOUR = 3_600_000;

describe.each(ENGINES)('the contact log, its pages and notes, on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  async function casey(): Promise<Caller> {
    const caseworker = await findCaseworker(h.db, w.serviceA, w.casey.id);
    if (!caseworker) throw new Error('missing caseworker');
    const { token, session } = await startSession(h.db, caseworker, h.now());
    return { headers: { cookie: `hiu_session=${token}`, 'x-csrf-token': session.csrf_token } };
  }

  async function newPerson() {
    const res = await call(h.app, 'POST', '/api/people', {
      as: await casey(),
      body: { displayName: 'Lou Logtest' },
    });
    const person = PersonResponse.parse(await json(res));
    const { token } = await pairDevice(h, w.serviceA, person.id);
    return { id: person.id, phone: deviceCaller(token) };
  }

  const logPage = async (personId: string, page?: number | string) => {
    const query = page === undefined ? '' : `?page=${page}`;
    return call(h.app, 'GET', `/api/people/${personId}/contact-log${query}`, { as: await casey() });
  };
  const log = async (personId: string, body: Record<string, unknown>) =>
    call(h.app, 'POST', `/api/people/${personId}/contacts`, { as: await casey(), body });

  test('a long log comes 20 a page, newest first, and every contact is on exactly one page', async () => {
    h.setNow(new Date('2026-11-30T12:00:00Z'));
    const p = await newPerson();
    const start = h.now().getTime() - 84 * 12 * HOUR;
    for (let i = 0; i < 84; i++) {
      await insertContactEvent(h.db, {
        id: crypto.randomUUID(),
        service_id: w.serviceA,
        person_id: p.id,
        at: new Date(start + i * 12 * HOUR),
        kind: i % 2 ? 'call' : 'message',
        source: i % 2 ? 'person' : 'app',
        recorded_by: null,
        created_at: h.now(),
      });
    }
    const first = ContactLogPage.parse(await json(await logPage(p.id)));
    expect(first).toMatchObject({ page: 1, pages: 5, total: 84 });
    expect(first.entries).toHaveLength(20);
    const seen: string[] = [];
    for (let page = 1; page <= 5; page++) {
      const res = await logPage(p.id, page);
      expect(res.status).toBe(200);
      const body = ContactLogPage.parse(await json(res));
      expect(body.page).toBe(page);
      expect(body.entries).toHaveLength(page === 5 ? 4 : 20);
      seen.push(...body.entries.map((e) => e.at));
    }
    expect(seen).toHaveLength(84);
    expect(new Set(seen).size).toBe(84);
    expect(seen).toEqual([...seen].sort().reverse());
    // Past the end is an empty page, not an error; a page that is not a number is refused.
    expect(ContactLogPage.parse(await json(await logPage(p.id, 6))).entries).toEqual([]);
    expect((await logPage(p.id, 0)).status).toBe(400);
    expect((await logPage(p.id, 'two')).status).toBe(400);
  });

  test('an outcome and a note are stored and shown to staff, and never reach the phone', async () => {
    h.setNow(new Date('2026-12-02T15:00:00Z'));
    const p = await newPerson();
    const note = 'Asked about the housing letter. Will call back on Friday.';
    const made = await log(p.id, {
      at: new Date(h.now().getTime() - HOUR).toISOString(),
      kind: 'call',
      outcome: 'spoke',
      note: `  ${note}  `,
    });
    expect(made.status).toBe(201);
    const bare = await log(p.id, { at: h.now().toISOString(), kind: 'call', outcome: 'no-answer' });
    expect(bare.status).toBe(201);
    const plain = await log(p.id, { at: h.now().toISOString(), kind: 'visit' });
    expect(plain.status).toBe(201);

    const entries = ContactLogPage.parse(await json(await logPage(p.id))).entries;
    expect(entries.map((e) => [e.kind, e.outcome, e.note])).toEqual(
      expect.arrayContaining([
        ['call', 'spoke', note],
        ['call', 'no-answer', ''],
        ['visit', null, ''],
      ]),
    );

    // The phone's profile and sync carry the three contacts, counted, with no note or outcome.
    const profileRes = await call(h.app, 'GET', '/api/device/profile', { as: p.phone });
    const profileText = await profileRes.text();
    expect(profileText).not.toContain('housing letter');
    expect(profileText).not.toContain('no-answer');
    const contacts = ContactsView.parse(DeviceProfile.parse(JSON.parse(profileText)).contacts);
    expect(contacts.events).toHaveLength(3);
    for (const event of contacts.events) {
      expect(Object.keys(event).sort()).toEqual(['at', 'id', 'kind', 'source']);
    }
    const syncText = await (await call(h.app, 'GET', '/api/device/sync', { as: p.phone })).text();
    expect(syncText).not.toContain('housing letter');
    // Counting is unchanged: a call with no answer is still a contact this week.
    expect(weekTally(contacts.events, contacts.targets, h.now()).count).toBe(3);
  });

  test('a note that is too long, an unknown outcome or a date to come is refused kindly', async () => {
    h.setNow(new Date('2026-12-02T15:00:00Z'));
    const p = await newPerson();
    const at = h.now().toISOString();
    const long = await log(p.id, { at, kind: 'call', note: 'x'.repeat(281) });
    expect(long.status).toBe(400);
    expect(await long.text()).toContain('280 characters or fewer');
    expect((await log(p.id, { at, kind: 'call', note: 'x'.repeat(280) })).status).toBe(201);
    expect((await log(p.id, { at, kind: 'call', outcome: 'ignored' })).status).toBe(400);
    const tomorrow = new Date(h.now().getTime() + 24 * HOUR).toISOString();
    const future = await log(p.id, { at: tomorrow, kind: 'call', outcome: 'spoke' });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain('has not happened yet');
    // Nothing refused was kept, note or contact.
    expect(ContactLogPage.parse(await json(await logPage(p.id))).total).toBe(1);
    // Taking a contact back takes its note with it.
    const [kept] = ContactLogPage.parse(await json(await logPage(p.id))).entries;
    const gone = await call(h.app, 'DELETE', `/api/people/${p.id}/contacts/${kept!.id}`, {
      as: await casey(),
    });
    expect(gone.status).toBe(204);
    const notes = await h.db.selectFrom('contact_notes').select('contact_id').execute();
    expect(notes.map((n) => n.contact_id)).not.toContain(kept!.id);
  });
});
