import type { Selectable } from 'kysely';
import type { Db } from '../database';

/** A phone's Web Push subscription: one row per endpoint (the push service's address for it). */
export interface PushSubscriptionsTable {
  id: string;
  service_id: string;
  person_id: string;
  device_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: Date;
  updated_at: Date;
}
export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;

/**
 * Keep a subscription for a device. The endpoint is the key: the same browser subscribing again
 * (new keys, or paired again as a new device) replaces the old row rather than adding one.
 */
export async function upsertPushSubscription(
  db: Db,
  row: Omit<PushSubscriptionRow, 'created_at' | 'updated_at'>,
  now: Date,
): Promise<void> {
  await db
    .insertInto('push_subscriptions')
    .values({ ...row, created_at: now, updated_at: now })
    .onConflict((oc) =>
      oc.column('endpoint').doUpdateSet({
        service_id: row.service_id,
        person_id: row.person_id,
        device_id: row.device_id,
        p256dh: row.p256dh,
        auth: row.auth,
        updated_at: now,
      }),
    )
    .execute();
}

/** Stop notifications to a device: one endpoint, or all of them. */
export async function deleteDeviceSubscriptions(
  db: Db,
  serviceId: string,
  deviceId: string,
  endpoint?: string,
): Promise<void> {
  let q = db
    .deleteFrom('push_subscriptions')
    .where('service_id', '=', serviceId)
    .where('device_id', '=', deviceId);
  if (endpoint !== undefined) q = q.where('endpoint', '=', endpoint);
  await q.execute();
}

/** The push service says the subscription is gone (404/410): forget it and its jobs. */
export async function deletePushSubscription(
  db: Db,
  serviceId: string,
  subscriptionId: string,
): Promise<void> {
  await db
    .deleteFrom('push_subscriptions')
    .where('service_id', '=', serviceId)
    .where('id', '=', subscriptionId)
    .execute();
}

export async function findPushSubscriptions(db: Db, ids: string[]): Promise<PushSubscriptionRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('push_subscriptions').selectAll().where('id', 'in', ids).execute();
}

export async function listDeviceSubscriptions(
  db: Db,
  serviceId: string,
  deviceId: string,
): Promise<PushSubscriptionRow[]> {
  return db
    .selectFrom('push_subscriptions')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('device_id', '=', deviceId)
    .execute();
}
