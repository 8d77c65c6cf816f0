import type { Db } from '../database';

/** The photo of a message a person sent, by the message's id. Never changes once written. */
export interface MessagePhotosTable {
  message_id: string;
  service_id: string;
  person_id: string;
  content_type: string;
  bytes: Uint8Array;
}

export async function insertMessagePhoto(
  db: Db,
  row: { messageId: string; serviceId: string; personId: string; type: string; bytes: Uint8Array },
): Promise<void> {
  await db
    .insertInto('message_photos')
    .values({
      message_id: row.messageId,
      service_id: row.serviceId,
      person_id: row.personId,
      content_type: row.type,
      bytes: row.bytes,
    })
    .execute();
}

/** A message's photo, only within the person's own service and record. */
export async function findMessagePhoto(
  db: Db,
  serviceId: string,
  personId: string,
  messageId: string,
): Promise<{ contentType: string; bytes: Uint8Array } | undefined> {
  const row = await db
    .selectFrom('message_photos')
    .select(['content_type', 'bytes'])
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return row && { contentType: row.content_type, bytes: row.bytes };
}
