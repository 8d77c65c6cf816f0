import type { AppState } from '../state';
import { listOutbox, removeFromOutbox } from '../store/outbox';
import { afterEnqueue, now, send } from './queue';

/*
 * On the phone: ticking a milestone and logging a call. Each goes into the outbox first
 * (sync/queue.ts); the screens lay what still waits there over the synced profile
 * (goals-contacts-views.ts), so a tick or a tap shows at once, offline.
 */

/** "I did it" (or, to take it back, `done: false`): `device.tick`. */
export async function tickMilestone(
  state: AppState,
  milestoneId: string,
  done: boolean,
): Promise<void> {
  await send(state, {
    kind: 'tick',
    endpoint: 'device.tick',
    params: { milestoneId },
    json: { done, at: now(state).toISOString() },
    subject: milestoneId,
  });
  await afterEnqueue(state);
}

/** One tap: "I called Sam". Returns the contact's id (made here) for "Undo". */
export async function logContact(state: AppState, kind: 'call' | 'text' = 'call'): Promise<string> {
  const contactId = crypto.randomUUID();
  await send(state, {
    kind: 'contact',
    endpoint: 'device.logContact',
    params: { contactId },
    json: { at: now(state).toISOString(), kind },
    subject: contactId,
  });
  await afterEnqueue(state);
  return contactId;
}

/**
 * Take back a tap: it leaves the outbox if it is still there, and DELETE
 * (`device.undoContact`) always follows. A send may already be on its way (the engine lists
 * the outbox before it sends), so "it never left" cannot be known for sure; a DELETE for a
 * tap the server never had changes nothing there.
 */
export async function undoContact(state: AppState, contactId: string): Promise<void> {
  const db = await state.lock.db();
  const waiting = (await listOutbox(db)).filter(
    (r) => r.subject === contactId && r.kind === 'contact',
  );
  for (const record of waiting) {
    if (record.seq !== undefined) await removeFromOutbox(db, record.seq);
  }
  await send(state, {
    kind: 'contact-undo',
    endpoint: 'device.undoContact',
    params: { contactId },
    subject: contactId,
  });
  await afterEnqueue(state);
}
