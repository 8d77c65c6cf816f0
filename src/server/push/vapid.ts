import webpush from 'web-push';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { insertSettingIfAbsent, readSetting } from '../db/tables/settings.table';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

const StoredKeys = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });

/**
 * The Web Push keys: from VAPID_* when set, otherwise the pair kept in the database, made on
 * first start. Every instance sharing a database ends up with the same pair.
 */
export async function ensureVapidKeys(db: Db, config: Config, now: Date): Promise<VapidKeys> {
  const subject =
    config.vapidSubject ??
    (config.https && config.publicUrl ? config.publicUrl : 'mailto:hiu-companion@example.org');
  if (config.vapid) return { ...config.vapid, subject };
  const stored = StoredKeys.safeParse(await readSetting(db, 'vapid'));
  if (stored.success) return { ...stored.data, subject };
  const fresh = webpush.generateVAPIDKeys();
  await insertSettingIfAbsent(db, 'vapid', fresh, now);
  // Another instance may have stored its pair first: use whatever is there now.
  const kept = StoredKeys.parse(await readSetting(db, 'vapid'));
  return { ...kept, subject };
}
