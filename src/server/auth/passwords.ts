import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { passwordProblem } from '#shared/password-strength';

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

const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A one-time password to read out or copy: `abcd-efgh-jkmn-pqrs` (about 79 bits). Drawn again
 * in the rare case the strength rule would refuse it (a run like `abcd-efgh`), so what staff
 * are handed always meets the rule they will be held to.
 */
export function makeOneTimePassword(): string {
  for (let draw = 0; draw < 20; draw++) {
    const groups: string[] = [];
    for (let g = 0; g < 4; g++) {
      let group = '';
      for (let i = 0; i < 4; i++) group += READABLE[randomInt(READABLE.length)];
      groups.push(group);
    }
    const password = groups.join('-');
    if (!passwordProblem(password)) return password;
  }
  throw new Error('The password rule refused 20 one-time passwords in a row');
}
