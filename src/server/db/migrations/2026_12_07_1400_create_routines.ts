/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * The daily routine a caseworker writes with the person: one row per person, its morning,
 * afternoon and evening lists in one jsonb (checked by src/shared on read), like the plan.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('routines')
    .addColumn('person_id', 'uuid', (col) =>
      col.primaryKey().references('people.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('parts', 'jsonb', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_by', 'uuid')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('routines').execute();
}
