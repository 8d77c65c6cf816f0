/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Photos people send their caseworker, one per message (the message's id is the photo's, so a
 * resent photo is stored once). Kept apart from `photos` (caseworkers' own, shown on phones):
 * these are the person's, for their caseworker only, and go with the message and the person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('messages')
    .addColumn('has_photo', 'boolean', (col) => col.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createTable('message_photos')
    .addColumn('message_id', 'uuid', (col) =>
      col.primaryKey().references('messages.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('content_type', 'text', (col) => col.notNull())
    .addColumn('bytes', 'bytea', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('message_photos_person_idx')
    .on('message_photos')
    .column('person_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('message_photos').execute();
  await db.schema.alterTable('messages').dropColumn('has_photo').execute();
}
