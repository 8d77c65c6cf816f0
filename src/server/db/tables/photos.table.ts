import { sql } from 'kysely';
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

/**
 * After a new photo: remove the caseworker's older ones except `keep` (the new one and the one
 * it replaced, which phones that have not synced yet may still ask for) and any a guide card of
 * the service still shows. So a caseworker has at most two photos stored, plus those in use.
 */
export async function deleteOldPhotos(
  db: Db,
  serviceId: string,
  caseworkerId: string,
  keep: (string | null)[],
): Promise<number> {
  const ids = keep.filter((id): id is string => id !== null);
  const result = await db
    .deleteFrom('photos')
    .where('service_id', '=', serviceId)
    .where('caseworker_id', '=', caseworkerId)
    .$if(ids.length > 0, (q) => q.where('id', 'not in', ids))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('guide_contacts')
            .select(sql.lit(1).as('one'))
            .where('guide_contacts.service_id', '=', serviceId)
            .where(
              sql<string>`guide_contacts.contact ->> 'picture'`,
              '=',
              sql<string>`'/api/photos/' || photos.id::text`,
            ),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
