/* eslint-disable @typescript-eslint/no-explicit-any -- migrations must not depend on today's table types (Kysely docs) */
import type { Kysely } from 'kysely';

/**
 * Where each account last signed in successfully from, as a hash of (email, address). A sign-in
 * from a known place is held only to its own limit, so guesses from elsewhere cannot lock the
 * real person out (auth/login-guard.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('known_sign_ins')
    .addColumn('key', 'text', (col) => col.primaryKey())
    .addColumn('last_signed_in_at', 'timestamptz', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('known_sign_ins').execute();
}
