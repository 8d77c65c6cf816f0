/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // No foreign keys: the record must outlive what it talks about (an erased person).
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('actor_type', 'text', (col) =>
      col.notNull().check(sql`actor_type in ('caseworker', 'device', 'system')`),
    )
    .addColumn('actor_id', 'uuid')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('person_id', 'uuid')
    .addColumn('subject_id', 'uuid')
    // Plain words for the lead; never personal content (no names, notes or journal text).
    .addColumn('detail', 'text')
    .execute();
  await db.schema
    .createIndex('audit_log_service_at_idx')
    .on('audit_log')
    .columns(['service_id', 'at desc'])
    .execute();

  // The change sequence sync will pull from: "what changed for this person since cursor N".
  await db.schema
    .createTable('changes')
    .addColumn('seq', 'bigserial', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('person_id', 'uuid')
    .addColumn('entity', 'text', (col) => col.notNull())
    .addColumn('entity_id', 'uuid', (col) => col.notNull())
    .addColumn('op', 'text', (col) => col.notNull().check(sql`op in ('put', 'delete')`))
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('changes_person_seq_idx')
    .on('changes')
    .columns(['person_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('changes').execute();
  await db.schema.dropTable('audit_log').execute();
}
