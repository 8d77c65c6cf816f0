/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('devices')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    // sha-256 of the bearer token; the token itself is never stored.
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('label', 'text')
    .addColumn('paired_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid')
    .execute();
  await db.schema.createIndex('devices_person_idx').on('devices').column('person_id').execute();

  await db.schema
    .createTable('pairing_codes')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('code_hash', 'text', (col) => col.notNull().unique())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('used_at', 'timestamptz')
    .addColumn('device_id', 'uuid', (col) => col.references('devices.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('pairing_codes_person_idx')
    .on('pairing_codes')
    .column('person_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pairing_codes').execute();
  await db.schema.dropTable('devices').execute();
}
