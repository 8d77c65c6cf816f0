import { describe, expect, it } from 'vitest';
import { checkSecret } from '../../../../src/app/lock/secret';

describe('PIN and passphrase rules', () => {
  it('a PIN needs at least 4 numbers', () => {
    expect(checkSecret('pin', '123')).toMatch(/at least 4/);
    expect(checkSecret('pin', '1234')).toBeNull();
    expect(checkSecret('pin', '123456')).toBeNull();
  });

  it('a PIN is numbers only', () => {
    expect(checkSecret('pin', '12a4')).toMatch(/numbers only/);
  });

  it('a passphrase needs at least 8 letters, not counting spaces at the ends', () => {
    expect(checkSecret('passphrase', '  short  ')).toMatch(/at least 8/);
    expect(checkSecret('passphrase', 'blue kettle sings')).toBeNull();
  });
});
