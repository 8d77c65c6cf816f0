/** Bytes as base64, in slices (one big `String.fromCharCode(...)` overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A picture as a `data:` URL (the app's CSP allows `img-src 'self' data:`, not blob:). */
export const dataUrlOf = (type: string, base64: string) => `data:${type};base64,${base64}`;
