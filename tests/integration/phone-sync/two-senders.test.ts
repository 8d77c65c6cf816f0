import { randomUUID } from 'node:crypto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { HiuSchema } from '../../../src/device/db-schema';
import { readLink } from '../../../src/app/store/connection';
import { saveEntry } from '../../../src/app/store/entries';
import { enqueue, listOutbox } from '../../../src/app/store/outbox';
import { flushOutbox } from '../../../src/app/sync/flush';
import { sendWaiting } from '../../../src/sw/send-waiting';
import { everyday } from '../../unit/app/store/helpers';
import { ENGINES } from '../support/engines';
import { START } from '../support/harness';
import { pairedPhone, useRealServer, type Phone } from './phone';

/** One pass of a sender over the outbox: 'done', or 'waiting' (to be tried again later). */
type Sender = (phone: Phone) => Promise<string>;

const SENDERS: [string, Sender][] = [
  [
    "the page's flushOutbox",
    async (phone) => {
      const link = await readLink(await phone.lock.db());
      const flushed = await flushOutbox(phone.lock, link?.token ?? '', phone.net.deps);
      return flushed.kind;
    },
  ],
  [
    "the service worker's sendWaiting",
    async (phone) => {
      // The worker opens the app's database on a connection of its own.
      const db = await openDB<HiuSchema>(phone.dbName);
      try {
        const result = await sendWaiting(db, phone.net.deps);
        return result === 'try-later' ? 'waiting' : result;
      } finally {
        db.close();
      }
    },
  ],
];

const at = (ms: number) => new Date(START.getTime() + ms).toISOString();

async function outboxNow(phone: Phone) {
  return (await listOutbox(await phone.lock.db())).map((r) => ({
    subject: r.subject,
    attempts: r.attempts,
    notBefore: r.notBefore,
    failed: r.failed,
  }));
}

/**
 * Queue a share as the journal's Share button does, without starting the page's engine, so only
 * the sender under test sends it. `entryId` other than the entry's own makes the server refuse it.
 */
async function queueShare(phone: Phone, words: string, entryId?: string) {
  const entry = everyday(words, at(-60_000));
  await saveEntry(phone.lock, entry);
  await enqueue(phone.lock, {
    id: randomUUID(),
    kind: 'share',
    endpoint: 'device.share',
    params: { entryId: entryId ?? entry.id },
    json: { entry },
    words: true,
    subject: entry.id,
  });
  return entry;
}

describe.each(ENGINES)('both outbox senders against the real server on %s', (engine) => {
  const server = useRealServer(engine);

  it.each(SENDERS)(
    '%s counts tries, marks a refused share failed, backs off, and keeps share states',
    async (_name, send) => {
      const phone = await pairedPhone(server());
      const db = await phone.lock.db();
      const good = await queueShare(phone, 'I went for a walk instead');
      // A share the server refuses (the address names another entry): a firm 400.
      const refused = await queueShare(phone, 'This one goes to the wrong address', randomUUID());

      expect(await send(phone)).toBe('done');
      const refusal = { status: 400, error: 'invalid_input', at: at(0) };
      expect(await outboxNow(phone)).toEqual([
        { subject: refused.id, attempts: 1, notBefore: 0, failed: refusal },
      ]);
      expect(await db.getAll('shares')).toEqual([{ id: good.id, sharedAt: at(0), readAt: null }]);
      expect((await phone.team.sharedEntries()).map((s) => s.entry)).toEqual([good]);

      // A proxy in front of the server is down (503, no Retry-After): 5 s, and the pass stops.
      const later = await queueShare(phone, 'I rang Samaritans');
      phone.net.proxyAnswersNext({ status: 503 });
      expect(await send(phone)).toBe('waiting');
      const waiting = { subject: later.id, failed: null };
      expect(await outboxNow(phone)).toEqual([
        { subject: refused.id, attempts: 1, notBefore: 0, failed: refusal },
        { ...waiting, attempts: 1, notBefore: START.getTime() + 5_000 },
      ]);
      // Too soon: nothing leaves the phone.
      const calls = phone.net.log.length;
      expect(await send(phone)).toBe('waiting');
      expect(phone.net.log.length).toBe(calls);

      // Then the server itself is busy (429, Retry-After: 30): longer than 10 s, so 30 s.
      phone.setClock(at(5_000));
      phone.net.proxyAnswersNext({ status: 429, retryAfterSeconds: 30 });
      expect(await send(phone)).toBe('waiting');
      expect((await outboxNow(phone))[1]).toEqual({
        ...waiting,
        attempts: 2,
        notBefore: START.getTime() + 35_000,
      });

      phone.setClock(at(35_000));
      expect(await send(phone)).toBe('done');
      expect(await outboxNow(phone)).toEqual([
        { subject: refused.id, attempts: 1, notBefore: 0, failed: refusal },
      ]);
      expect(await db.getAll('shares')).toEqual(
        [
          { id: good.id, sharedAt: at(0), readAt: null },
          { id: later.id, sharedAt: at(35_000), readAt: null },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
    },
  );

  it.each(SENDERS)(
    '%s backs off 5 s, 10 s, 20 s ... up to 10 minutes, or longer when the server asks',
    async (_name, send) => {
      const phone = await pairedPhone(server());
      const entry = await queueShare(phone, 'Shared on a bad night for the network');
      let now = START.getTime();
      const waitAfter = async (answer: { status: number; retryAfterSeconds?: number }) => {
        phone.net.proxyAnswersNext(answer);
        expect(await send(phone)).toBe('waiting');
        const [record] = await outboxNow(phone);
        const waited = (record?.notBefore ?? 0) - now;
        now += waited;
        phone.setClock(new Date(now).toISOString());
        return waited / 1000;
      };
      const waits: number[] = [];
      for (let i = 0; i < 9; i++) waits.push(await waitAfter({ status: 503 }));
      expect(waits).toEqual([5, 10, 20, 40, 80, 160, 320, 600, 600]);
      // The server's Retry-After counts when it is longer than the doubling, not when shorter.
      expect(await waitAfter({ status: 429, retryAfterSeconds: 900 })).toBe(900);
      expect(await waitAfter({ status: 429, retryAfterSeconds: 30 })).toBe(600);
      expect((await outboxNow(phone))[0]?.attempts).toBe(11);

      expect(await send(phone)).toBe('done');
      expect(await outboxNow(phone)).toEqual([]);
      expect((await phone.team.sharedEntries()).map((s) => s.id)).toEqual([entry.id]);
    },
  );
});
