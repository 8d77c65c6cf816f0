/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * The supports a person's contact target points to instead of the team (cards of their own
 * guide, by id), and the times they used one. Support used has a table of its own, apart from
 * `contact_events`, so no count of contacts can ever include it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('contact_alternatives')
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    // A guide card's id: local cards are only unique per person, national ones are fixed.
    .addColumn('guide_contact_id', 'uuid', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('set_by', 'uuid')
    .addColumn('set_at', 'timestamptz', (col) => col.notNull())
    .addPrimaryKeyConstraint('contact_alternatives_pk', ['person_id', 'guide_contact_id'])
    .execute();

  await db.schema
    .createTable('support_used')
    // Made on the phone, so a replay from the outbox is the same row.
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('guide_contact_id', 'uuid', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull().check(sql`kind in ('call', 'text', 'visit')`))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('at', 'timestamptz', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('support_used_person_at_idx')
    .on('support_used')
    .columns(['person_id', 'at'])
    .execute();
  await db.schema
    .createIndex('support_used_service_at_idx')
    .on('support_used')
    .columns(['service_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('support_used').execute();
  await db.schema.dropTable('contact_alternatives').execute();
}
