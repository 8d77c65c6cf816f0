import { catalogue } from '#shared/i18n';
import messages from './lock-secret.messages.json' with { type: 'json' };

const t = catalogue('lock-secret', messages);

/** Rules for a PIN or passphrase, and the plain words shown when one does not fit. */

export type LockKind = 'pin' | 'passphrase';

export const PIN_MIN = 4;
export const PIN_SUGGESTED = 6;
export const PASSPHRASE_MIN = 8;

/** Null if the secret can be used, else a short kind sentence saying what to change. */
export function checkSecret(kind: LockKind, secret: string): string | null {
  if (kind === 'pin') {
    if (!/^\d*$/.test(secret)) return t('pinNumbers');
    if (secret.length < PIN_MIN) return t('pinShort', { min: PIN_MIN, suggested: PIN_SUGGESTED });
    return null;
  }
  if (secret.trim().length < PASSPHRASE_MIN) {
    return t('passphraseShort', { min: PASSPHRASE_MIN });
  }
  return null;
}
