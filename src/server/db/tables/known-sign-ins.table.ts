import type { Db } from '../database';

export interface KnownSignInsTable {
  /** sha-256 of the email and address: the table never lists either. */
  key: string;
  last_signed_in_at: Date;
}

/** True when the key signed in successfully at or after `since`. */
export async function signedInSince(db: Db, key: string, since: Date): Promise<boolean> {
  const row = await db
    .selectFrom('known_sign_ins')
    .select('key')
    .where('key', '=', key)
    .where('last_signed_in_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function rememberSignIn(db: Db, key: string, now: Date): Promise<void> {
  await db
    .insertInto('known_sign_ins')
    .values({ key, last_signed_in_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ last_signed_in_at: now }))
    .execute();
}

export async function forgetSignInsBefore(db: Db, before: Date): Promise<void> {
  await db.deleteFrom('known_sign_ins').where('last_signed_in_at', '<', before).execute();
}
