import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

export interface SettingsTable {
  key: string;
  value: Jsonb;
  updated_at: Date;
}

export async function readSetting(db: Db, key: string): Promise<unknown> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

/** Store a setting unless one is already there (another instance may have won the race). */
export async function insertSettingIfAbsent(
  db: Db,
  key: string,
  value: unknown,
  now: Date,
): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value: jsonb(value), updated_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}
