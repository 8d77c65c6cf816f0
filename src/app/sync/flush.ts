import { device } from '#shared/endpoints/device';
import { sendOne, type SendStep } from '../../device/send-one';
import type { SyncDeps } from '../../device/call-api';
import type { Vault } from '../store/vault';
import { LockedError } from '../store/body';
import { deleteShare, putShare } from '../store/connection';
import type { OutboxRecord } from '../store/db';
import { saveMessages } from '../store/messages';
import { listOutbox, outboxJson } from '../store/outbox';

export { backoffMs } from '../../device/send-one';

/** Why a flush stopped before the end of the outbox. */
export type FlushResult =
  | { kind: 'done'; sent: number }
  | { kind: 'offline' | 'locked'; sent: number }
  /** A send is backing off: try again at `retryAt` (ms). */
  | { kind: 'waiting'; retryAt: number; sent: number }
  | { kind: 'unlinked'; reason: 'device_revoked' | 'device_unknown'; sent: number };

/** Keep what the server said about a send on the phone, so the screens show it at once. */
async function apply(vault: Vault, record: OutboxRecord, json: unknown) {
  if (record.kind === 'message') {
    const parsed = device.sendMessage.response.safeParse(json);
    if (!parsed.success) return;
    try {
      await saveMessages(vault, [parsed.data.message]);
    } catch (error) {
      // Locked since: the next sync brings the message back.
      if (!(error instanceof LockedError)) throw error;
    }
  } else if (record.kind === 'share') {
    const parsed = device.share.response.safeParse(json);
    if (parsed.success) await putShare(await vault.db(), parsed.data);
  } else if (record.kind === 'withdraw' && record.subject) {
    await deleteShare(await vault.db(), record.subject);
  }
}

/**
 * Send what is waiting in the outbox, oldest first, and stop at the first thing that needs
 * waiting for (no signal, locked words, a busy server), so nothing overtakes an earlier send.
 * Each send is `sendOne`, the step the service worker takes too.
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
    const step: SendStep = await sendOne(
      db,
      { ...record, seq },
      body.json,
      token,
      deps,
      (r, json) => apply(vault, r, json),
    );
    if (step.kind === 'sent') sent++;
    else if (step.kind === 'offline') return { kind: 'offline', sent };
    else if (step.kind === 'unlinked') return { kind: 'unlinked', reason: step.reason, sent };
    else if (step.kind === 'waiting') return { kind: 'waiting', retryAt: step.retryAt, sent };
  }
  return { kind: 'done', sent };
}
