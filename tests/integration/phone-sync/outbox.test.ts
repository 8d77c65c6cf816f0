import { describe, expect, it } from 'vitest';
import { listOutbox, takeOutOfOutbox, updateOutbox, enqueue } from '../../../src/app/store/outbox';
import { sendMessage, shareEntry, withdrawShare } from '../../../src/app/sync/actions';
import { saveEntry } from '../../../src/app/store/entries';
import { everyday } from '../../unit/app/store/helpers';
import { ENGINES } from '../support/engines';
import { pairedPhone, useRealServer, type Phone } from './phone';

const outboxOf = async (phone: Phone) => listOutbox(await phone.lock.db());
const bodiesOnServer = async (phone: Phone) => (await phone.team.messages()).map((m) => m.body);

describe.each(ENGINES)('the outbox against the real server on %s', (engine) => {
  const server = useRealServer(engine);

  it('a message written with no signal waits in the outbox and goes once the phone is online', async () => {
    const phone = await pairedPhone(server());
    phone.net.setSignal('offline');
    await sendMessage(phone.state, 'Can we talk about the bus pass?');
    await phone.engine.run();
    expect(await outboxOf(phone)).toHaveLength(1);
    expect(phone.state.sync.thread.value?.map((m) => [m.body, m.pending])).toEqual([
      ['Can we talk about the bus pass?', true],
    ]);

    phone.net.setSignal('up');
    await phone.engine.run();
    expect(await outboxOf(phone)).toEqual([]);
    expect(await bodiesOnServer(phone)).toEqual(['Can we talk about the bus pass?']);
    expect(phone.state.sync.thread.value?.map((m) => [m.body, m.pending])).toEqual([
      ['Can we talk about the bus pass?', false],
    ]);
  });

  it('a retry after a lost answer does not make a second copy on the server', async () => {
    const phone = await pairedPhone(server());
    phone.net.setSignal('lose-answers');
    await sendMessage(phone.state, 'Only once, please');
    await phone.engine.run();
    // The server has it, but the phone never heard back, so it is still waiting here.
    expect(await bodiesOnServer(phone)).toEqual(['Only once, please']);
    expect(await outboxOf(phone)).toHaveLength(1);

    phone.net.setSignal('up');
    await phone.engine.run();
    expect(await bodiesOnServer(phone)).toEqual(['Only once, please']);
    const posts = phone.net.log.filter((l) => l === 'POST /api/device/messages');
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect(await outboxOf(phone)).toEqual([]);
    expect(phone.state.sync.thread.value).toHaveLength(1);
  });

  it('sends go in the order they were written, even after waiting offline', async () => {
    const phone = await pairedPhone(server());
    phone.net.setSignal('offline');
    for (const words of ['first', 'second', 'third']) await sendMessage(phone.state, words);
    phone.net.setSignal('up');
    await phone.engine.run();
    const posted = phone.net.sent.filter((s) => s.path === '/api/device/messages');
    expect(posted.map((s) => JSON.stringify(s.body))).toEqual(
      ['first', 'second', 'third'].map((words) => expect.stringContaining(`"body":"${words}"`)),
    );
    expect((await bodiesOnServer(phone)).sort()).toEqual(['first', 'second', 'third']);
  });

  it('a busy server (429) makes the phone wait before trying again', async () => {
    const phone = await pairedPhone(server());
    phone.net.proxyAnswersNext({ status: 429, retryAfterSeconds: 30 });
    await sendMessage(phone.state, 'Are you there?');
    await phone.engine.run();
    const [waiting] = await outboxOf(phone);
    expect(waiting?.attempts).toBe(1);
    expect(waiting?.notBefore).toBeGreaterThanOrEqual(Date.parse('2026-11-23T10:00:30Z'));
    // Too soon: nothing is sent.
    await phone.engine.run();
    expect(await bodiesOnServer(phone)).toEqual([]);
    phone.setClock('2026-11-23T10:01:00Z');
    await phone.engine.run();
    expect(await bodiesOnServer(phone)).toEqual(['Are you there?']);
  });

  it('sending the same outbox id twice keeps one send', async () => {
    const phone = await pairedPhone(server());
    const request = {
      id: '0b5e8a4e-1c1f-4f57-9d39-3a4f1c7e2b10',
      kind: 'message' as const,
      endpoint: 'device.sendMessage' as const,
      json: { id: '0b5e8a4e-1c1f-4f57-9d39-3a4f1c7e2b10', body: 'hello' },
      words: true,
    };
    await enqueue(phone.lock, request);
    await enqueue(phone.lock, request);
    expect(await outboxOf(phone)).toHaveLength(1);
  });

  it('with a lock set, words in the outbox are encrypted and wait until the app is unlocked', async () => {
    const phone = await pairedPhone(server());
    await phone.lock.setLock('pin', '482916');
    phone.net.setSignal('offline');
    await sendMessage(phone.state, 'a secret worry about money');
    const raw = JSON.stringify(await outboxOf(phone), (_k, v: unknown) =>
      v instanceof ArrayBuffer ? Buffer.from(v).toString('latin1') : v,
    );
    expect(raw).not.toContain('secret worry');

    await phone.lock.lockNow();
    phone.net.setSignal('up');
    await phone.engine.run();
    expect(await bodiesOnServer(phone)).toEqual([]);
    expect(await outboxOf(phone)).toHaveLength(1);

    await phone.lock.unlock('482916');
    await phone.engine.run();
    expect(await bodiesOnServer(phone)).toEqual(['a secret worry about money']);
  });

  it('stopping a share that never left the phone sends nothing at all', async () => {
    const phone = await pairedPhone(server());
    const entry = everyday('I nearly went to A&E tonight');
    await saveEntry(phone.lock, entry);
    phone.net.setSignal('offline');
    await shareEntry(phone.state, entry);
    expect(phone.state.sync.shares.value[entry.id]?.state).toBe('waiting');
    await withdrawShare(phone.state, entry.id);
    phone.net.setSignal('up');
    const before = phone.net.log.length;
    await phone.engine.run();
    expect(phone.net.log.slice(before).filter((l) => l.includes('shared-entries'))).toEqual([]);
    expect(phone.state.sync.shares.value[entry.id]).toBeUndefined();
  });

  it('stopping a share while the outbox is being sent never leaves it on the server', async () => {
    // Withdraw at each point of a flush in turn: before the try is counted (a few ticks in), as
    // the share reaches the server, and after the server answered but before the phone heard.
    // Whatever the interleaving, the server ends without the entry.
    const points = [
      ...[0, 1, 2, 3, 4, 6, 8].map((ticks) => ({ ticks, at: null })),
      { ticks: 0, at: 'arrive' as const },
      { ticks: 0, at: 'answer' as const },
    ];
    for (const { ticks, at } of points) {
      const phone = await pairedPhone(server());
      const entry = everyday(`Shared for a moment (${ticks} ${at})`);
      await saveEntry(phone.lock, entry);
      phone.net.setSignal('offline');
      await shareEntry(phone.state, entry);
      phone.net.setSignal('up');
      let withdrawn: Promise<void> | null = null;
      if (at) {
        phone.net.duringNextRequest({
          at,
          run: () => (withdrawn = withdrawShare(phone.state, entry.id)),
        });
      }
      const running = phone.engine.run();
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      withdrawn ??= withdrawShare(phone.state, entry.id);
      await withdrawn;
      await running;
      await phone.engine.run();
      const where = `withdrawn ${at ?? `after ${ticks} ticks`}`;
      expect(await phone.team.sharedEntries(), where).toEqual([]);
      expect(await outboxOf(phone), where).toEqual([]);
      expect(phone.state.sync.shares.value[entry.id], where).toBeUndefined();
    }
  });

  it('a send taken out of the outbox before its try is counted is not counted, so never sent', async () => {
    const phone = await pairedPhone(server());
    const entry = everyday('Only if I still want to');
    await saveEntry(phone.lock, entry);
    phone.net.setSignal('offline');
    await shareEntry(phone.state, entry);
    const db = await phone.lock.db();
    const [record] = await listOutbox(db);
    const taken = await takeOutOfOutbox(db, (r) => r.subject === entry.id);
    expect(taken.map((r) => r.id)).toEqual([record?.id]);
    expect(await updateOutbox(db, record?.seq ?? -1, { attempts: 1 })).toBe(false);
    expect(await listOutbox(db)).toEqual([]);
  });
});
