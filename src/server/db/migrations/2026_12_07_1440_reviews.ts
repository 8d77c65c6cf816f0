/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Reviews at the service's set points, the relapse plan agreed when support steps back, and
 * when the current spell of support began (null: when the record was made), so reviews start
 * again from the day support starts again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('support_started_at', 'timestamptz').execute();

  // No row: the defaults in #shared/reviews.
  await db.schema
    .createTable('review_settings')
    .addColumn('service_id', 'uuid', (col) => col.primaryKey().references('services.id'))
    .addColumn('points', 'jsonb', (col) => col.notNull())
    .addColumn('then_every_weeks', 'integer', (col) =>
      col.check(sql`then_every_weeks between 1 and 52`),
    )
    .addColumn('updated_by', 'uuid')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('reviews')
    // Made by the console, so a retried save never records the review twice.
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('held_on', 'date', (col) => col.notNull())
    .addColumn('point', 'text')
    .addColumn('goals', 'jsonb', (col) => col.notNull())
    .addColumn('next_steps', 'text', (col) => col.notNull())
    .addColumn('decision', 'text', (col) =>
      col.notNull().check(sql`decision in ('continues', 'steps-down', 'steps-back')`),
    )
    // No foreign key: the record outlives staff changes.
    .addColumn('recorded_by', 'uuid')
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('reviews_person_idx')
    .on('reviews')
    .columns(['person_id', 'held_on'])
    .execute();
  // Today asks for the latest review of every person of a service at once.
  await db.schema
    .createIndex('reviews_service_idx')
    .on('reviews')
    .columns(['service_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('relapse_plans')
    .addColumn('person_id', 'uuid', (col) =>
      col.primaryKey().references('people.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('signs', 'jsonb', (col) => col.notNull())
    .addColumn('what_to_do', 'jsonb', (col) => col.notNull())
    .addColumn('come_back', 'jsonb', (col) => col.notNull())
    .addColumn('updated_by', 'uuid')
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('relapse_plans').execute();
  await db.schema.dropTable('reviews').execute();
  await db.schema.dropTable('review_settings').execute();
  await db.schema.alterTable('people').dropColumn('support_started_at').execute();
}
