/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Triage rows a member of staff marked done. A row's key names the newest thing it is about, so
 * something newer makes a new row; old marks are swept once nothing can show them again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('triage_done')
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('caseworker_id', 'uuid', (col) => col.notNull().references('caseworkers.id'))
    .addColumn('item_key', 'text', (col) => col.notNull())
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('done_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('triage_done_pk', ['caseworker_id', 'item_key'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('triage_done').execute();
}
