import { describe, expect, test } from 'vitest';
import {
  hashPassword,
  makeOneTimePassword,
  passwordProblem,
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

  test('need 12 characters and some variety', () => {
    expect(passwordProblem('elevenchars')).toMatch(/at least 12/);
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/different characters/);
    expect(passwordProblem('correct horse battery')).toBeUndefined();
  });

  test('one-time passwords are easy to read out and differ each time', () => {
    const a = makeOneTimePassword();
    expect(a).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){3}$/);
    expect(passwordProblem(a)).toBeUndefined();
    expect(makeOneTimePassword()).not.toBe(a);
  });
});
