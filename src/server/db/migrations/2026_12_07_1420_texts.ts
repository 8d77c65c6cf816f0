/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Texts about a waiting message (GOV.UK Notify): each person's mobile number, sealed with
 * AES-GCM (never in clear in the database), and their quiet hours; the jobs any instance may
 * work (claimed with FOR UPDATE SKIP LOCKED); and one line per text, unique per reply, which is
 * what makes "once per reply" hold across instances. No table holds the words of a text.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('text_numbers')
    .addColumn('person_id', 'uuid', (col) =>
      col.primaryKey().references('people.id').onDelete('cascade'),
    )
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    // base64 of iv | tag | ciphertext; the person's ids are the additional data.
    .addColumn('number_sealed', 'text', (col) => col.notNull())
    .addColumn('quiet_start', 'text', (col) => col.notNull())
    .addColumn('quiet_end', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_by', 'uuid')
    .execute();

  await db.schema
    .createTable('text_jobs')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('message_id', 'uuid', (col) =>
      col.notNull().unique().references('messages.id').onDelete('cascade'),
    )
    // When the reply went: the delay counts from here, and a later text covers it.
    .addColumn('reply_at', 'timestamptz', (col) => col.notNull())
    .addColumn('run_at', 'timestamptz', (col) => col.notNull())
    // True while the job only waits for the reply to be read: a phone with no working push
    // subscription cannot be told by push, so the sweep texts it at once instead.
    .addColumn('waiting_for_read', 'boolean', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('text_jobs_run_at_idx').on('text_jobs').column('run_at').execute();
  await db.schema.createIndex('text_jobs_person_idx').on('text_jobs').column('person_id').execute();

  await db.schema
    .createTable('text_sends')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    // No foreign key: the line outlives its message, so the rate limit still counts it.
    .addColumn('message_id', 'uuid', (col) => col.notNull().unique())
    // sending | sent | failed | unknown (no answer in time: never tried again)
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('started_at', 'timestamptz', (col) => col.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('notify_id', 'text')
    .execute();
  await db.schema
    .createIndex('text_sends_person_idx')
    .on('text_sends')
    .columns(['person_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('text_sends').execute();
  await db.schema.dropTable('text_jobs').execute();
  await db.schema.dropTable('text_numbers').execute();
}
