/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('people')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('caseworker_id', 'uuid', (col) => col.notNull().references('caseworkers.id'))
    .addColumn('display_name', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('active', 'stepped-back')`),
    )
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('people_service_caseworker_idx')
    .on('people')
    .columns(['service_id', 'caseworker_id'])
    .execute();

  // One row per person for each document the caseworker owns; jsonb checked by src/shared on read.
  for (const [table, column] of [
    ['plans', 'sections'],
    ['agreed_hours', 'hours'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('person_id', 'uuid', (col) =>
        col.primaryKey().references('people.id').onDelete('cascade'),
      )
      .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
      .addColumn(column, 'jsonb', (col) => col.notNull())
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
      .addColumn('updated_by', 'uuid')
      .execute();
  }

  await db.schema
    .createTable('guide_contacts')
    // Ids come from the console, so they are only unique per person (see the primary key).
    .addColumn('id', 'uuid', (col) => col.notNull())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('contact', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('guide_contacts_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('guide_contacts_person_idx')
    .on('guide_contacts')
    .columns(['person_id', 'position'])
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('why', 'text')
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('active', 'achieved', 'set-aside')`),
    )
    .addColumn('reward', 'jsonb')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('goals_person_idx')
    .on('goals')
    .columns(['person_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('milestones')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('goal_id', 'uuid', (col) => col.notNull().references('goals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('done_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('milestones_goal_idx')
    .on('milestones')
    .columns(['goal_id', 'position'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'milestones',
    'goals',
    'guide_contacts',
    'agreed_hours',
    'plans',
    'people',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
