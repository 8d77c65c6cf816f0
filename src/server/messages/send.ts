import { randomUUID } from 'node:crypto';
import { hoursOnCalendar } from '#shared/calendar';
import { nextOpening } from '#shared/hours';
import { audit, staffActor } from '../audit/audit';
import type { Staff } from '../auth/sessions';
import { lockPersonChanges, recordChange } from '../db/tables/changes.table';
import {
  findMessageById,
  insertMessage,
  markMessagesRead,
  type MessageRow,
  type Sender,
} from '../db/tables/messages.table';
import { insertMessagePhoto } from '../db/tables/message-photos.table';
import { findPersonCaseworkerId } from '../db/tables/people.table';
import { loadServiceCalendar } from '../calendar/service-calendar';
import type { Db } from '../db/database';
import { ApiProblem } from '../problem';
import { countMessageContact } from '../people/contacts';
import { loadHours } from '../people/documents';
import { enqueuePush } from '../push/enqueue';
import { deleteTextJobsForMessages } from '../db/tables/texts.table';
import { enqueueReplyText } from '../texts/enqueue';
import type { Runtime } from '../runtime';

export interface Sent {
  row: MessageRow;
  /** False for a retry: the message was already there and is answered as it is. */
  created: boolean;
}

const idTaken = () =>
  new ApiProblem(409, 'id_taken', 'That message id is already used. Send it with a new id.');

/** A retry with the same id gets the stored message; anyone else's id is a clash. */
function sameSender(row: MessageRow, personId: string, sender: Sender): Sent {
  if (row.person_id !== personId || row.sender !== sender) throw idTaken();
  return { row, created: false };
}

/**
 * When a message the person sends now reaches their caseworker: now within agreed hours,
 * otherwise the next opening. With no opening at all in the next 400 days it goes now: a
 * message is never held for ever.
 */
export function holdUntil(hours: Parameters<typeof nextOpening>[0], now: Date): Date | null {
  const opening = nextOpening(hours, now);
  return opening && opening.getTime() > now.getTime() ? opening : null;
}

/** Store a message and record it for sync, in one transaction; false if the id was taken. */
async function store(db: Db, row: MessageRow, extra?: (trx: Db) => Promise<void>) {
  return db.transaction().execute(async (trx) => {
    await lockPersonChanges(trx, row.person_id);
    if (!(await insertMessage(trx, row))) return false;
    const change = { personId: row.person_id, entity: 'message', entityId: row.id } as const;
    await recordChange(trx, row.service_id, { ...change, op: 'put' }, row.sent_at);
    await extra?.(trx);
    return true;
  });
}

/** A photo checked by its bytes and stripped of metadata (photos/image.ts). */
export interface CheckedPhoto {
  type: string;
  bytes: Uint8Array;
}

/**
 * The person sends a message from their phone (idempotent on `id`), perhaps a photo: stored
 * with the message, in its transaction, so a retry finds both or neither.
 */
export async function sendFromPerson(
  rt: Runtime,
  who: { serviceId: string; personId: string },
  input: { id: string; body: string; photo?: CheckedPhoto },
): Promise<Sent> {
  const { db, clock } = rt;
  const existing = await findMessageById(db, input.id);
  if (existing) return sameSender(existing, who.personId, 'person');
  const now = clock();
  // Agreed hours close on the service's bank holidays and closures, as the phone shows them.
  const calendar = await loadServiceCalendar(db, who.serviceId);
  const hours = hoursOnCalendar(await loadHours(db, who.serviceId, who.personId), calendar, now);
  const heldUntil = holdUntil(hours, now);
  const row: MessageRow = {
    id: input.id,
    service_id: who.serviceId,
    person_id: who.personId,
    sender: 'person',
    caseworker_id: null,
    body: input.body,
    sent_at: now,
    held_until: heldUntil,
    delivered_at: heldUntil ? null : now,
    read_at: null,
    has_photo: input.photo !== undefined,
  };
  const { photo } = input;
  // The person's message is a contact, counted with the message, exactly once.
  const contact = { counted: false };
  const stored = await store(db, row, async (trx) => {
    if (photo) {
      await insertMessagePhoto(trx, { messageId: row.id, ...who, ...photo });
    }
    contact.counted = await countMessageContact(trx, row);
  });
  if (!stored) {
    const raced = await findMessageById(db, input.id);
    if (!raced) throw new Error('A message id was taken and then vanished');
    return sameSender(raced, who.personId, 'person');
  }
  if (contact.counted) await rt.profilesChanged([who.personId]);
  const caseworkerId = await findPersonCaseworkerId(db, who.serviceId, who.personId);
  const live = {
    serviceId: who.serviceId,
    personId: who.personId,
    caseworkerIds: caseworkerId ? [caseworkerId] : [],
  };
  // A held message appears in an open thread, quietly: no alert until the agreed hours begin.
  await rt.publishLive({ type: 'message', ...live, quiet: heldUntil !== null });
  if (contact.counted) await rt.publishLive({ type: 'contact', ...live, quiet: true });
  return { row, created: true };
}

