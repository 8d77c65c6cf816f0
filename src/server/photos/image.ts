/**
 * Photos as uploaded: the bytes must really be the image type they claim (by their magic
 * numbers, not the Content-Type alone), and we drop the metadata a phone camera adds (EXIF can
 * carry where a photo was taken: a caseworker's home) from JPEG, PNG and WebP alike. Nothing
 * here decodes pixels.
 */

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const isPhotoType = (type: string): type is PhotoType => PHOTO_TYPES.some((t) => t === type);

/** Where a stored photo is served. */
export const photoUrl = (id: string) => `/api/photos/${id}`;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

/** The image type the bytes are, by their first bytes; undefined if none we take. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') {
    return 'image/webp';
  }
  return undefined;
}

/** JPEG markers we keep before the image data: JFIF (APP0), ICC colour (APP2), Adobe (APP14). */
const KEEP_APP = new Set([0xe0, 0xe2, 0xee]);

/** A JPEG without EXIF, XMP and comments; undefined if its structure is broken. */
function stripJpeg(bytes: Uint8Array): Uint8Array | undefined {
  const out: Uint8Array[] = [bytes.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    // Start of scan: the compressed image follows; keep everything from here.
    if (marker === 0xda) {
      out.push(bytes.subarray(i));
      return concat(out);
    }
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > bytes.length) return undefined;
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const drop = (isApp && !KEEP_APP.has(marker)) || marker === 0xfe;
    if (!drop) out.push(bytes.subarray(i, i + 2 + length));
    i += 2 + length;
  }
  return undefined;
}

/** PNG text and EXIF chunks (and the time stamp) go; everything else stays as it is. */
const DROP_PNG = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(bytes: Uint8Array): Uint8Array | undefined {
  const out: Uint8Array[] = [bytes.subarray(0, 8)];
  let i = 8;
  let sawEnd = false;
  while (i + 12 <= bytes.length) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + i, 4);
    const length = view.getUint32(0);
    const type = ascii(bytes, i + 4, 4);
    const end = i + 12 + length;
    if (end > bytes.length) return undefined;
    if (!DROP_PNG.has(type)) out.push(bytes.subarray(i, end));
    i = end;
    if (type === 'IEND') {
      sawEnd = true;
      break;
    }
  }
  return sawEnd ? concat(out) : undefined;
}

/** WebP chunks that carry metadata, and their flags in the VP8X header (EXIF 0x08, XMP 0x04). */
const DROP_WEBP = new Set(['EXIF', 'XMP ']);
const VP8X_METADATA_FLAGS = 0x08 | 0x04;

/**
 * A WebP without its EXIF and XMP chunks (the VP8X flags are cleared to match and the RIFF size
 * rewritten); undefined if the RIFF structure is broken.
 */
function stripWebp(bytes: Uint8Array): Uint8Array | undefined {
  const view = (at: number) => new DataView(bytes.buffer, bytes.byteOffset + at, 4);
  if (view(4).getUint32(0, true) + 8 !== bytes.length) return undefined;
  const out: Uint8Array[] = [];
  let i = 12;
  while (i < bytes.length) {
    if (i + 8 > bytes.length) return undefined;
    const type = ascii(bytes, i, 4);
    const size = view(i + 4).getUint32(0, true);
    // Chunks are padded to an even length.
    const end = i + 8 + size + (size % 2);
    if (end > bytes.length) return undefined;
    if (type === 'VP8X' && size >= 1) {
      const chunk = bytes.slice(i, end);
      chunk[8] = (chunk[8] ?? 0) & ~VP8X_METADATA_FLAGS;
      out.push(chunk);
    } else if (!DROP_WEBP.has(type)) {
      out.push(bytes.subarray(i, end));
    }
    i = end;
  }
  const body = concat(out);
  const header = new Uint8Array(12);
  header.set(bytes.subarray(0, 12));
  new DataView(header.buffer).setUint32(4, body.length + 4, true);
  return concat([header, body]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type PhotoCheck =
  | { ok: true; type: PhotoType; bytes: Uint8Array }
  | { ok: false; reason: 'not-an-image' | 'wrong-type' };

/** Check an upload claims a type we take and really is one; strip its metadata. */
export function preparePhoto(claimed: string, bytes: Uint8Array): PhotoCheck {
  const actual = sniffPhotoType(bytes);
  if (!actual) return { ok: false, reason: 'not-an-image' };
  if (actual !== claimed) return { ok: false, reason: 'wrong-type' };
  const cleaned =
    actual === 'image/jpeg'
      ? stripJpeg(bytes)
      : actual === 'image/png'
        ? stripPng(bytes)
        : stripWebp(bytes);
  return cleaned
    ? { ok: true, type: actual, bytes: cleaned }
    : { ok: false, reason: 'not-an-image' };
}
