import { describe, expect, test } from 'vitest';
import { passwordProblem } from '../../../../src/shared/password-strength';
import {
  hashPassword,
  makeOneTimePassword,
  verifyPassword,
} from '../../../../src/server/auth/passwords';

describe('passwords', () => {
  test('are hashed with argon2id and verified', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'a long enough password')).toBe(true);
    expect(await verifyPassword(hash, 'a long enough passwort')).toBe(false);
  });

  test('an unknown account or a broken hash never verifies', async () => {
    expect(await verifyPassword(undefined, 'anything at all')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything at all')).toBe(false);
  });

  // The first strength check builds zxcvbn's dictionaries, seconds of CPU on a busy machine:
  // a longer limit, since this test is about the words made, not how fast.
  test(
    'one-time passwords are easy to read out, differ each time and meet the strength rule',
    {
      timeout: 30_000,
    },
    () => {
      const made = Array.from({ length: 20 }, makeOneTimePassword);
      for (const password of made) {
        expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
        expect(passwordProblem(password)).toBeUndefined();
      }
      expect(new Set(made).size).toBe(made.length);
    },
  );
});
