import type { SyncDeps } from '../device/call-api';
import type { HiuDb } from '../device/db-schema';
import { applyShareState, sendOne } from '../device/send-one';

/** How the worker's pass over the outbox ended. */
export type WorkerFlush =
  /** Everything it could send went (or there was no link to send with). */
  | 'done'
  /** No signal, or a send backing off: ask the browser to run this sync again later. */
  | 'try-later'
  /** Sealed words or the link ended: the app itself takes it from here. */
  | 'stopped';

function tokenOf(link: unknown): string | null {
  if (typeof link !== 'object' || link === null) return null;
  if ('unlinked' in link && link.unlinked) return null;
  return 'token' in link && typeof link.token === 'string' ? link.token : null;
}

/**
 * Send what waits in the outbox while no page of the app is open, one `sendOne` at a time, as
 * the page does: tries counted, refusals marked, the state of shares kept. Plain bodies only:
 * words sealed by the app lock wait for the app to be unlocked, and a sent message waits for
 * the app's next sync (it must be sealed like the journal). Stops at the first problem.
 */
export async function sendWaiting(db: HiuDb, deps: SyncDeps): Promise<WorkerFlush> {
  const token = tokenOf(await db.get('meta', 'device-link'));
  if (!token) return 'done';
  for (const record of await db.getAll('outbox')) {
    const seq = record.seq;
    if (seq === undefined || record.failed) continue;
    if (record.notBefore > deps.now().getTime()) return 'try-later';
    if (record.body?.sealed) return 'stopped';
    const json = record.body ? record.body.value : undefined;
    const step = await sendOne(db, { ...record, seq }, json, token, deps, (r, answer) =>
      applyShareState(db, r, answer),
    );
    if (step.kind === 'offline' || step.kind === 'waiting') return 'try-later';
    if (step.kind === 'unlinked') return 'stopped';
  }
  return 'done';
}
