/** Rules for a PIN or passphrase, and the plain words shown when one does not fit. */

export type LockKind = 'pin' | 'passphrase';

export const PIN_MIN = 4;
export const PIN_SUGGESTED = 6;
export const PASSPHRASE_MIN = 8;

/** Null if the secret can be used, else a short kind sentence saying what to change. */
export function checkSecret(kind: LockKind, secret: string): string | null {
  if (kind === 'pin') {
    if (!/^\d*$/.test(secret)) return 'A PIN is numbers only.';
    if (secret.length < PIN_MIN)
      return `Use at least ${PIN_MIN} numbers. ${PIN_SUGGESTED} is safer.`;
    return null;
  }
  if (secret.trim().length < PASSPHRASE_MIN) {
    return `Use at least ${PASSPHRASE_MIN} letters. A few words you will remember work well.`;
  }
  return null;
}
