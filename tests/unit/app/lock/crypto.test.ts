import { describe, expect, it } from 'vitest';
import { createDataKey, rewrapDataKey, unwrapDataKey } from '../../../../src/app/lock/crypto';
import { seal, unseal } from '../../../../src/app/store/seal';

// Fewer PBKDF2 rounds than the app's 600,000 keep the suite quick; the maths is the same.
const FAST = 1_000;

describe('app lock crypto', () => {
  it('a sealed value opens again with the same key and context', async () => {
    const { key } = await createDataKey('123456', FAST);
    const value = { happening: 'I could not sleep and felt scared', strength: 8 };
    const sealed = await seal(key, value, 'hiu/entries/a');
    expect(await unseal(key, sealed, 'hiu/entries/a')).toEqual(value);
  });

  it('the sealed bytes do not contain the words', async () => {
    const { key } = await createDataKey('123456', FAST);
    const sealed = await seal(key, { text: 'scared at night' }, 'ctx');
    const bytes = new TextDecoder('latin1').decode(sealed.data);
    expect(bytes).not.toContain('scared');
  });

  it('the data key unwraps with the right PIN and is not extractable', async () => {
    const { key, wrapped } = await createDataKey('123456', FAST);
    expect(key.extractable).toBe(false);
    const again = await unwrapDataKey(wrapped, '123456');
    expect(again.extractable).toBe(false);
    const sealed = await seal(key, 'hello', 'ctx');
    expect(await unseal(again, sealed, 'ctx')).toBe('hello');
  });

  it('a wrong PIN does not unwrap the data key', async () => {
    const { wrapped } = await createDataKey('123456', FAST);
    await expect(unwrapDataKey(wrapped, '123457')).rejects.toThrow();
    await expect(unwrapDataKey(wrapped, '')).rejects.toThrow();
  });

  it('every seal uses a fresh 96-bit IV', async () => {
    const { key } = await createDataKey('passphrase words', FAST);
    const ivs = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const { iv } = await seal(key, 'same words', 'ctx');
      expect(iv.byteLength).toBe(12);
      ivs.add(Buffer.from(iv).toString('hex'));
    }
    expect(ivs.size).toBe(200);
  });

  it('changing one byte of the ciphertext is detected', async () => {
    const { key } = await createDataKey('123456', FAST);
    const sealed = await seal(key, { text: 'private' }, 'ctx');
    const data = new Uint8Array(sealed.data.slice(0));
    data[0] = (data[0] ?? 0) ^ 1;
    await expect(unseal(key, { iv: sealed.iv, data: data.buffer }, 'ctx')).rejects.toThrow();
  });

  it('changing the IV is detected', async () => {
    const { key } = await createDataKey('123456', FAST);
    const sealed = await seal(key, { text: 'private' }, 'ctx');
    const iv = new Uint8Array(sealed.iv);
    iv[3] = (iv[3] ?? 0) ^ 0xff;
    await expect(unseal(key, { iv, data: sealed.data }, 'ctx')).rejects.toThrow();
  });

  it('a ciphertext moved onto another record does not open', async () => {
    const { key } = await createDataKey('123456', FAST);
    const sealed = await seal(key, { text: 'private' }, 'hiu/entries/a');
    await expect(unseal(key, sealed, 'hiu/entries/b')).rejects.toThrow();
  });

  it('changing the PIN keeps the same data key (nothing is re-encrypted)', async () => {
    const { key, wrapped } = await createDataKey('1234', FAST);
    const sealed = await seal(key, 'still here', 'ctx');
    const rewrapped = await rewrapDataKey(wrapped, '1234', 'a long passphrase', FAST);
    await expect(unwrapDataKey(rewrapped, '1234')).rejects.toThrow();
    const next = await unwrapDataKey(rewrapped, 'a long passphrase');
    expect(await unseal(next, sealed, 'ctx')).toBe('still here');
  });

  it('changing the PIN needs the current PIN', async () => {
    const { wrapped } = await createDataKey('1234', FAST);
    await expect(rewrapDataKey(wrapped, '9999', '5678', FAST)).rejects.toThrow();
  });

  it('a PIN typed with different Unicode forms still unlocks (NFKC)', async () => {
    const { wrapped } = await createDataKey('café au lait', FAST);
    await expect(unwrapDataKey(wrapped, 'cafe\u0301 au lait')).resolves.toBeDefined();
  });
});
