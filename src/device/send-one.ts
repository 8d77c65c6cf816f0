import { deviceWrite } from '#shared/endpoints/device-writes';
import { SharedEntryState } from '#shared/schemas/phone-worker';
import { callQueued, type SyncDeps } from './call-api';
import type { HiuDb, OutboxRecord } from './db-schema';
import { removeFromOutbox, updateOutbox } from './outbox-store';
import { NOT_UNDERSTOOD } from './outbox-upgrade';

/** Sends the server may refuse for good that the person made: kept, and shown as not sent. */
const KEPT_WHEN_REFUSED: ReadonlySet<OutboxRecord['kind']> = new Set([
  'message',
  'share',
  'check-in',
  'urgent-care',
  'contact',
  'tick',
]);

/** Whether a refused send stays in the outbox (marked failed) rather than being dropped. */
export const keptWhenRefused = (kind: OutboxRecord['kind']) => KEPT_WHEN_REFUSED.has(kind);

/** What became of one send, and so what the sender does next. */
export type SendStep =
  /** The server has it; it left the outbox. */
  | { kind: 'sent' }
  /** Taken back (a share stopped, a tap undone) since the outbox was read: not sent. */
  | { kind: 'taken-back' }
  /** No signal: stop, keep it, try later. */
  | { kind: 'offline' }
  | { kind: 'unlinked'; reason: 'device_revoked' | 'device_unknown' }
  /** Busy or broken for now: stop, and try again at `retryAt` (ms). */
  | { kind: 'waiting'; retryAt: number }
  /** A firm no for something with nothing for the person to decide (a receipt): dropped. */
  | { kind: 'dropped' }
  /** A firm no for the person's words: kept, marked failed, for them to decide. */
  | { kind: 'failed' };

const MAX_BACKOFF_MS = 10 * 60_000;

/** 5 s, 10 s, 20 s ... up to 10 minutes, or what the server asked for if longer. */
export function backoffMs(attempts: number, asked = 0): number {
  const doubling = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.max(asked, doubling);
}

/**
 * Keeps on the phone what the server answered about a send that arrived (`json`: the answer as
 * it came, for the endpoint's schema to read; null for a share that was already gone).
 */
export type ApplyAnswer = (record: OutboxRecord, json: unknown) => Promise<void>;

/**
 * Sends one record of the outbox: the one step the page and the service worker share, so their
 * rules cannot drift. The try is counted before it goes (if the answer is lost, we still know it
 * may have arrived); a retry is safe because the server keeps one copy per id. `json` is the
 * record's body, opened by the caller (the page can open sealed words, the worker cannot).
 */
export async function sendOne(
  db: HiuDb,
  record: OutboxRecord & { seq: number },
  json: unknown,
  token: string,
  deps: SyncDeps,
  apply: ApplyAnswer,
): Promise<SendStep> {
  const { seq } = record;
  const attempts = record.attempts + 1;
  if (!(await updateOutbox(db, seq, { attempts }))) return { kind: 'taken-back' };
  const route = deviceWrite(record.endpoint);
  if (!route) {
    const failed = { status: 0, error: NOT_UNDERSTOOD, at: deps.now().toISOString() };
    await updateOutbox(db, seq, { failed });
    return { kind: 'failed' };
  }
  const outcome = await callQueued(deps, route, record.params, json, token);
  if (outcome.kind === 'ok') {
    await apply(record, outcome.json);
    await removeFromOutbox(db, seq);
    return { kind: 'sent' };
  }
  if (outcome.kind === 'offline') return { kind: 'offline' };
  if (outcome.kind === 'unlinked') return outcome;
  if (outcome.kind === 'retry') {
    const notBefore = deps.now().getTime() + backoffMs(attempts, outcome.afterMs);
    await updateOutbox(db, seq, { notBefore });
    return { kind: 'waiting', retryAt: notBefore };
  }
  if (record.kind === 'withdraw' && outcome.status === 404) {
    // Already gone from the server: that is what the person wanted.
    await apply(record, null);
    await removeFromOutbox(db, seq);
    return { kind: 'sent' };
  }
  if (!keptWhenRefused(record.kind)) {
    // A receipt, a subscription or a take-back the server will not take: nothing for the
    // person to decide.
    await removeFromOutbox(db, seq);
    return { kind: 'dropped' };
  }
  // Something the person made (a message, a share, urgent care, a check-in, a tick or a
  // contact): kept, so the screens can say it did not reach the team, and never lost.
  const failed = { status: outcome.status, error: outcome.error, at: deps.now().toISOString() };
  await updateOutbox(db, seq, { failed });
  return { kind: 'failed' };
}

/**
 * What the service worker keeps of an answer: the state of a share, and its end (a sent
 * message waits for the page: it must be sealed like the journal). Read with the schema only,
 * not the whole endpoint table, to keep the worker small.
 */
export async function applyShareState(db: HiuDb, record: OutboxRecord, json: unknown) {
  if (record.kind === 'withdraw' && record.subject) await db.delete('shares', record.subject);
  if (record.kind !== 'share') return;
  const parsed = SharedEntryState.safeParse(json);
  if (parsed.success && parsed.data.id === record.subject) await db.put('shares', parsed.data);
}
