import type { Generated, Insertable, Selectable } from 'kysely';
import type { Db } from '../database';

export type Sender = 'person' | 'caseworker';

/** Messages between a person and their caseworker (see the migration for held and delivered). */
export interface MessagesTable {
  id: string;
  service_id: string;
  person_id: string;
  sender: Sender;
  caseworker_id: string | null;
  body: string;
  sent_at: Date;
  held_until: Date | null;
  /** When the console could first see it: at once, or when the release tick let it through. */
  delivered_at: Date | null;
  read_at: Date | null;
  /** The person sent a photo with it (in message_photos). */
  has_photo: Generated<boolean>;
}
export type MessageRow = Selectable<MessagesTable>;

/** Insert unless a message with this id exists; true when this call made it. */
export async function insertMessage(db: Db, row: Insertable<MessagesTable>): Promise<boolean> {
  const made = await db
    .insertInto('messages')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return made !== undefined;
}

/** A message by id, whoever it belongs to (to tell a retry from a clash of ids). */
export async function findMessageById(db: Db, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMessagesByIds(
  db: Db,
  serviceId: string,
  personId: string,
  ids: string[],
): Promise<MessageRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('messages')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', 'in', ids)
    .orderBy('sent_at')
    .orderBy('id')
    .execute();
}

/**
 * The thread as the console sees it, oldest first: held messages too (shown marked as held,
 * never counted as new until they are delivered).
 */
export async function listThreadMessages(
  db: Db,
  serviceId: string,
  personId: string,
  limit: number,
): Promise<MessageRow[]> {
  const newest = await db
    .selectFrom('messages')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return newest.reverse();
}

/**
 * Mark unread delivered messages from `sender` read (only those sent up to `upTo`, if given);
 * returns the ids marked.
 */
export async function markMessagesRead(
  db: Db,
  serviceId: string,
  personId: string,
  sender: Sender,
  upTo: Date | undefined,
  now: Date,
): Promise<string[]> {
  let q = db
    .updateTable('messages')
    .set({ read_at: now })
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('sender', '=', sender)
    .where('read_at', 'is', null)
    .where('delivered_at', 'is not', null);
  if (upTo) q = q.where('sent_at', '<=', upTo);
  const rows = await q.returning('id').execute();
  return rows.map((r) => r.id);
}

/** Held messages due now, across services (the release tick's only cross-tenant read). */
export async function findDueMessages(db: Db, now: Date, limit: number) {
  return db
    .selectFrom('messages')
    .innerJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'messages.person_id')
        .onRef('people.service_id', '=', 'messages.service_id'),
    )
    .select(['messages.id', 'messages.service_id', 'messages.person_id', 'people.caseworker_id'])
    .where('messages.delivered_at', 'is', null)
    .where('messages.held_until', '<=', now)
    .orderBy('messages.held_until')
    .limit(limit)
    .execute();
}

/** Deliver one held message, unless another instance already has; true when this call did. */
export async function deliverHeldMessage(
  db: Db,
  serviceId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ delivered_at: now })
    .where('service_id', '=', serviceId)
    .where('id', '=', id)
    .where('delivered_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
