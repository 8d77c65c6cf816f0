import { z } from 'zod';

/**
 * The characters a pairing code is made of: 22 capitals and digits, read aloud or copied off a
 * screen by someone who may be dyslexic, tired or upset. Based on the usual "no lookalikes"
 * alphabets (Crockford's base 32, licence-key alphabets), but stricter:
 * - both halves of each lookalike pair are left out: 0/O, 1/I/L, 2/Z, 5/S, 8/B (and 7, which
 *   people write like 1);
 * - of 6/G and V/U, which are also mistaken for each other, one is kept (6, V) and the other is
 *   mapped to it when typed (see `normalisePairingCode`).
 * 22^8 ≈ 5.5 × 10^10 codes (35 bits). Enough for a code that is single use, lives 24 hours, is
 * stored hashed and is rate limited per address.
 */
export const PAIRING_CODE_ALPHABET = 'ACDEFHJKMNPQRTVWXY3469';
export const PAIRING_CODE_LENGTH = 8;

/** Typed characters that are not in the alphabet but have exactly one lookalike in it. */
const LOOKALIKES: Readonly<Record<string, string>> = { G: '6', U: 'V' };

const CODE_PATTERN = new RegExp(`^[${PAIRING_CODE_ALPHABET}]{${PAIRING_CODE_LENGTH}}$`);

/**
 * Turn what someone typed into the canonical code: upper case, no spaces, dashes, dots or
 * underscores, lookalikes mapped. The result may still be invalid; check with `PairingCode`.
 */
export function normalisePairingCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—_.]/g, '')
    .replace(/[GU]/g, (c) => LOOKALIKES[c] ?? c);
}

/** Show a code as two groups of four: `ACDE-FHJK`. Normalises first. */
export function formatPairingCode(code: string): string {
  const c = normalisePairingCode(code);
  return c.length > 4 ? `${c.slice(0, 4)}-${c.slice(4)}` : c;
}

/** Letters and numbers a code never uses (lookalikes left out), in order: B, I, L, O, … 0, 1, … */
export const NEVER_IN_CODES: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].filter(
  (c) => !PAIRING_CODE_ALPHABET.includes(c) && !(c in LOOKALIKES),
);

/** Why a typed code cannot be a code: the wrong length, or characters codes never use. */
export type PairingCodeShape =
  { kind: 'ok' } | { kind: 'length'; length: number } | { kind: 'characters'; unused: string[] };

/** What is wrong with the shape of a typed code, so the message can say exactly that. */
export function pairingCodeShape(input: string): PairingCodeShape {
  const code = normalisePairingCode(input);
  const unused = [...new Set([...code].filter((c) => !PAIRING_CODE_ALPHABET.includes(c)))];
  if (unused.length > 0) return { kind: 'characters', unused };
  if (code.length !== PAIRING_CODE_LENGTH) return { kind: 'length', length: code.length };
  return { kind: 'ok' };
}

export function isPairingCode(input: string): boolean {
  return CODE_PATTERN.test(normalisePairingCode(input));
}

/**
 * Make a new code from a source of random bytes (pass `crypto.getRandomValues`-backed bytes).
 * Uses rejection sampling so every character is equally likely.
 */
export function makePairingCode(randomBytes: (n: number) => Uint8Array): string {
  const n = PAIRING_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < PAIRING_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && code.length < PAIRING_CODE_LENGTH)
        code += PAIRING_CODE_ALPHABET[byte % n];
    }
  }
  return code;
}

/** A pairing code as typed (any case, spaces, dashes); parses to the canonical 8 characters. */
export const PairingCode = z
  .string()
  .max(40)
  .transform(normalisePairingCode)
  .pipe(z.string().regex(CODE_PATTERN, 'That code does not look right. Check each letter.'));
export type PairingCode = z.infer<typeof PairingCode>;
