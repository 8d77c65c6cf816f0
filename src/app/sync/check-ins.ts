import { answeredAny } from '#shared/check-ins';
import type { FeelingEntry, JournalEntry } from '#shared/schemas/journal';
import type { CheckIn, CheckInReason, UrgentCareRequest } from '#shared/schemas/wellbeing';
import type { AppState } from '../state';
import {
  addOffer,
  listCheckIns,
  readChoices,
  readUrgentSent,
  saveCheckIn,
  writeChoices,
  writeUrgentSent,
} from '../store/check-ins';
import { listEntries } from '../store/entries';
import { listOutbox, removeFromOutbox, takeOutOfOutbox } from '../store/outbox';
import { afterEnqueue, now, send } from './queue';

/*
 * Wellbeing check-ins and urgent care from feeling entries. Both are kept on the phone and
 * only ever sent when the person has chosen to send them, and never any journal words:
 * urgent care is three yes/no answers and the entry's time.
 */

// ---- Check-ins

function sendCheckIn(state: AppState, checkIn: CheckIn): Promise<void> {
  return send(state, {
    kind: 'check-in',
    endpoint: 'device.checkIn',
    params: { id: checkIn.id },
    json: { at: checkIn.at, reason: checkIn.reason, answers: checkIn.answers },
    words: true,
    subject: checkIn.id,
  });
}

/** The check-in was offered and the person said "Not now": it counts as offered. */
export async function skipCheckIn(state: AppState, reason: CheckInReason): Promise<void> {
  await addOffer(state.lock, { at: now(state).toISOString(), reason });
}

/**
 * Keep a finished check-in on the phone, and send it only if the person chose to. Returns
 * whether the app should now ask (once) if they want to send check-ins.
 */
async function finishCheckInNow(
  state: AppState,
  reason: CheckInReason,
  answers: CheckIn['answers'],
): Promise<{ ask: boolean; saved: CheckIn | null }> {
  const at = now(state).toISOString();
  await addOffer(state.lock, { at, reason });
  const checkIn: CheckIn = { id: crypto.randomUUID(), at, reason, answers };
  if (!answeredAny(checkIn)) return { ask: false, saved: null };
  await saveCheckIn(state.lock, checkIn);
  const choices = await readChoices(state.lock);
  if (choices.checkIns === true) {
    await sendCheckIn(state, checkIn);
    await afterEnqueue(state);
  }
  return { ask: choices.checkIns === null, saved: checkIn };
}

/**
 * "Send my check-ins": on sends every check-in on the phone (the server keeps one copy of
 * each); off stops new ones being sent. Those already sent stay with the team.
 */
async function setCheckInSendingNow(state: AppState, on: boolean): Promise<void> {
  const choices = await readChoices(state.lock);
  await writeChoices(state.lock, { ...choices, checkIns: on });
  if (!on) {
    // Check-ins still waiting to go stay on the phone (those already sent stay with the team).
    await takeOutOfOutbox(await state.lock.db(), (r) => r.kind === 'check-in');
    await afterEnqueue(state);
    return;
  }
  for (const checkIn of await listCheckIns(state.lock)) {
    if (answeredAny(checkIn)) await sendCheckIn(state, checkIn);
  }
  await afterEnqueue(state);
}

// ---- Urgent care from journal feeling entries

type WithUrgentCare = FeelingEntry & { urgentCare: NonNullable<FeelingEntry['urgentCare']> };

function usedUrgentCare(entry: JournalEntry): entry is WithUrgentCare {
  if (entry.kind !== 'feeling' || !entry.urgentCare) return false;
  const u = entry.urgentCare;
  return u.wentToAe || u.called999 || u.called111;
}

function sendUrgentCare(state: AppState, entry: WithUrgentCare) {
  const body: UrgentCareRequest = {
    at: entry.createdAt,
    wentToAe: entry.urgentCare.wentToAe,
    called999: entry.urgentCare.called999,
    called111: entry.urgentCare.called111,
  };
  return send(state, {
    kind: 'urgent-care',
    endpoint: 'device.urgentCare',
    params: { entryId: entry.id },
    json: body,
    words: true,
    subject: entry.id,
  });
}