/** A caseworker replies: stored, delivered at once, and a push queued to the person's phones. */
export async function replyFromCaseworker(
  rt: Runtime,
  staff: Staff,
  person: { id: string; service_id: string; caseworker_id: string },
  input: { id?: string | undefined; body: string },
): Promise<Sent> {
  const { db, clock } = rt;
  const id = input.id ?? randomUUID();
  const existing = await findMessageById(db, id);
  if (existing) return sameSender(existing, person.id, 'caseworker');
  const now = clock();
  const serviceId = person.service_id;
  const me = staff.caseworker.id;
  const row: MessageRow = {
    id,
    service_id: serviceId,
    person_id: person.id,
    sender: 'caseworker',
    caseworker_id: me,
    body: input.body,
    sent_at: now,
    held_until: null,
    delivered_at: now,
    read_at: null,
    has_photo: false,
  };
  const stored = await store(db, row, async (trx) => {
    await enqueuePush(trx, { serviceId, personId: person.id, kind: 'message', now });
    await enqueueReplyText(trx, rt.config.texts, {
      serviceId,
      personId: person.id,
      messageId: id,
      now,
    });
    const actor = staffActor(me);
    await audit(
      trx,
      { serviceId, actor, action: 'message.reply', personId: person.id, subjectId: id },
      now,
    );
  });
  if (!stored) {
    const raced = await findMessageById(db, id);
    if (!raced) throw new Error('A message id was taken and then vanished');
    return sameSender(raced, person.id, 'caseworker');
  }
  rt.push.kick();
  // A phone with no working push subscription is texted now, not after the delay.
  rt.texts?.kick();
  await rt.publishLive({
    type: 'message',
    serviceId,
    personId: person.id,
    caseworkerIds: [person.caseworker_id],
    quiet: true,
  });
  return { row, created: true };
}

/**
 * Read receipts: mark the other side's delivered messages read (up to `upTo` if given),
 * recording each for the phone's sync. Returns how many were marked.
 */
export async function markRead(
  rt: Runtime,
  who: { serviceId: string; personId: string },
  sender: Sender,
  upTo?: Date,
): Promise<number> {
  const { db, clock } = rt;
  const now = clock();
  const ids = await db.transaction().execute(async (trx) => {
    await lockPersonChanges(trx, who.personId);
    const marked = await markMessagesRead(trx, who.serviceId, who.personId, sender, upTo, now);
    // The person has read the team's replies: no text needs to tell them.
    if (sender === 'caseworker') await deleteTextJobsForMessages(trx, who.serviceId, marked);
    for (const entityId of marked) {
      const change = { personId: who.personId, entity: 'message', entityId, op: 'put' } as const;
      await recordChange(trx, who.serviceId, change, now);
    }
    return marked;
  });
  if (ids.length > 0) {
    const caseworkerId = await findPersonCaseworkerId(db, who.serviceId, who.personId);
    await rt.publishLive({
      type: sender === 'person' ? 'person' : 'message',
      serviceId: who.serviceId,
      personId: who.personId,
      caseworkerIds: caseworkerId ? [caseworkerId] : [],
      quiet: true,
    });
  }
  return ids.length;
}
