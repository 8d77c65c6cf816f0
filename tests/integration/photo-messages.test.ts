import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MessageList, SendMessageResponse, SyncResponse } from '#shared/schemas/connect';
import { PHOTO_MESSAGE_MAX_BYTES } from '#shared/schemas/photo-message';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { tinyJpeg, tinyPng, tinyWebp } from './support/images';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

/*
 * A person sends their caseworker a photo from the phone: checked by its bytes, stripped of
 * metadata again, held out of hours like any message, stored once however often the phone
 * retries, shown only to the person's own caseworker (and the lead), audited, and gone with
 * the person.
 */

/** Wednesday 2 December 2026 in London (GMT, so Z). */
const AT_1000 = new Date('2026-12-02T10:00:00Z');
const AT_2210 = new Date('2026-12-02T22:10:00Z');
const NEXT_0900 = new Date('2026-12-03T09:00:00Z');
const HOURS = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const latin1 = (bytes: ArrayBuffer) => Buffer.from(bytes).toString('latin1');

describe.each(ENGINES)('photo messages on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let drew: Caller;
  let lead: Caller;
  let otherService: Caller;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    h.setNow(AT_1000);
    casey = await login(h.app, w.casey.email, PASSWORD);
    drew = await login(h.app, w.drew.email, PASSWORD);
    lead = await login(h.app, w.leadA.email, PASSWORD);
    otherService = await login(h.app, w.otherCaseworker.email, PASSWORD);
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/hours`, { as: casey, body: HOURS });
    expect(put.status).toBe(200);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  const send = (photo: { type: string; data: string }, id = randomUUID(), words = '') =>
    call(h.app, 'POST', '/api/device/messages/photo', {
      as: phone,
      body: { id, body: words, photo },
    });
  const photoOf = (id: string, as: Caller = casey, personId = w.p1) =>
    call(h.app, 'GET', `/api/people/${personId}/messages/${id}/photo`, { as });
  const thread = async () =>
    MessageList.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/messages`, { as: casey })),
    );

  test('a JPEG, a PNG and a WebP each arrive as a photo message, stripped of metadata', async () => {
    const cases = [
      { type: 'image/jpeg', bytes: tinyJpeg('GPS 53.4808N 2.2426W'), clue: 'GPS' },
      { type: 'image/png', bytes: tinyPng('Taken at 1 Mill Lane'), clue: 'Mill Lane' },
      { type: 'image/webp', bytes: tinyWebp(), clue: null },
    ];
    for (const { type, bytes, clue } of cases) {
      const id = randomUUID();
      const res = await send({ type, data: base64(bytes) }, id, 'My tea tonight');
      expect(res.status).toBe(201);
      const { message } = SendMessageResponse.parse(await json(res));
      expect(message).toMatchObject({ id, from: 'person', body: 'My tea tonight', photo: true });

      const got = await photoOf(id);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe(type);
      expect(got.headers.get('cache-control')).toBe('private, no-store');
      const served = latin1(await got.arrayBuffer());
      if (clue) expect(served).not.toContain(clue);
    }
    const shown = await thread();
    expect(shown.filter((m) => m.photo).length).toBe(3);
    // Each showing of a photo is audited, naming the message.
    await h.server.runtime.auditLog.flush();
    const seen = await h.db
      .selectFrom('audit_log')
      .select(['subject_id', 'actor_id'])
      .where('action', '=', 'messages.photo-seen')
      .execute();
    expect(seen).toHaveLength(3);
    expect(seen.every((r) => r.actor_id === w.casey.id)).toBe(true);
  });

  test('a file that is not a photo, or not what it says, is refused in plain words', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const notPhoto = await send({ type: 'image/png', data: base64(svg) });
    expect(notPhoto.status).toBe(400);
    expect(await body(notPhoto)).toMatchObject({
      error: 'not_a_photo',
      message: 'This file is not a photo we can use. Choose a JPEG, PNG or WebP photo.',
    });
    const lie = await send({ type: 'image/jpeg', data: base64(tinyPng()) });
    expect(lie.status).toBe(400);
    expect((await body(lie)).message).toContain('different kind of picture');
    const gif = await send({ type: 'image/gif', data: base64(tinyPng()) });
    expect(gif.status).toBe(400);
  });

  test('a photo over the limit is refused, and nothing is stored', async () => {
    const id = randomUUID();
    const big = new Uint8Array(PHOTO_MESSAGE_MAX_BYTES + 100_000);
    big.set(tinyJpeg());
    const res = await send({ type: 'image/jpeg', data: base64(big) }, id);
    expect(res.status).toBe(413);
    const problem = await body(res);
    expect(problem).toMatchObject({ error: 'too_large' });
    expect(problem.message).toMatch(/^That photo is too big\./);
    expect((await thread()).some((m) => m.id === id)).toBe(false);
  });

  test('the same photo sent twice (a retry) is one message and one photo', async () => {
    const id = randomUUID();
    const photo = { type: 'image/jpeg', data: base64(tinyJpeg()) };
    expect((await send(photo, id)).status).toBe(201);
    const again = await send(photo, id);
    expect(again.status).toBe(200);
    expect(SendMessageResponse.parse(await json(again)).message.photo).toBe(true);
    const stored = await h.db
      .selectFrom('message_photos')
      .select('message_id')
      .where('message_id', '=', id)
      .execute();
    expect(stored).toHaveLength(1);
    expect((await thread()).filter((m) => m.id === id)).toHaveLength(1);
    const phoneSees = SyncResponse.parse(
      await json(await call(h.app, 'GET', '/api/device/sync', { as: phone })),
    ).messages;
    expect(phoneSees.find((m) => m.id === id)?.photo).toBe(true);
  });

  test('a photo is a contact like a message: the first after a quiet half hour counts', async () => {
    const messageContacts = () =>
      h.db
        .selectFrom('contact_events')
        .select('id')
        .where('person_id', '=', w.p1)
        .where('kind', '=', 'message')
        .execute();
    const before = (await messageContacts()).length;
    h.setNow(new Date(AT_1000.getTime() + 2 * 3600_000));
    expect((await send({ type: 'image/jpeg', data: base64(tinyJpeg()) })).status).toBe(201);
    expect((await send({ type: 'image/png', data: base64(tinyPng()) })).status).toBe(201);
    expect((await messageContacts()).length).toBe(before + 1);
    h.setNow(AT_1000);
  });

  test('only the person’s caseworker and the lead see it; another service is told it is not there', async () => {
    const id = randomUUID();
    expect((await send({ type: 'image/png', data: base64(tinyPng()) }, id)).status).toBe(201);
    expect((await photoOf(id, casey)).status).toBe(200);
    expect((await photoOf(id, lead)).status).toBe(200);
    expect((await photoOf(id, drew)).status).toBe(403);
    expect((await photoOf(id, otherService)).status).toBe(404);
    expect((await photoOf(id, phone)).status).toBe(401);
    // Asked for under another person of the same service: not there.
    expect((await photoOf(id, lead, w.p2)).status).toBe(404);
  });

  test('a photo sent at 22:10 is held until 9am like any message', async () => {
    h.setNow(AT_2210);
    const id = randomUUID();
    const res = await send({ type: 'image/jpeg', data: base64(tinyJpeg()) }, id);
    expect(res.status).toBe(201);
    expect(SendMessageResponse.parse(await json(res)).message.heldUntil).toBe(
      NEXT_0900.toISOString(),
    );
    const row = await h.db
      .selectFrom('messages')
      .select(['delivered_at', 'has_photo'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ delivered_at: null, has_photo: true });
    h.setNow(NEXT_0900);
    await h.tick();
    const after = await h.db
      .selectFrom('messages')
      .select('delivered_at')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(after.delivered_at).not.toBeNull();
    h.setNow(AT_1000);
  });

  test('when a person is erased, their photos go with them', async () => {
    const id = randomUUID();
    const other = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
    const res = await call(h.app, 'POST', '/api/device/messages/photo', {
      as: other,
      body: { id, body: '', photo: { type: 'image/png', data: base64(tinyPng()) } },
    });
    expect(res.status).toBe(201);
    await h.db.deleteFrom('people').where('id', '=', w.p2).execute();
    const left = await h.db
      .selectFrom('message_photos')
      .select('message_id')
      .where('person_id', '=', w.p2)
      .execute();
    expect(left).toEqual([]);
  });
});
