/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * A caseworker's short note per person per London day: staff only, never synced to a phone.
 * One per member of staff per person per day, so writing again replaces it. The writer has no
 * foreign key: a note outlives staff changes, as the person's record must.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('caseworker_notes')
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('caseworker_id', 'uuid', (col) => col.notNull())
    .addColumn('day', 'date', (col) => col.notNull())
    .addColumn('happened', 'text', (col) => col.notNull())
    .addColumn('calls', 'text', (col) => col.notNull())
    .addColumn('seemed', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('caseworker_notes_pk', ['person_id', 'day', 'caseworker_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('caseworker_notes').execute();
}
