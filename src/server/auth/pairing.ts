import { randomBytes, randomUUID } from 'node:crypto';
import { formatPairingCode, makePairingCode } from '#shared/schemas/pairing';
import QRCode from 'qrcode';
import { audit, deviceActor } from '../audit/audit';
import type { Db } from '../db/database';
import { recordChange } from '../db/tables/changes.table';
import { insertDevice } from '../db/tables/devices.table';
import { isUniqueViolation } from '../db/errors';
import {
  claimPairingCode,
  expireOpenPairingCodes,
  findPairingCodeByHash,
  insertPairingCode,
} from '../db/tables/pairing-codes.table';
import { ApiProblem } from '../problem';
import { randomToken, sha256 } from './tokens';

export const PAIRING_CODE_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The hash we keep of a canonical code (8 characters, no dash). */
export const hashPairingCode = (code: string) => sha256(`pairing:${code}`);

export interface IssuedCode {
  code: string;
  expiresAt: Date;
}

/** A new single-use code for a person; any older unused code stops working. */
export async function issuePairingCode(
  db: Db,
  input: { serviceId: string; personId: string; issuedBy: string | null; now: Date },
): Promise<IssuedCode> {
  const { serviceId, personId, now } = input;
  const expiresAt = new Date(now.getTime() + PAIRING_CODE_LIFETIME_MS);
  for (let attempt = 0; ; attempt++) {
    const code = makePairingCode((n) => new Uint8Array(randomBytes(n)));
    try {
      await db.transaction().execute(async (trx) => {
        await expireOpenPairingCodes(trx, serviceId, personId, now);
        await insertPairingCode(trx, {
          id: randomUUID(),
          service_id: serviceId,
          person_id: personId,
          code_hash: hashPairingCode(code),
          created_by: input.issuedBy,
          created_at: now,
          expires_at: expiresAt,
          used_at: null,
          device_id: null,
        });
        const actor = {
          type: input.issuedBy ? 'caseworker' : 'system',
          id: input.issuedBy,
        } as const;
        await audit(trx, { serviceId, actor, action: 'pairing-code.issue', personId }, now);
      });
      return { code, expiresAt };
    } catch (error) {
      // One in billions: the same code as an old one. Draw again.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** The address a QR code opens: the app's pairing screen with the code filled in. */
export function pairingUrl(origin: string, code: string): string {
  return `${origin}/pair?code=${formatPairingCode(code)}`;
}

export async function pairingQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export type RedeemResult =
  | { kind: 'paired'; token: string; deviceId: string; serviceId: string; personId: string }
  | { kind: 'unknown' };

const used = () =>
  new ApiProblem(
    400,
    'pairing_code_used',
    'This code has already been used. Ask your caseworker for a new one.',
  );
const expired = () =>
  new ApiProblem(
    400,
    'pairing_code_expired',
    'This code is too old now. Codes last one day. Ask your caseworker for a new one.',
  );

/**
 * Swap a code for a new device token. The code is claimed with a conditional update inside the
 * transaction, so two phones racing with one code cannot both win.
 */
export async function redeemPairingCode(db: Db, code: string, now: Date): Promise<RedeemResult> {
  const row = await findPairingCodeByHash(db, hashPairingCode(code));
  if (!row) return { kind: 'unknown' };
  if (row.used_at) throw used();
  if (row.expires_at.getTime() <= now.getTime()) throw expired();
  const token = randomToken();
  const deviceId = randomUUID();
  const serviceId = row.service_id;
  const personId = row.person_id;
  await db.transaction().execute(async (trx) => {
    await insertDevice(trx, {
      id: deviceId,
      service_id: serviceId,
      person_id: personId,
      token_hash: sha256(token),
      label: null,
      paired_at: now,
      last_seen_at: now,
      revoked_at: null,
      revoked_by: null,
    });
    if (!(await claimPairingCode(trx, serviceId, row.id, deviceId, now))) throw used();
    await recordChange(
      trx,
      serviceId,
      { personId, entity: 'device', entityId: deviceId, op: 'put' },
      now,
    );
    const actor = deviceActor(deviceId);
    await audit(
      trx,
      { serviceId, actor, action: 'device.pair', personId, subjectId: deviceId },
      now,
    );
  });
  return { kind: 'paired', token, deviceId, serviceId, personId };
}
