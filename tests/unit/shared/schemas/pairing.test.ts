import { describe, expect, it } from 'vitest';
import {
  PAIRING_CODE_ALPHABET,
  PairingCode,
  formatPairingCode,
  isPairingCode,
  makePairingCode,
  normalisePairingCode,
} from '#shared/schemas/pairing';

describe('pairing codes', () => {
  it('use no lookalike characters', () => {
    for (const c of '0O1IL2Z5S8B7GU') expect(PAIRING_CODE_ALPHABET).not.toContain(c);
    expect(new Set(PAIRING_CODE_ALPHABET).size).toBe(PAIRING_CODE_ALPHABET.length);
  });

  it('are shown as two groups of four', () => {
    expect(formatPairingCode('ACDEFHJK')).toBe('ACDE-FHJK');
  });

  it('accept lower case, spaces and dashes as typed', () => {
    expect(normalisePairingCode(' acde-fhjk ')).toBe('ACDEFHJK');
    expect(normalisePairingCode('ac de – fh jk')).toBe('ACDEFHJK');
    expect(PairingCode.parse('acde fhjk')).toBe('ACDEFHJK');
  });

  it('read a typed G as 6 and U as V', () => {
    expect(normalisePairingCode('ACDG-FHUK')).toBe('ACD6FHVK');
    expect(PairingCode.parse('acdg-fhuk')).toBe('ACD6FHVK');
  });

  it('reject codes with the wrong length or characters that are never used', () => {
    for (const bad of ['ACDEFHJ', 'ACDEFHJKM', 'ACDEFHJ0', 'ACDEFHJO', 'ACDEFHJ1', '']) {
      expect(PairingCode.safeParse(bad).success).toBe(false);
      expect(isPairingCode(bad)).toBe(false);
    }
  });

  it('are made from the alphabet with every character possible', () => {
    let seed = 1;
    const bytes = (n: number) =>
      Uint8Array.from({ length: n }, () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        return seed >>> 24;
      });
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const code = makePairingCode(bytes);
      expect(isPairingCode(code)).toBe(true);
      expect(PairingCode.parse(code)).toBe(code);
      for (const c of code) seen.add(c);
    }
    expect(seen.size).toBe(PAIRING_CODE_ALPHABET.length);
  });

  it('never use a byte that would make some characters more likely', () => {
    // 242 and above are rejected (22 × 11 = 242); only the last byte is usable.
    const bytes = () => Uint8Array.from([...new Array<number>(15).fill(255), 0]);
    expect(makePairingCode(bytes)).toBe('AAAAAAAA');
  });
});
