import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SyncResponse } from '#shared/schemas/connect';
import { lockPersonChanges, recordChange } from '../../src/server/db/tables/changes.table';
import { insertMessage } from '../../src/server/db/tables/messages.table';
import { ENGINES } from './support/engines';
import { settle } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

describe.each(ENGINES)("a phone's sync on %s", (engine) => {
  let h: Harness;
  let w: World;
  let casey: Caller;
  let phone: Caller;

  beforeAll(async () => {
    h = await createHarness(engine);
    w = await buildWorld(h);
    casey = await login(h.app, w.casey.email, PASSWORD);
    phone = deviceCaller((await pairDevice(h, w.serviceA, w.p1)).token);
  });
  afterAll(() => h.close());

  const sync = async (since?: string, as = phone) => {
    const res = await call(h.app, 'GET', `/api/device/sync${since ? `?since=${since}` : ''}`, {
      as,
    });
    expect(res.status).toBe(200);
    return SyncResponse.parse(await json(res));
  };
  const reply = (text: string) =>
    call(h.app, 'POST', `/api/people/${w.p1}/messages`, { as: casey, body: { body: text } });

  test('gives the whole profile, the VAPID key, and only messages changed since the cursor', async () => {
    const first = await sync();
    expect(first.profile.person.id).toBe(w.p1);
    expect(first.profile.caseworker).toEqual({ name: 'Casey Caseworkerly', photo: null });
    expect(first.profile.nhs111Wording).toBeNull();
    expect(Buffer.from(first.vapidPublicKey, 'base64url')).toHaveLength(65);

    const again = await sync(first.cursor);
    expect(again.messages).toEqual([]);
    expect(again.cursor).toBe(first.cursor);

    await reply('One.');
    await reply('Two.');
    const next = await sync(first.cursor);
    expect(next.messages.map((m) => m.body)).toEqual(['One.', 'Two.']);
    expect(Number(next.cursor)).toBeGreaterThan(Number(first.cursor));
    expect((await sync(next.cursor)).messages).toEqual([]);
  });

  test('a plan change moves the cursor on without sending any message again', async () => {
    const before = await sync();
    await call(h.app, 'PUT', `/api/people/${w.p1}/hours`, { as: casey, body: { kind: 'always' } });
    const after = await sync(before.cursor);
    expect(after.messages).toEqual([]);
    expect(after.profile.hours).toEqual({ kind: 'always' });
    expect(Number(after.cursor)).toBeGreaterThan(Number(before.cursor));
  });

  test('a cursor that is not one is refused', async () => {
    for (const bad of ['-1', 'abc', '1.5', '99999999999999999999', '01']) {
      const res = await call(h.app, 'GET', `/api/device/sync?since=${bad}`, { as: phone });
      expect(res.status, bad).toBe(400);
      expect(await body(res)).toMatchObject({ error: 'invalid_input' });
    }
  });

  test('the 111 wording and the caseworker photo reach the phone', async () => {
    const wording = 'Call 111 and press 2 to talk to the local crisis team.';
    const put = await call(h.app, 'PUT', `/api/people/${w.p1}/nhs111-wording`, {
      as: casey,
      body: { wording },
    });
    expect(await json(put)).toEqual({ wording });
    expect((await sync()).profile.nhs111Wording).toBe(wording);
    const viaGuide = await call(h.app, 'PUT', `/api/people/${w.p1}/guide`, {
      as: casey,
      body: { contacts: [], nhs111Wording: '' },
    });
    expect(viaGuide.status).toBe(200);
    expect((await sync()).profile.nhs111Wording).toBeNull();
    expect(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}/nhs111-wording`, { as: casey })),
    ).toEqual({ wording: null });
  });

  // PGlite has one connection, so its transactions never overlap; this is about PostgreSQL.
  test.runIf(engine === 'postgres')(
    'a change still committing is never skipped by a cursor handed out meanwhile',
    async () => {
      const start = await sync();
      const slowId = randomUUID();
      let commit: () => void = () => {};
      const held = new Promise<void>((resolve) => {
        commit = resolve;
      });
      let inside: () => void = () => {};
      const begun = new Promise<void>((resolve) => {
        inside = resolve;
      });
      // A slow writer: its message gets a change number, then it takes its time to commit.
      const slow = h.db.transaction().execute(async (trx) => {
        await lockPersonChanges(trx, w.p1);
        await insertMessage(trx, {
          id: slowId,
          service_id: w.serviceA,
          person_id: w.p1,
          sender: 'caseworker',
          caseworker_id: w.casey.id,
          body: 'Slow.',
          sent_at: h.now(),
          held_until: null,
          delivered_at: h.now(),
          read_at: null,
        });
        const change = { personId: w.p1, entity: 'message', entityId: slowId, op: 'put' } as const;
        await recordChange(trx, w.serviceA, change, h.now());
        inside();
        await held;
      });
      await begun;
      // A quick writer after it: it must not commit first with a higher number.
      const quick = reply('Quick.');
      await settle(200);
      const meanwhile = await sync(start.cursor);
      expect(meanwhile.messages.map((m) => m.body)).toEqual([]);
      commit();
      await slow;
      expect((await quick).status).toBe(201);
      const after = await sync(meanwhile.cursor);
      expect(after.messages.map((m) => m.body)).toEqual(['Slow.', 'Quick.']);
    },
  );
});
