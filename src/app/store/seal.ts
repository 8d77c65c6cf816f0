/**
 * Sealing a record's words with the data key (AES-GCM). The key itself is made, wrapped and
 * unwrapped by the app lock (src/app/lock/crypto.ts); the store only ever uses it here.
 */

/** A record's encrypted body: a fresh 96-bit IV and the AES-GCM ciphertext (tag included). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Encrypt a JSON value. `context` (the record's store and id) is bound in as additional data,
 * so a ciphertext copied onto another record does not open.
 */
export async function seal(key: CryptoKey, value: unknown, context: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Decrypt a sealed JSON value. Rejects if the bytes, the IV or the context were changed. */
export async function unseal(key: CryptoKey, sealed: Sealed, context: string): Promise<unknown> {
  const plain = await globalThis.crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(context) },
    key,
    sealed.data,
  );
  return JSON.parse(decoder.decode(plain));
}
