/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Shared entries and urgent care reports are keyed by (person, entry id), but an entry id that
 * another person already used is refused (409), which asks "who else has this id?".
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('shared_entries_id_idx').on('shared_entries').column('id').execute();
  await db.schema
    .createIndex('urgent_care_reports_id_idx')
    .on('urgent_care_reports')
    .column('id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('urgent_care_reports_id_idx').execute();
  await db.schema.dropIndex('shared_entries_id_idx').execute();
}
