import type { SupportUsed, SupportUsedKind } from '#shared/schemas/contact';
import type { AppState } from '../state';
import type { OutboxRecord } from '../store/db';
import { listOutbox, removeFromOutbox } from '../store/outbox';
import { plainBody } from './goals-contacts-views';
import { afterEnqueue, now, send } from './queue';
import { byIsoText } from '#shared/order';

/*
 * "I went to the drop-in": support used instead of the team, logged with one tap. Like a call
 * it goes into the outbox first, with an id made here, so it shows at once offline and a
 * replay is one record on the server. It is never a contact and is never counted as one.
 */

/** Log support used from a guide card. Returns its id (made here) for "Undo". */
export async function logSupport(
  state: AppState,
  card: { id: string; name: string },
  kind: SupportUsedKind,
): Promise<string> {
  const supportId = crypto.randomUUID();
  await send(state, {
    kind: 'support',
    endpoint: 'device.logSupport',
    params: { supportId },
    json: { at: now(state).toISOString(), guideContactId: card.id, kind },
    subject: supportId,
  });
  await afterEnqueue(state);
  return supportId;
}

/** Take it back: out of the outbox if it is still there, then DELETE (a retry is harmless). */
export async function undoSupport(state: AppState, supportId: string): Promise<void> {
  const db = await state.lock.db();
  const waiting = (await listOutbox(db)).filter(
    (r) => r.subject === supportId && r.kind === 'support',
  );
  for (const record of waiting) {
    if (record.seq !== undefined) await removeFromOutbox(db, record.seq);
  }
  await send(state, {
    kind: 'support-undo',
    endpoint: 'device.undoSupport',
    params: { supportId },
    subject: supportId,
  });
  await afterEnqueue(state);
}

/**
 * Support used as the phone knows it: the synced list with what still waits in the outbox laid
 * over it (names from the guide, as the server will store them).
 */
export function supportNow(
  synced: readonly SupportUsed[],
  outbox: readonly OutboxRecord[],
  nameOf: (guideContactId: string) => string | undefined,
): SupportUsed[] {
  const byId = new Map(synced.map((u) => [u.id, u]));
  for (const record of outbox) {
    if (!record.subject || record.failed) continue;
    if (record.kind === 'support') {
      const body = plainBody(record);
      if (typeof body?.at !== 'string' || typeof body.guideContactId !== 'string') continue;
      const name = nameOf(body.guideContactId);
      const kind = body.kind;
      if (!name || (kind !== 'call' && kind !== 'text' && kind !== 'visit')) continue;
      byId.set(record.subject, {
        id: record.subject,
        at: body.at,
        guideContactId: body.guideContactId,
        kind,
        name,
      });
    } else if (record.kind === 'support-undo') {
      byId.delete(record.subject);
    }
  }
  return [...byId.values()].sort((a, b) => byIsoText(a.at, b.at));
}
