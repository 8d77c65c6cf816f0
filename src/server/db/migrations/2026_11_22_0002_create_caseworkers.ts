/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('caseworkers')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    // Lower-cased. Unique across services: people log in with an email alone.
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('role', 'text', (col) => col.notNull().check(sql`role in ('lead', 'caseworker')`))
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('must_change_password', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('active', 'boolean', (col) => col.notNull().defaultTo(true))
    .addColumn('working_hours', 'jsonb', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('password_changed_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('caseworkers_service_idx')
    .on('caseworkers')
    .column('service_id')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('caseworker_id', 'uuid', (col) =>
      col.notNull().references('caseworkers.id').onDelete('cascade'),
    )
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('sessions_caseworker_idx')
    .on('sessions')
    .column('caseworker_id')
    .execute();

  // Failed attempts per key (a hashed account or address), shared by every instance.
  await db.schema
    .createTable('throttles')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('last_failure_at', 'timestamptz', (col) => col.notNull())
    .addColumn('locked_until', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('throttles').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.dropTable('caseworkers').execute();
}
