import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Mobile numbers at rest: AES-256-GCM under SMS_NUMBER_KEY, a fresh 12-byte IV each time, and
 * the service and person ids as additional data, so a sealed number copied onto another
 * person's row does not open. Stored as base64 of iv | tag | ciphertext.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;

const additionalData = (serviceId: string, personId: string) =>
  Buffer.from(`hiu-text-number:${serviceId}:${personId}`);

export function sealNumber(
  key: Buffer,
  owner: { serviceId: string; personId: string },
  number: string,
): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(owner.serviceId, owner.personId));
  const body = Buffer.concat([cipher.update(number, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

/** The number, or null when it does not open (another key, another person's row, tampered). */
export function openNumber(
  key: Buffer,
  owner: { serviceId: string; personId: string },
  sealed: string,
): string | null {
  const bytes = Buffer.from(sealed, 'base64');
  if (bytes.length <= IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAAD(additionalData(owner.serviceId, owner.personId));
    decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}
