import { describe, expect, it } from 'vitest';
import { PROFILE_META_KEY, readCachedProfile } from '../../../src/app/store/profile';
import { readLink, readSyncMeta } from '../../../src/app/store/connection';
import { listEntries, saveEntry } from '../../../src/app/store/entries';
import { loadPlans } from '../../../src/app/store/plan';
import {
  markMessagesSeen,
  sendMessage,
  shareEntry,
  withdrawShare,
} from '../../../src/app/sync/actions';
import { pairPhone } from '../../../src/app/sync/pair';
import { everyday } from '../../unit/app/store/helpers';
import { ENGINES } from '../support/engines';
import { freshPhone, pairedPhone, PLAN_WORDS, useRealServer } from './phone';

/** A code as someone might type it: lower case, a space and a dash in the middle. */
const typedLoosely = (code: string) =>
  ` ${code.slice(0, 4).toLowerCase()} - ${code.slice(4).toLowerCase()} `;

describe.each(ENGINES)('pairing and sync against the real server on %s', (engine) => {
  const server = useRealServer(engine);

  it('a typed code in any case, with spaces and a dash, links the phone', async () => {
    const phone = await freshPhone(server());
    const outcome = await pairPhone(phone.state, typedLoosely(phone.code));
    expect(outcome.kind).toBe('paired');
    expect(phone.state.sync.link.value).toBe('linked');
    expect(phone.state.profile.value?.caseworker.name).toBe('Casey Caseworkerly');
    const link = await readLink(await phone.lock.db());
    expect(link?.personId).toBe(phone.personId);
  });

  it('a code that does not look right is caught on the phone, without asking the server', async () => {
    const phone = await freshPhone(server());
    expect(await pairPhone(phone.state, 'ABC')).toEqual({ kind: 'problem', problem: 'format' });
    expect(phone.net.log).toEqual([]);
  });

  it('a used or unknown code gets a kind problem, and no signal says so', async () => {
    const phone = await freshPhone(server());
    expect(await pairPhone(phone.state, 'ACDE-FHJK')).toEqual({
      kind: 'problem',
      problem: 'unknown',
    });
    await pairPhone(phone.state, phone.code);
    expect(await pairPhone(phone.state, phone.code)).toEqual({ kind: 'problem', problem: 'used' });
    phone.net.setSignal('offline');
    expect(await pairPhone(phone.state, phone.code)).toEqual({
      kind: 'problem',
      problem: 'offline',
    });
  });

  it('the profile Help now reads has no plan words; the plan is kept in the plan store', async () => {
    const phone = await pairedPhone(server());
    const db = await phone.lock.db();
    expect(JSON.stringify(await db.get('meta', PROFILE_META_KEY))).not.toContain(PLAN_WORDS);
    const stored = await readCachedProfile(phone.lock);
    expect(stored?.profile?.caseworker.name).toBe('Casey Caseworkerly');
    const plans = await loadPlans(phone.lock);
    expect(plans.synced?.sections.selfHelp).toEqual([PLAN_WORDS]);
  });

  it('sync keeps the time it last heard from the server, and the caseworker’s replies', async () => {
    const phone = await pairedPhone(server());
    await phone.team.reply('Hello Pat, see you on Tuesday.');
    phone.setClock('2026-11-23T11:00:00Z');
    await phone.engine.run();
    expect(phone.state.sync.lastSyncedAt.value).toBe('2026-11-23T11:00:00.000Z');
    expect(phone.state.sync.thread.value?.map((m) => [m.from, m.body])).toEqual([
      ['caseworker', 'Hello Pat, see you on Tuesday.'],
    ]);
    expect(phone.state.sync.vapidKey.value).toMatch(/^B/);
  });

  it('while locked, new messages are not kept (they cannot be encrypted) and come after unlock', async () => {
    const phone = await pairedPhone(server());
    await phone.lock.setLock('pin', '482916');
    await phone.lock.lockNow();
    const before = await readSyncMeta(await phone.lock.db());
    await phone.team.reply('A reply that arrives while the phone is locked');
    await phone.engine.run();
    expect((await readSyncMeta(await phone.lock.db())).cursor).toBe(before.cursor);
    expect(phone.state.sync.thread.value).toBeNull();

    await phone.lock.unlock('482916');
    await phone.engine.run();
    expect(phone.state.sync.thread.value?.map((m) => m.body)).toEqual([
      'A reply that arrives while the phone is locked',
    ]);
  });

  it('a message sent outside agreed hours shows when it will be read', async () => {
    const phone = await pairedPhone(server());
    phone.setClock('2026-11-27T22:10:00Z'); // a Friday night; hours are Mon to Fri, 9 to 5
    await sendMessage(phone.state, 'I could not sleep');
    await phone.engine.run();
    const [sent] = phone.state.sync.thread.value ?? [];
    expect(sent?.heldUntil).toBe('2026-11-30T09:00:00.000Z');
  });

  it('a shared entry becomes sent, then read; stopping sharing deletes it from the server', async () => {
    const phone = await pairedPhone(server());
    const entry = everyday('I wanted to go to A&E but I rang Samaritans');
    await saveEntry(phone.lock, entry);
    await shareEntry(phone.state, entry);
    await phone.engine.run();
    expect(phone.state.sync.shares.value[entry.id]?.state).toBe('sent');
    const [onServer] = await phone.team.sharedEntries();
    expect(onServer?.entry).toEqual(entry);

    await phone.team.readShare(entry.id);
    await phone.engine.run();
    expect(phone.state.sync.shares.value[entry.id]?.state).toBe('read');

    await withdrawShare(phone.state, entry.id);
    await phone.engine.run();
    expect(await phone.team.sharedEntries()).toEqual([]);
    expect(phone.state.sync.shares.value[entry.id]).toBeUndefined();
  });

  it('entries that are not shared never leave the phone', async () => {
    const phone = await pairedPhone(server());
    const secret = 'private words that stay here';
    await saveEntry(phone.lock, everyday(secret));
    await sendMessage(phone.state, 'just a message');
    await phone.engine.run();
    expect(JSON.stringify(phone.net.sent)).not.toContain(secret);
    expect((await phone.team.messages()).map((m) => m.body)).toEqual(['just a message']);
    expect(await phone.team.sharedEntries()).toEqual([]);
  });

  it('a revoked phone is marked unlinked and keeps its journal, messages and outbox', async () => {
    const phone = await pairedPhone(server());
    await saveEntry(phone.lock, everyday('keep me'));
    await phone.team.reply('Take care');
    await phone.engine.run();
    await phone.team.revokeEveryPhone();
    phone.net.setSignal('offline');
    await sendMessage(phone.state, 'sent just before the link ended');
    phone.net.setSignal('up');
    await phone.engine.run();
    expect(phone.state.sync.link.value).toBe('unlinked');
    const link = await readLink(await phone.lock.db());
    expect(link?.unlinked?.reason).toBe('device_revoked');
    expect((await listEntries(phone.lock)).entries.map((e) => e.kind)).toEqual(['everyday']);
    expect(phone.state.sync.thread.value?.map((m) => m.body)).toEqual([
      'Take care',
      'sent just before the link ended',
    ]);
    // An unlinked phone stops calling the server.
    const calls = phone.net.log.length;
    await phone.engine.run();
    expect(phone.net.log.length).toBe(calls);
  });

  it('linking again with a new code after being unlinked works and keeps the journal', async () => {
    const phone = await pairedPhone(server());
    await saveEntry(phone.lock, everyday('still here'));
    await phone.team.reply('Before the link ended');
    await phone.engine.run();
    await phone.team.revokeEveryPhone();
    await phone.engine.run();
    expect(phone.state.sync.link.value).toBe('unlinked');

    const code = await phone.team.newCode();
    expect((await pairPhone(phone.state, typedLoosely(code))).kind).toBe('paired');
    await phone.engine.run();
    expect(phone.state.sync.link.value).toBe('linked');
    expect((await listEntries(phone.lock)).entries).toHaveLength(1);
    // The same person: the old thread is kept.
    expect(phone.state.sync.thread.value?.map((m) => m.body)).toEqual(['Before the link ended']);
  });

  it('looking at Messages tells the caseworker their messages were read, once', async () => {
    const phone = await pairedPhone(server());
    const reply = await phone.team.reply('Are you free on Monday?');
    await phone.engine.run();
    await markMessagesSeen(phone.state);
    await phone.engine.run();
    const onServer = (await phone.team.messages()).find((m) => m.id === reply.id);
    expect(onServer?.readAt).not.toBeNull();
    const reads = () => phone.net.log.filter((l) => l.endsWith('/messages/read')).length;
    const before = reads();
    await markMessagesSeen(phone.state);
    await phone.engine.run();
    expect(reads()).toBe(before);
  });
});
