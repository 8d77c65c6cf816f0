/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * A counter bumped, in the same transaction, by every write that changes what a phone's profile
 * shows. Servers cache profiles by (person, version), so a phone's read is one query.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('people')
    .addColumn('profile_version', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').dropColumn('profile_version').execute();
}
