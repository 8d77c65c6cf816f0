import type { Selectable } from 'kysely';
import type { Db } from '../database';

export interface PairingCodesTable {
  id: string;
  service_id: string;
  person_id: string;
  /** sha-256 of the canonical code; the code itself is shown once and never stored. */
  code_hash: string;
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  device_id: string | null;
}
export type PairingCodeRow = Selectable<PairingCodesTable>;

export async function insertPairingCode(db: Db, row: PairingCodeRow): Promise<void> {
  await db.insertInto('pairing_codes').values(row).execute();
}

/** A new code replaces any unused one: only the latest code for a person works. */
export async function expireOpenPairingCodes(
  db: Db,
  serviceId: string,
  personId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('pairing_codes')
    .set({ expires_at: now })
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
}

/** Like a device token, a code is looked up by its hash before we know its service. */
export async function findPairingCodeByHash(
  db: Db,
  codeHash: string,
): Promise<PairingCodeRow | undefined> {
  return db
    .selectFrom('pairing_codes')
    .selectAll()
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
}

/**
 * Mark a code used, only if nobody else has: returns false when another request won the race,
 * which is what makes a code single use even with several server instances.
 */
export async function claimPairingCode(
  db: Db,
  serviceId: string,
  codeId: string,
  deviceId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('pairing_codes')
    .set({ used_at: now, device_id: deviceId })
    .where('service_id', '=', serviceId)
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
