/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * A caseworker's leave (London days, first and last day away, both included) and who covers
 * their people meanwhile: one cover for the whole caseload, and any person given their own.
 * Whether cover is on is worked out from these dates and the clock at each request, so nothing
 * has to run for cover to start or end.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('caseworker_leave')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('caseworker_id', 'uuid', (col) => col.notNull().references('caseworkers.id'))
    .addColumn('first_day', 'date', (col) => col.notNull())
    .addColumn('last_day', 'date', (col) => col.notNull())
    // Null: nobody covers the caseload, so what comes in goes to the lead's team inbox.
    .addColumn('cover_id', 'uuid', (col) => col.references('caseworkers.id'))
    .addColumn('cover_phone', 'text')
    .addColumn('recorded_by', 'uuid', (col) => col.notNull())
    .addColumn('recorded_at', 'timestamptz', (col) => col.notNull())
    .addCheckConstraint('caseworker_leave_days', sql`last_day >= first_day`)
    .execute();
  await db.schema
    .createIndex('caseworker_leave_by_caseworker')
    .on('caseworker_leave')
    .columns(['service_id', 'caseworker_id', 'last_day'])
    .execute();
  await db.schema
    .createTable('leave_person_cover')
    .addColumn('leave_id', 'uuid', (col) =>
      col.notNull().references('caseworker_leave.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('cover_id', 'uuid', (col) => col.notNull().references('caseworkers.id'))
    .addColumn('cover_phone', 'text')
    .addPrimaryKeyConstraint('leave_person_cover_pk', ['leave_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('leave_person_cover_by_cover')
    .on('leave_person_cover')
    .columns(['service_id', 'cover_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('leave_person_cover').execute();
  await db.schema.dropTable('caseworker_leave').execute();
}
