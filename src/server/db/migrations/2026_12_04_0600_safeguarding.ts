/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * The safeguarding concern log: staff only, never synced to a phone. A concern's updates only
 * ever add (a safeguarding record is not rewritten). Staff ids have no foreign key: the record
 * outlives staff changes, as the person's record must.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The service's own list; no row means the default list in #shared/safeguarding.
  await db.schema
    .createTable('safeguarding_categories')
    .addColumn('service_id', 'uuid', (col) => col.primaryKey().references('services.id'))
    .addColumn('categories', 'jsonb', (col) => col.notNull())
    .addColumn('updated_by', 'uuid', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('safeguarding_concerns')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('raised_on', 'date', (col) => col.notNull())
    .addColumn('category', 'text', (col) => col.notNull())
    .addColumn('what_was_done', 'text', (col) => col.notNull())
    .addColumn('referred_to', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('recorded_by', 'uuid', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addColumn('closed_by', 'uuid')
    .addColumn('closed_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('safeguarding_concerns_person')
    .on('safeguarding_concerns')
    .columns(['service_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('safeguarding_concerns_open')
    .on('safeguarding_concerns')
    .columns(['service_id', 'status'])
    .execute();
  await db.schema
    .createTable('safeguarding_updates')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('concern_id', 'uuid', (col) =>
      col.notNull().references('safeguarding_concerns.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('written_by', 'uuid', (col) => col.notNull())
    .addColumn('written_at', 'timestamptz', (col) => col.notNull())
    // The order they were added in, even when two share a timestamp.
    .addColumn('seq', 'bigserial', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('safeguarding_updates_concern')
    .on('safeguarding_updates')
    .column('concern_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('safeguarding_updates').execute();
  await db.schema.dropTable('safeguarding_concerns').execute();
  await db.schema.dropTable('safeguarding_categories').execute();
}
