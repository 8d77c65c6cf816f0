import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { weekTally } from '#shared/contacts';
import { NATIONAL_CONTACTS } from '#shared/guide';
import { DeviceProfile, PersonResponse } from '#shared/schemas/api';
import { ContactsView, SupportUsed } from '#shared/schemas/contact';
import type { LocalGuideContact } from '#shared/schemas/guide';
import { startSession } from '../../src/server/auth/sessions';
import { findCaseworker } from '../../src/server/db/tables/caseworkers.table';
import { ENGINES } from './support/engines';
import { openEvents } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, type Caller } from './support/http';
import { buildWorld, pairDevice, type World } from './support/world';

const id = (kind: string) => NATIONAL_CONTACTS.find((c) => c.kind === kind)!.id;
const SAMARITANS = id('samaritans');

const dropIn = (): LocalGuideContact => ({
  id: randomUUID(),
  kind: 'local',
  name: 'The Lighthouse drop-in',
  whenToUse: 'Go to the drop-in for a cup of tea and a chat.',
  call: '01632 960123',
  hours: {
    kind: 'weekly',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '10:00', end: '21:00' })),
    exceptions: [],
  },
  picture: 'local',
});

describe.each(ENGINES)('alternatives to contacting the team on %s', (engine) => {
  let h: Harness;
  let w: World;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  async function staff(who: 'casey' | 'drew' | 'leadA'): Promise<Caller> {
    const caseworker = await findCaseworker(h.db, w.serviceA, w[who].id);
    if (!caseworker) throw new Error('missing caseworker');
    const { token, session } = await startSession(h.db, caseworker, h.now());
    return { headers: { cookie: `hiu_session=${token}`, 'x-csrf-token': session.csrf_token } };
  }

  /** A person on Casey's caseload with a drop-in on their guide and a paired phone. */
  async function newPerson() {
    const casey = await staff('casey');
    const res = await call(h.app, 'POST', '/api/people', {
      as: casey,
      body: { displayName: 'Tess Testperson' },
    });
    const person = PersonResponse.parse(await json(res));
    const card = dropIn();
    const guide = await call(h.app, 'PUT', `/api/people/${person.id}/guide`, {
      as: casey,
      body: [card],
    });
    expect(guide.status).toBe(200);
    const { token } = await pairDevice(h, w.serviceA, person.id);
    return { id: person.id, card, phone: deviceCaller(token), casey };
  }

  const setAlternatives = async (personId: string, ids: string[], as: Caller) =>
    call(h.app, 'PUT', `/api/people/${personId}/contact-alternatives`, {
      as,
      body: { guideContactIds: ids },
    });
  const logSupport = (phone: Caller, supportId: string, body: Record<string, unknown>) =>
    call(h.app, 'PUT', `/api/device/support-used/${supportId}`, { as: phone, body });
  const view = async (personId: string, as: Caller) =>
    ContactsView.parse(
      await json(await call(h.app, 'GET', `/api/people/${personId}/contacts`, { as })),
    );
  const phoneView = async (phone: Caller) =>
    ContactsView.parse(
      DeviceProfile.parse(
        await json(await call(h.app, 'GET', '/api/device/profile', { as: phone })),
      ).contacts,
    );

  test('alternatives come only from the person’s own guide, and never 999, 111 or the team', async () => {
    h.setNow(new Date('2026-12-02T19:00:00Z'));
    const p = await newPerson();
    const other = await newPerson();

    // Another person's drop-in is not in this person's guide.
    const foreign = await setAlternatives(p.id, [other.card.id], p.casey);
    expect(foreign.status).toBe(400);
    expect(await json(foreign)).toMatchObject({
      error: 'invalid_input',
      fields: {
        'guideContactIds.0': expect.stringContaining('not in this person’s Help now guide'),
      },
    });
    const team: LocalGuideContact = { ...dropIn(), kind: 'caseworker', name: 'Casey' };
    await call(h.app, 'PUT', `/api/people/${p.id}/guide`, { as: p.casey, body: [p.card, team] });
    for (const card of [id('emergency'), id('nhs111'), team.id]) {
      const refused = await setAlternatives(p.id, [card], p.casey);
      expect(refused.status).toBe(400);
      expect(JSON.stringify(await json(refused))).toContain('cannot be an alternative');
    }
    const twice = await setAlternatives(p.id, [SAMARITANS, SAMARITANS], p.casey);
    expect(twice.status).toBe(400);
    expect((await view(p.id, p.casey)).alternatives).toEqual([]);

    const ok = await setAlternatives(p.id, [p.card.id, SAMARITANS], p.casey);
    expect(ok.status).toBe(200);
    expect(ContactsView.parse(await json(ok)).alternatives).toEqual([p.card.id, SAMARITANS]);
    expect((await phoneView(p.phone)).alternatives).toEqual([p.card.id, SAMARITANS]);

    // Taking the card out of the guide takes it off the list too.
    await call(h.app, 'PUT', `/api/people/${p.id}/guide`, { as: p.casey, body: [] });
    expect((await view(p.id, p.casey)).alternatives).toEqual([SAMARITANS]);
    expect((await phoneView(p.phone)).alternatives).toEqual([SAMARITANS]);
  });

  test('only staff name alternatives; only the phone logs support used', async () => {
    h.setNow(new Date('2026-12-02T19:00:00Z'));
    const p = await newPerson();
    const byPhone = await call(h.app, 'PUT', `/api/people/${p.id}/contact-alternatives`, {
      as: p.phone,
      body: { guideContactIds: [SAMARITANS] },
    });
    expect(byPhone.status).toBe(401);
    expect((await setAlternatives(p.id, [SAMARITANS], await staff('drew'))).status).toBe(403);
    expect((await setAlternatives(p.id, [SAMARITANS], await staff('leadA'))).status).toBe(200);

    const byStaff = await logSupport(p.casey, randomUUID(), {
      at: h.now().toISOString(),
      guideContactId: SAMARITANS,
      kind: 'call',
    });
    expect(byStaff.status).toBe(401);
    // A card that is in the guide but not on the list is refused kindly.
    const notListed = await logSupport(p.phone, randomUUID(), {
      at: h.now().toISOString(),
      guideContactId: p.card.id,
      kind: 'visit',
    });
    expect(notListed.status).toBe(400);
    expect(await json(notListed)).toMatchObject({
      fields: { guideContactId: 'That support is no longer on your list.' },
    });
  });

  test('support used never counts against the target, on either side', async () => {
    h.setNow(new Date('2026-12-02T19:00:00Z')); // Wednesday 7pm
    const p = await newPerson();
    await call(h.app, 'PUT', `/api/people/${p.id}/contact-targets`, {
      as: p.casey,
      body: { steps: [{ fromWeek: '2026-11-30', times: 3 }] },
    });
    await setAlternatives(p.id, [p.card.id, SAMARITANS], p.casey);
    const tap = await call(h.app, 'PUT', `/api/device/contacts/${randomUUID()}`, {
      as: p.phone,
      body: { at: h.now().toISOString(), kind: 'call' },
    });
    expect(tap.status).toBe(200);
    const events = await openEvents(h.app, p.casey);
    const usedId = randomUUID();
    const earlier = new Date(h.now().getTime() - 10 * 60_000).toISOString();
    const used = await logSupport(p.phone, usedId, {
      at: earlier,
      guideContactId: p.card.id,
      kind: 'visit',
    });
    expect(used.status).toBe(200);
    expect(SupportUsed.parse(await json(used))).toEqual({
      id: usedId,
      at: earlier,
      guideContactId: p.card.id,
      kind: 'visit',
      name: 'The Lighthouse drop-in',
    });
    await logSupport(p.phone, randomUUID(), {
      at: h.now().toISOString(),
      guideContactId: SAMARITANS,
      kind: 'call',
    });
    // The caseworker hears of it live, as for a contact.
    const live = await events.next((e) => e.type === 'contact' && e.personId === p.id);
    expect(live.personId).toBe(p.id);
    await events.close();

    for (const side of [await view(p.id, p.casey), await phoneView(p.phone)]) {
      expect(side.supportUsed.map((s) => s.name)).toEqual(['The Lighthouse drop-in', 'Samaritans']);
      expect(side.events).toHaveLength(1);
      expect(weekTally(side.events, side.targets, h.now())).toMatchObject({ count: 1, target: 3 });
    }
    const stored = await h.db
      .selectFrom('contact_events')
      .select('id')
      .where('person_id', '=', p.id)
      .execute();
    expect(stored).toHaveLength(1);
  });

  test('a replay from the outbox is one support used, and it can be taken back', async () => {
    h.setNow(new Date('2026-12-02T19:00:00Z'));
    const p = await newPerson();
    await setAlternatives(p.id, [p.card.id], p.casey);
    const supportId = randomUUID();
    const body = { at: h.now().toISOString(), guideContactId: p.card.id, kind: 'visit' };
    const answers = await Promise.all([
      logSupport(p.phone, supportId, body),
      logSupport(p.phone, supportId, body),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    // Later, after the card has left the list, the same id still answers the stored row.
    await setAlternatives(p.id, [], p.casey);
    const late = await logSupport(p.phone, supportId, body);
    expect(late.status).toBe(200);
    expect((await view(p.id, p.casey)).supportUsed.map((s) => s.id)).toEqual([supportId]);

    // Another person's phone cannot use the id, nor take it back.
    const other = await newPerson();
    await setAlternatives(other.id, [SAMARITANS], other.casey);
    const clash = await logSupport(other.phone, supportId, {
      ...body,
      guideContactId: SAMARITANS,
      kind: 'call',
    });
    expect(clash.status).toBe(409);
    const theirs = await call(h.app, 'DELETE', `/api/device/support-used/${supportId}`, {
      as: other.phone,
    });
    expect(theirs.status).toBe(204);
    expect((await view(p.id, p.casey)).supportUsed).toHaveLength(1);

    for (let i = 0; i < 2; i++) {
      const undo = await call(h.app, 'DELETE', `/api/device/support-used/${supportId}`, {
        as: p.phone,
      });
      expect(undo.status).toBe(204);
    }
    expect((await view(p.id, p.casey)).supportUsed).toEqual([]);
  });
});
