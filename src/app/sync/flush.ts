import { SharedEntryState, SendMessageResponse } from '#shared/schemas/connect';
import type { Vault } from '../lock/state';
import { LockedError } from '../store/body';
import { deleteShare, putShare } from '../store/connection';
import type { OutboxRecord } from '../store/db';
import { saveMessages } from '../store/messages';
import { listOutbox, outboxJson, removeFromOutbox, updateOutbox } from '../store/outbox';
import { callApi, type ApiOutcome, type SyncDeps } from './api';
import { keptWhenRefused } from './not-sent';

/** Why a flush stopped before the end of the outbox. */
export type FlushResult =
  | { kind: 'done'; sent: number }
  | { kind: 'offline' | 'locked'; sent: number }
  /** A send is backing off: try again at `retryAt` (ms). */
  | { kind: 'waiting'; retryAt: number; sent: number }
  | { kind: 'unlinked'; reason: 'device_revoked' | 'device_unknown'; sent: number };

const MAX_BACKOFF_MS = 10 * 60_000;

/** 5 s, 10 s, 20 s ... up to 10 minutes, or what the server asked for if longer. */
export function backoffMs(attempts: number, asked = 0): number {
  const doubling = Math.min(MAX_BACKOFF_MS, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.max(asked, doubling);
}

/** Keep what the server said about a send on the phone, so the screens show it at once. */
async function apply(vault: Vault, record: OutboxRecord, outcome: ApiOutcome & { kind: 'ok' }) {
  const db = await vault.db();
  if (record.kind === 'message') {
    const parsed = SendMessageResponse.safeParse(outcome.json);
    if (!parsed.success) return;
    try {
      await saveMessages(vault, [parsed.data.message]);
    } catch (error) {
      // Locked since: the next sync brings the message back.
      if (!(error instanceof LockedError)) throw error;
    }
  } else if (record.kind === 'share') {
    const parsed = SharedEntryState.safeParse(outcome.json);
    if (parsed.success) await putShare(db, parsed.data);
  } else if (record.kind === 'withdraw' && record.subject) {
    await deleteShare(db, record.subject);
  }
}

/**
 * Send what is waiting in the outbox, oldest first, and stop at the first thing that needs
 * waiting for (no signal, locked words, a busy server), so nothing overtakes an earlier send.
 * Each send's id makes a retry after a lost answer safe: the server keeps one copy.
 */
export async function flushOutbox(
  vault: Vault,
  token: string,
  deps: SyncDeps,
): Promise<FlushResult> {
  const db = await vault.db();
  let sent = 0;
  for (const record of await listOutbox(db)) {
    const seq = record.seq;
    if (seq === undefined || record.failed) continue;
    if (record.notBefore > deps.now().getTime()) {
      return { kind: 'waiting', retryAt: record.notBefore, sent };
    }
    const body = await outboxJson(vault, record);
    if (!body) return { kind: 'locked', sent };
    // Count the try before it goes: if the answer is lost, we still know it may have arrived.
    const attempts = record.attempts + 1;
    // Taken back (a share stopped, a tap undone) since the list was read: never send it.
    if (!(await updateOutbox(db, seq, { attempts }))) continue;
    const outcome = await callApi(deps, {
      method: record.method,
      path: record.path,
      token,
      json: body.json,
    });
    if (outcome.kind === 'ok') {
      await apply(vault, record, outcome);
      await removeFromOutbox(db, seq);
      sent++;
    } else if (outcome.kind === 'offline') {
      return { kind: 'offline', sent };
    } else if (outcome.kind === 'unlinked') {
      return { kind: 'unlinked', reason: outcome.reason, sent };
    } else if (outcome.kind === 'retry') {
      const notBefore = deps.now().getTime() + backoffMs(attempts, outcome.afterMs);
      await updateOutbox(db, seq, { notBefore });
      return { kind: 'waiting', retryAt: notBefore, sent };
    } else if (record.kind === 'withdraw' && outcome.status === 404) {
      // Already gone from the server: that is what the person wanted.
      if (record.subject) await deleteShare(db, record.subject);
      await removeFromOutbox(db, seq);
      sent++;
    } else if (!keptWhenRefused(record.kind)) {
      // A receipt, a subscription or a take-back the server will not take: nothing for the
      // person to decide.
      await removeFromOutbox(db, seq);
    } else {
      // Something the person made (a message, a share, urgent care, a check-in, a tick or a
      // contact): kept, so the screens can say it did not reach the team, and never lost.
      const failed = { status: outcome.status, error: outcome.error, at: deps.now().toISOString() };
      await updateOutbox(db, seq, { failed });
    }
  }
  return { kind: 'done', sent };
}
