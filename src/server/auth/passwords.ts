import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** At least this many characters (NCSC: length beats complexity rules). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/** argon2id with the library's defaults (19 MiB, 2 passes: the OWASP minimum). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | undefined;

/**
 * True when `password` matches. With no hash (unknown email) we still do the work, so the
 * answer takes as long either way and does not reveal which emails have accounts.
 */
export async function verifyPassword(passwordHash: string | undefined, password: string) {
  dummyHash ??= hash('not a real password, only here to take time');
  try {
    const ok = await verify(passwordHash ?? (await dummyHash), password);
    return ok && passwordHash !== undefined;
  } catch {
    return false;
  }
}

/** Why a new password is not acceptable, or undefined when it is fine. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Use at least ${MIN_PASSWORD_LENGTH} characters. A few words together works well.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  }
  if (new Set(password).size < 4) return 'Use a password with more different characters.';
  return undefined;
}

const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password to read out or copy: `abcd-efgh-jkmn-pqrs` (about 79 bits). */
export function makeOneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g++) {
    let group = '';
    for (let i = 0; i < 4; i++) group += READABLE[randomInt(READABLE.length)];
    groups.push(group);
  }
  return groups.join('-');
}
