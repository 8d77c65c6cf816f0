/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Caseworkers' photos, kept in the database (no file store to back up or share between
 * instances). A photo never changes: a new upload is a new row with a new id, so it can be
 * cached for ever. Also the caseworker's current photo, and the person's 111 wording.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('photos')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('caseworker_id', 'uuid', (col) =>
      col.notNull().references('caseworkers.id').onDelete('cascade'),
    )
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('bytes', 'bytea', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('photos_caseworker_idx')
    .on('photos')
    .column('caseworker_id')
    .execute();

  await db.schema
    .alterTable('caseworkers')
    .addColumn('photo_id', 'uuid', (col) => col.references('photos.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('people').addColumn('nhs111_wording', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('nhs111_wording').execute();
  await db.schema.alterTable('caseworkers').dropColumn('photo_id').execute();
  await db.schema.dropTable('photos').execute();
}