/** Take back what was sent about an entry (or drop it from the outbox if it never left). */
async function takeBackUrgentCare(state: AppState, entryId: string): Promise<void> {
  const db = await state.lock.db();
  const waiting = (await listOutbox(db)).filter(
    (r) => r.subject === entryId && r.kind === 'urgent-care',
  );
  for (const record of waiting) {
    if (record.seq !== undefined) await removeFromOutbox(db, record.seq);
  }
  await send(state, {
    kind: 'urgent-care-off',
    endpoint: 'device.urgentCareOff',
    params: { entryId },
    subject: entryId,
  });
}

/**
 * After a journal entry is saved (new, edited, or put back after "Undo"): when the person
 * sends urgent care, send what it says now, or take it back if it no longer says any. True when
 * the entry's urgent care (yes/no only) is on its way to the caseworker.
 */
async function urgentCareAfterSaveNow(state: AppState, entry: JournalEntry): Promise<boolean> {
  const sent = await readUrgentSent(state.lock);
  const choices = await readChoices(state.lock);
  const sending = choices.urgentCare && usedUrgentCare(entry);
  if (sending) {
    await sendUrgentCare(state, entry);
    await writeUrgentSent(state.lock, [...sent, entry.id]);
  } else if (sent.includes(entry.id)) {
    await takeBackUrgentCare(state, entry.id);
    await writeUrgentSent(
      state.lock,
      sent.filter((id) => id !== entry.id),
    );
  } else return false;
  await afterEnqueue(state);
  return sending;
}

/** After a journal entry is deleted: take back anything sent about it. */
async function urgentCareAfterDeleteNow(state: AppState, entryId: string): Promise<void> {
  const sent = await readUrgentSent(state.lock);
  if (!sent.includes(entryId)) return;
  await takeBackUrgentCare(state, entryId);
  await writeUrgentSent(
    state.lock,
    sent.filter((id) => id !== entryId),
  );
  await afterEnqueue(state);
}

/**
 * "Send when I went to A&E or called 999 or 111": on sends it for every entry on the phone
 * that says so; off takes back everything sent.
 */
async function setUrgentCareSendingNow(state: AppState, on: boolean): Promise<void> {
  const choices = await readChoices(state.lock);
  await writeChoices(state.lock, { ...choices, urgentCare: on });
  const sent = await readUrgentSent(state.lock);
  if (on) {
    const { entries } = await listEntries(state.lock);
    const used = entries.filter(usedUrgentCare).reverse();
    for (const entry of used) await sendUrgentCare(state, entry);
    await writeUrgentSent(state.lock, [...sent, ...used.map((e) => e.id)]);
  } else {
    for (const id of sent) await takeBackUrgentCare(state, id);
    await writeUrgentSent(state.lock, []);
  }
  await afterEnqueue(state);
}

// ---- One change at a time

/**
 * What is sent depends on the person's choices and on what was sent before, so every change to
 * either runs one at a time, in the order asked (`state.sync.inTurn`): turning a choice on then
 * quickly off always ends with nothing sent, and two saves never lose each other's record of
 * what went.
 */

/**
 * Keep a finished check-in on the phone, and send it only if the person chose to. Returns
 * whether the app should now ask (once) if they want to send check-ins.
 */
export const finishCheckIn = (
  state: AppState,
  reason: CheckInReason,
  answers: CheckIn['answers'],
) => state.sync.inTurn(() => finishCheckInNow(state, reason, answers));

/** "Send my check-ins" on or off (see setCheckInSendingNow). */
export const setCheckInSending = (state: AppState, on: boolean) =>
  state.sync.inTurn(() => setCheckInSendingNow(state, on));

/** After a journal entry is saved (see urgentCareAfterSaveNow). */
export const urgentCareAfterSave = (state: AppState, entry: JournalEntry) =>
  state.sync.inTurn(() => urgentCareAfterSaveNow(state, entry));

/** After a journal entry is deleted (see urgentCareAfterDeleteNow). */
export const urgentCareAfterDelete = (state: AppState, entryId: string) =>
  state.sync.inTurn(() => urgentCareAfterDeleteNow(state, entryId));

/** "Send when I went to A&E or called 999 or 111" on or off (see setUrgentCareSendingNow). */
export const setUrgentCareSending = (state: AppState, on: boolean) =>
  state.sync.inTurn(() => setUrgentCareSendingNow(state, on));
