/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import { sql, type Kysely } from 'kysely';

/**
 * What a caseload shows beside each person (linked, unread messages and entries, last contact)
 * from small indexes: unread and linked rows are few, so the partial indexes stay small, and the
 * last contact is the top of a (person, time) index instead of a scan of the thread.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('devices_person_linked_idx')
    .on('devices')
    .column('person_id')
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('messages_person_unread_idx')
    .on('messages')
    .column('person_id')
    .where(sql<boolean>`sender = 'person' and delivered_at is not null and read_at is null`)
    .execute();
  await db.schema
    .createIndex('messages_person_delivered_idx')
    .on('messages')
    .columns(['person_id', 'delivered_at'])
    .execute();
  await db.schema
    .createIndex('shared_entries_person_unread_idx')
    .on('shared_entries')
    .column('person_id')
    .where(sql.ref('read_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('shared_entries_person_unread_idx').execute();
  await db.schema.dropIndex('messages_person_delivered_idx').execute();
  await db.schema.dropIndex('messages_person_unread_idx').execute();
  await db.schema.dropIndex('devices_person_linked_idx').execute();
}
