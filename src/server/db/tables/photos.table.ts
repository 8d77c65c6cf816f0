import type { Db } from '../database';

/** Caseworkers' photos, stored as bytes (bytea). A row never changes once written. */
export interface PhotosTable {
  id: string;
  service_id: string;
  caseworker_id: string;
  content_type: string;
  bytes: Uint8Array;
  created_at: Date;
}

export interface StoredPhoto {
  serviceId: string;
  contentType: string;
  bytes: Uint8Array;
}

export async function insertPhoto(
  db: Db,
  row: {
    id: string;
    serviceId: string;
    caseworkerId: string;
    contentType: string;
    bytes: Uint8Array;
    now: Date;
  },
): Promise<void> {
  await db
    .insertInto('photos')
    .values({
      id: row.id,
      service_id: row.serviceId,
      caseworker_id: row.caseworkerId,
      content_type: row.contentType,
      bytes: row.bytes,
      created_at: row.now,
    })
    .execute();
}

/**
 * A photo by id alone: who may see it is decided from the row's service (auth/access.ts), as
 * the caller may be a phone or a member of staff.
 */
export async function findPhoto(db: Db, id: string): Promise<StoredPhoto | undefined> {
  const row = await db
    .selectFrom('photos')
    .select(['service_id', 'content_type', 'bytes'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { serviceId: row.service_id, contentType: row.content_type, bytes: row.bytes };
}
