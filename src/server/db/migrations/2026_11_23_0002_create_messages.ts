/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/**
 * Messages between a person and their caseworker. One sent outside agreed hours has
 * `held_until` and no `delivered_at` until the release tick delivers it; the console sees only
 * delivered messages.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('messages')
    // Made by the phone (or the console) so a retry never duplicates.
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('sender', 'text', (col) =>
      col.notNull().check(sql`sender in ('person', 'caseworker')`),
    )
    // Who replied (caseworker messages only). No foreign key: the record outlives staff changes.
    .addColumn('caseworker_id', 'uuid')
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('sent_at', 'timestamptz', (col) => col.notNull())
    .addColumn('held_until', 'timestamptz')
    .addColumn('delivered_at', 'timestamptz')
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('messages_person_sent_idx')
    .on('messages')
    .columns(['person_id', 'sent_at'])
    .execute();
  // What the release tick looks for: small, as held messages are few.
  await db.schema
    .createIndex('messages_held_idx')
    .on('messages')
    .column('held_until')
    .where(sql.ref('delivered_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('messages').execute();
}
