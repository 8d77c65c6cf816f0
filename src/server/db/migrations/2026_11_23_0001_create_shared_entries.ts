/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Journal entries a person chose to share. The id is the entry's own (made on the phone), so it
 * is only unique per person; withdrawing deletes the row, content and all.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('shared_entries')
    .addColumn('id', 'uuid', (col) => col.notNull())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('entry', 'jsonb', (col) => col.notNull())
    .addColumn('shared_at', 'timestamptz', (col) => col.notNull())
    .addColumn('read_at', 'timestamptz')
    .addColumn('read_by', 'uuid')
    .addPrimaryKeyConstraint('shared_entries_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('shared_entries_person_shared_idx')
    .on('shared_entries')
    .columns(['person_id', 'shared_at desc'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('shared_entries').execute();
}
