/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * Hospital use from the trusts' own data. Each person may have a service reference, the one the
 * service and the trust share (never an NHS number): unique in the service whatever its case,
 * so matching a file's reference to a person is never ambiguous. `hospital_use` holds one row
 * per person and month; a kind's count is null where no file or entry has given it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('service_ref', 'text').execute();
  await sql`create unique index people_service_ref_idx
              on people (service_id, lower(service_ref))
           where service_ref is not null`.execute(db);
  await db.schema
    .createTable('hospital_use')
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    // 'YYYY-MM': sorts as months do.
    .addColumn('month', 'text', (col) => col.notNull())
    .addColumn('ae', 'integer')
    .addColumn('calls999', 'integer')
    .addColumn('conveyances', 'integer')
    .addColumn('admissions', 'integer')
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_by', 'uuid')
    .addPrimaryKeyConstraint('hospital_use_pk', ['person_id', 'month'])
    .execute();
  await db.schema
    .createIndex('hospital_use_service_idx')
    .on('hospital_use')
    .columns(['service_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('hospital_use').execute();
  await sql`drop index people_service_ref_idx`.execute(db);
  await db.schema.alterTable('people').dropColumn('service_ref').execute();
}
