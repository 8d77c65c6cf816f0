import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AuditListResponse, PersonSummary } from '#shared/schemas/api';
import { SharedEntryList, SharedEntryState, SyncResponse } from '#shared/schemas/connect';
import { SharedJournalEntry } from '#shared/schemas/journal';
import { ENGINES } from './support/engines';
import { openEvents, settle } from './support/events';
import { createHarness, type Harness } from './support/harness';
import { body, call, deviceCaller, json, login, type Caller } from './support/http';
import { buildWorld, pairDevice, PASSWORD, type World } from './support/world';

const SECRET_WORDS = 'I walked to the sea wall and sat for a while';

function feelingEntry(words = SECRET_WORDS) {
  return {
    id: randomUUID(),
    kind: 'feeling' as const,
    strength: 7,
    feelings: ['worried', 'tired'],
    happening: words,
    wanted: ['go-to-ae' as const],
    createdAt: '2026-11-23T02:10:00Z',
    updatedAt: '2026-11-23T02:15:00Z',
  };
}

describe.each(ENGINES)('shared journal entries on %s', (engine) => {
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

  const share = (entry: { id: string }, as = phone) =>
    call(h.app, 'PUT', `/api/device/shared-entries/${entry.id}`, { as, body: { entry } });
  const listed = async (as = casey, personId = w.p1) =>
    SharedEntryList.parse(
      await json(await call(h.app, 'GET', `/api/people/${personId}/shared-entries`, { as })),
    );

  test('a shared entry reaches the caseworker, live, exactly once even when sent twice', async () => {
    const events = await openEvents(h.app, casey);
    const entry = feelingEntry();
    const first = await share(entry);
    expect(first.status).toBe(200);
    const state = SharedEntryState.parse(await json(first));
    expect(state).toEqual({ id: entry.id, sharedAt: h.now().toISOString(), readAt: null });

    // The phone did not hear back (it went offline), so its outbox sends it again.
    h.advance(30_000);
    const again = await share(entry);
    expect(SharedEntryState.parse(await json(again))).toEqual(state);

    const live = await events.next((e) => e.type === 'shared-entry');
    expect(live).toMatchObject({ personId: w.p1, notify: true });
    await settle();
    expect(events.events.filter((e) => e.type === 'shared-entry')).toHaveLength(1);
    await events.close();

    const copies = (await listed()).filter((s) => s.id === entry.id);
    expect(copies).toHaveLength(1);
    expect(copies[0]?.entry).toEqual(entry);
  });

  test('sharing an edited entry again replaces it and makes it unread again', async () => {
    const entry = feelingEntry('First words.');
    await share(entry);
    await call(h.app, 'POST', `/api/people/${w.p1}/shared-entries/${entry.id}/read`, { as: casey });
    h.advance(60_000);
    const edited = { ...entry, happening: 'Better words.', updatedAt: '2026-11-23T09:00:00Z' };
    const state = SharedEntryState.parse(await json(await share(edited)));
    expect(state.readAt).toBeNull();
    expect(state.sharedAt).toBe(h.now().toISOString());
    const found = (await listed()).find((s) => s.id === entry.id);
    expect(found?.entry).toEqual(edited);
  });

  test('marking an entry read records who read it and when, and the phone sees "read"', async () => {
    const entry = feelingEntry();
    await share(entry);
    h.advance(5 * 60_000);
    const res = await call(h.app, 'POST', `/api/people/${w.p1}/shared-entries/${entry.id}/read`, {
      as: casey,
    });
    expect(res.status).toBe(200);
    const read = SharedJournalEntry.parse(await json(res));
    expect(read.readAt).toBe(h.now().toISOString());

    const audit = AuditListResponse.parse(
      await json(await call(h.app, 'GET', `/api/audit?personId=${w.p1}`, { as: lead })),
    );
    const line = audit.find((a) => a.action === 'shared-entry.read');
    expect(line).toMatchObject({ actorId: w.casey.id, at: h.now().toISOString() });
    expect(JSON.stringify(audit)).not.toContain(SECRET_WORDS);

    const sync = SyncResponse.parse(
      await json(await call(h.app, 'GET', '/api/device/sync', { as: phone })),
    );
    expect(sync.sharedEntries.find((s) => s.id === entry.id)?.readAt).toBe(h.now().toISOString());
    // The phone's view is the state only: the server never sends the words back.
    expect(JSON.stringify(sync.sharedEntries)).not.toContain(SECRET_WORDS);

    // Reading it again keeps the first read.
    h.advance(60_000);
    const again = SharedJournalEntry.parse(
      await json(
        await call(h.app, 'POST', `/api/people/${w.p1}/shared-entries/${entry.id}/read`, {
          as: casey,
        }),
      ),
    );
    expect(again.readAt).toBe(read.readAt);
  });

  test('withdrawing deletes the entry from the server, and the console is told', async () => {
    const entry = feelingEntry('Words to take back.');
    await share(entry);
    const events = await openEvents(h.app, casey);
    const res = await call(h.app, 'DELETE', `/api/device/shared-entries/${entry.id}`, {
      as: phone,
    });
    expect(res.status).toBe(204);
    expect(await events.next((e) => e.type === 'shared-entry-withdrawn')).toMatchObject({
      personId: w.p1,
    });
    await events.close();
    expect((await listed()).map((s) => s.id)).not.toContain(entry.id);

    // Really gone: no row holds the words any more (audit lines never had them).
    const rows = await sql<{ n: number }>`
      select count(*)::int as n from shared_entries where entry::text like ${'%Words to take back%'}`.execute(
      h.db,
    );
    expect(rows.rows[0]?.n).toBe(0);
    const everywhere = await sql<{ n: number }>`
      select count(*)::int as n from audit_log where coalesce(detail, '') like ${'%take back%'}`.execute(
      h.db,
    );
    expect(everywhere.rows[0]?.n).toBe(0);

    // Withdrawing again (a retry) is fine.
    const retry = await call(h.app, 'DELETE', `/api/device/shared-entries/${entry.id}`, {
      as: phone,
    });
    expect(retry.status).toBe(204);
    const read = await call(h.app, 'POST', `/api/people/${w.p1}/shared-entries/${entry.id}/read`, {
      as: casey,
    });
    expect(read.status).toBe(404);
  });

  test("another person's phone using the same entry id is told it clashes and sees nothing", async () => {
    const entry = feelingEntry();
    await share(entry);
    const theirs = { ...feelingEntry('Their own words.'), id: entry.id };
    const clash = await share(theirs, otherPhone);
    expect(clash.status).toBe(409);
    expect(await body(clash)).toMatchObject({ error: 'id_taken', message: expect.any(String) });
    expect((await listed()).find((s) => s.id === entry.id)?.entry).toEqual(entry);
    const drew = await login(h.app, w.drew.email, PASSWORD);
    expect((await listed(drew, w.p2)).find((s) => s.id === entry.id)).toBeUndefined();
    // Withdrawing from the other phone leaves this one.
    await call(h.app, 'DELETE', `/api/device/shared-entries/${entry.id}`, { as: otherPhone });
    expect((await listed()).map((s) => s.id)).toContain(entry.id);
  });

  test('the entry id in the address must be the entry id', async () => {
    const entry = feelingEntry();
    const res = await call(h.app, 'PUT', `/api/device/shared-entries/${randomUUID()}`, {
      as: phone,
      body: { entry },
    });
    expect(res.status).toBe(400);
    expect(await body(res)).toMatchObject({ fields: { 'entry.id': expect.any(String) } });
  });

  test('the caseload counts unread entries and shows the last contact', async () => {
    const before = PersonSummary.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}`, { as: casey })),
    );
    h.advance(60_000);
    await share(feelingEntry());
    const after = PersonSummary.parse(
      await json(await call(h.app, 'GET', `/api/people/${w.p1}`, { as: casey })),
    );
    expect(after.unreadEntries).toBe(before.unreadEntries + 1);
    expect(after.lastContactAt).toBe(h.now().toISOString());
  });
});
