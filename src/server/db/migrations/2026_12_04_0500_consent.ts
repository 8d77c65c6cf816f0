/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * The consent record: one line each time a person gives or withdraws consent for a topic.
 * Lines are only added, never updated, so the history stays whole. Who recorded it is a
 * member of staff or the person's own phone; neither has a foreign key, so the record outlives
 * staff changes and unlinked phones.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('consent_records')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    // The order lines were added in: two on the same day (or the same instant) stay in order.
    .addColumn('seq', 'bigserial', (col) => col.notNull().unique())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('topic', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('day', 'date', (col) => col.notNull())
    .addColumn('how', 'text', (col) => col.notNull())
    .addColumn('shared_with', 'jsonb', (col) => col.notNull())
    .addColumn('recorded_by_staff', 'uuid')
    .addColumn('recorded_by_device', 'uuid')
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('consent_records_person_idx')
    .on('consent_records')
    .columns(['service_id', 'person_id', 'topic'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('consent_records').execute();
}
