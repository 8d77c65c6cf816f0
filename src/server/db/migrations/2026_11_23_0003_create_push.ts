/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Web Push: each phone's subscriptions (one row per endpoint), and the jobs any instance may
 * send (claimed with FOR UPDATE SKIP LOCKED, retried with back-off, so a restart loses nothing).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull().references('services.id'))
    .addColumn('person_id', 'uuid', (col) =>
      col.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('device_id', 'uuid', (col) =>
      col.notNull().references('devices.id').onDelete('cascade'),
    )
    .addColumn('endpoint', 'text', (col) => col.notNull().unique())
    .addColumn('p256dh', 'text', (col) => col.notNull())
    .addColumn('auth', 'text', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('push_subscriptions_person_idx')
    .on('push_subscriptions')
    .column('person_id')
    .execute();
  await db.schema
    .createIndex('push_subscriptions_device_idx')
    .on('push_subscriptions')
    .column('device_id')
    .execute();

  await db.schema
    .createTable('push_jobs')
    .addColumn('id', 'uuid', (col) => col.primaryKey())
    .addColumn('service_id', 'uuid', (col) => col.notNull())
    .addColumn('subscription_id', 'uuid', (col) =>
      col.notNull().references('push_subscriptions.id').onDelete('cascade'),
    )
    // A PushPayload: { kind, url }. Nothing personal, ever.
    .addColumn('payload', 'jsonb', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('run_at', 'timestamptz', (col) => col.notNull())
    // No point sending after this: the push service would drop it anyway (TTL).
    .addColumn('expires_at', 'timestamptz', (col) => col.notNull())
    .addColumn('created_at', 'timestamptz', (col) => col.notNull())
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('push_jobs_run_at_idx').on('push_jobs').column('run_at').execute();
  await db.schema
    .createIndex('push_jobs_subscription_idx')
    .on('push_jobs')
    .column('subscription_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('push_jobs').execute();
  await db.schema.dropTable('push_subscriptions').execute();
}
