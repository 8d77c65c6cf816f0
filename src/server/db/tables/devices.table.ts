import type { Selectable } from 'kysely';
import type { Db } from '../database';

export interface DevicesTable {
  id: string;
  service_id: string;
  person_id: string;
  token_hash: string;
  label: string | null;
  paired_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  revoked_by: string | null;
}
export type DeviceRow = Selectable<DevicesTable>;

export async function insertDevice(db: Db, row: DeviceRow): Promise<void> {
  await db.insertInto('devices').values(row).execute();
}

/** What a device request needs to know, found by the unique index on `token_hash`. */
export interface DeviceAuthRow extends Pick<
  DeviceRow,
  'id' | 'service_id' | 'person_id' | 'revoked_at' | 'last_seen_at'
> {
  profile_version: number;
}

/**
 * The one query behind every phone request: the device by its token's hash, with its person's
 * profile version. A token lookup has no tenant yet: the row found says which service it is.
 */
export async function findDeviceByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<DeviceAuthRow | undefined> {
  return db
    .selectFrom('devices')
    .innerJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'devices.person_id')
        .onRef('people.service_id', '=', 'devices.service_id'),
    )
    .select([
      'devices.id',
      'devices.service_id',
      'devices.person_id',
      'devices.revoked_at',
      'devices.last_seen_at',
      'people.profile_version',
    ])
    .where('devices.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchDevice(
  db: Db,
  serviceId: string,
  deviceId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('devices')
    .set({ last_seen_at: now })
    .where('service_id', '=', serviceId)
    .where('id', '=', deviceId)
    .execute();
}

export async function listDevices(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<DeviceRow[]> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('paired_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function findDevice(
  db: Db,
  serviceId: string,
  personId: string,
  deviceId: string,
): Promise<DeviceRow | undefined> {
  return db
    .selectFrom('devices')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('id', '=', deviceId)
    .executeTakeFirst();
}

/** Revoke a device; a second revoke keeps the first time and who did it. */
export async function revokeDevice(
  db: Db,
  serviceId: string,
  deviceId: string,
  by: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('devices')
    .set({ revoked_at: now, revoked_by: by })
    .where('service_id', '=', serviceId)
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .execute();
}
