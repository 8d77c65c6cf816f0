import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SyncResponse } from '#shared/schemas/connect';
import { Message } from '#shared/schemas/message';
import { ENGINES } from './support/engines';
import { createHarness, type Harness } from './support/harness';
import { call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const PRIVATE_WORDS = 'I walked to the sea wall and sat for a while';

describe.each(ENGINES)('replying to a shared entry on %s', (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    h.setNow(new Date('2026-12-04T10:00:00Z'));
    casey = await login(h.app, w.casey.email, PASSWORD);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  /** An entry written on Tuesday 1 December, 11:40pm in London, shared now. */
  async function shareEntry(as = phone) {
    const entry = {
      id: randomUUID(),
      kind: 'feeling' as const,
      strength: 6,
      happening: PRIVATE_WORDS,
      createdAt: '2026-12-01T23:40:00Z',
      updatedAt: '2026-12-01T23:45:00Z',
    };
    const res = await call(h.app, 'PUT', `/api/device/shared-entries/${entry.id}`, {
      as,
      body: { entry },
    });
    expect(res.status).toBe(200);
    return entry;
  }
  const reply = (body: Record<string, unknown>, personId = w.p1) =>
    call(h.app, 'POST', `/api/people/${personId}/messages`, { as: casey, body });

  test('the reply goes to the thread, saying which entry it answers, never its words', async () => {
    const entry = await shareEntry();
    const id = randomUUID();
    const words = 'Thank you for sharing this. Shall we talk about it on Monday?';
    const res = await reply({ id, body: words, aboutEntryId: entry.id });
    expect(res.status).toBe(201);
    const sent = Message.parse(await json(res));
    expect(sent.body).toBe(`About your entry from Tuesday 1 December: ${words}`);
    expect(sent.body).not.toContain('sea wall');
    // A retry is the same message.
    const again = await reply({ id, body: words, aboutEntryId: entry.id });
    expect(again.status).toBe(200);

    // The phone gets it as a normal reply from the caseworker, once.
    const sync = SyncResponse.parse(
      await json(await call(h.app, 'GET', '/api/device/sync', { as: phone })),
    );
    const onPhone = sync.messages.filter((m) => m.id === id);
    expect(onPhone).toHaveLength(1);
    expect(onPhone[0]).toMatchObject({ from: 'caseworker', body: sent.body });
    const thread = await call(h.app, 'GET', `/api/people/${w.p1}/messages`, { as: casey });
    expect(
      Message.array()
        .parse(await json(thread))
        .filter((m) => m.id === id),
    ).toHaveLength(1);
  });

  test('an entry taken back, or another person’s, cannot be replied to, and sends nothing', async () => {
    const entry = await shareEntry();
    const gone = await call(h.app, 'DELETE', `/api/device/shared-entries/${entry.id}`, {
      as: phone,
    });
    expect(gone.status).toBe(204);
    const id = randomUUID();
    const res = await reply({ id, body: 'Thanks', aboutEntryId: entry.id });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('That shared entry could not be found');
    // An entry id from someone else's journal is not found for this person.
    const otherPhone = deviceCaller((await pairDevice(h, w.serviceA, w.p2)).token);
    const other = await shareEntry(otherPhone);
    expect((await reply({ body: 'Thanks', aboutEntryId: other.id })).status).toBe(404);
    const thread = Message.array().parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/messages`, { as: casey })),
    );
    expect(thread.map((m) => m.id)).not.toContain(id);
  });

  test('a reply too long once the opening is added is refused with room left', async () => {
    const entry = await shareEntry();
    const res = await reply({ body: 'x'.repeat(1990), aboutEntryId: entry.id });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('A reply to an entry can be up to 1958 characters');
    expect((await reply({ body: 'x'.repeat(1958), aboutEntryId: entry.id })).status).toBe(201);
  });
});
