/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * A caseworker's short note and outcome on a contact they logged: staff only. Kept in its own
 * table, not on contact_events, so nothing that builds the phone's profile or sync from contact
 * events can carry a note by accident. Goes with its contact.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contact_notes')
    .addColumn('contact_id', 'uuid', (col) =>
      col.primaryKey().references('contact_events.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('outcome', 'text')
    .addColumn('note', 'text', (col) => col.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('contact_notes').execute();
}
