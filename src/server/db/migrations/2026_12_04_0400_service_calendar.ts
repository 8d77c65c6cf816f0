/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * A service's calendar: the nations it serves (their bank holidays are worked out from the
 * rules, never stored) and the team's closures. No row: England and Wales, no closures.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_calendars')
    .addColumn('service_id', 'uuid', (col) =>
      col.primaryKey().references('services.id').onDelete('cascade'),
    )
    .addColumn('nations', 'jsonb', (col) => col.notNull())
    .addColumn('closures', 'jsonb', (col) => col.notNull())
    .addColumn('updated_by', 'uuid', (col) => col.references('caseworkers.id'))
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('service_calendars').execute();
}
