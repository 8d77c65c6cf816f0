/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * The outcomes dashboard asks "who in this service has a goal" (src/server/outcomes/load.ts);
 * goals were only indexed by person. Measured in bench/outcomes (bench/README.md).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('goals_service_person_idx')
    .on('goals')
    .columns(['service_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('goals_service_person_idx').execute();
}
