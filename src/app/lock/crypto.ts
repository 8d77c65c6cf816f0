/**
 * WebCrypto pieces of the app lock. A random AES-GCM data key encrypts every record; the key
 * itself is stored only wrapped (AES-KW) under a key derived from the person's PIN or passphrase
 * with PBKDF2-SHA-256. See README.md in this folder for the threat model.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. About 85 ms in this machine's Chromium. */
export const KDF_ITERATIONS = 600_000;

/** What the keys store keeps: everything needed to unwrap the data key, given the secret. */
export interface WrappedKey {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  wrapped: ArrayBuffer;
}

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

/** PINs and passphrases compare the same however the keyboard composed the characters. */
export function normaliseSecret(secret: string): string {
  return secret.normalize('NFKC');
}

/** Derive the key-encrypting key from the secret. Slow on purpose. */
export async function deriveWrappingKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await subtle().importKey(
    'raw',
    encoder.encode(normaliseSecret(secret)),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * Make a new random data key and wrap it under the secret. The key handed back is
 * non-extractable: the raw bytes exist only inside this call.
 */
export async function createDataKey(
  secret: string,
  iterations = KDF_ITERATIONS,
): Promise<{ key: CryptoKey; wrapped: WrappedKey }> {
  const raw = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const wrapped = await wrapDataKey(raw, secret, iterations);
  const key = await unwrapDataKey(wrapped, secret);
  return { key, wrapped };
}

/** Wrap an extractable data key (only at creation) under a fresh salt. */
async function wrapDataKey(
  key: CryptoKey,
  secret: string,
  iterations: number,
): Promise<WrappedKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const kek = await deriveWrappingKey(secret, salt, iterations);
  const wrapped = await subtle().wrapKey('raw', key, kek, 'AES-KW');
  return { salt, iterations, wrapped };
}

/**
 * Unwrap the data key with the secret. AES-KW checks its own integrity, so a wrong secret
 * rejects here (with an OperationError) rather than giving a wrong key.
 */
export async function unwrapDataKey(wrapped: WrappedKey, secret: string): Promise<CryptoKey> {
  const kek = await deriveWrappingKey(secret, wrapped.salt, wrapped.iterations);
  return subtle().unwrapKey(
    'raw',
    wrapped.wrapped,
    kek,
    'AES-KW',
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Change the secret without re-encrypting anything: unwrap as extractable once, re-wrap under
 * the new secret, and let the extractable copy go.
 */
export async function rewrapDataKey(
  wrapped: WrappedKey,
  oldSecret: string,
  newSecret: string,
  iterations = KDF_ITERATIONS,
): Promise<WrappedKey> {
  const kek = await deriveWrappingKey(oldSecret, wrapped.salt, wrapped.iterations);
  const raw = await subtle().unwrapKey(
    'raw',
    wrapped.wrapped,
    kek,
    'AES-KW',
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
  return wrapDataKey(raw, newSecret, iterations);
}
