import { crc32, deflateSync } from 'node:zlib';

/** Small real image files for upload tests, made here rather than kept as binary fixtures. */

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 PNG; with `text`, a tEXt chunk carrying it (metadata the server must drop). */
export function tinyPng(text?: string): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const pixels = deflateSync(Buffer.from([0, 0x33, 0x66, 0x99])); // filter byte + one pixel
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      ...(text ? [chunk('tEXt', Buffer.from(`Comment\0${text}`, 'latin1'))] : []),
      chunk('IDAT', pixels),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

function segment(marker: number, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/**
 * A JPEG's structure (SOI, JFIF, an EXIF segment with `exif`, SOS, EOI). The server checks
 * structure and strips metadata; it never decodes pixels, so no real scan data is needed.
 */
export function tinyJpeg(exif = 'GPS 51.5072N 0.1276W'): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
      segment(0xe1, Buffer.from(`Exif\0\0${exif}`, 'latin1')),
      segment(0xfe, Buffer.from('a comment', 'latin1')),
      segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
      Buffer.from([0x12, 0x34, 0xff, 0xd9]),
    ]),
  );
}

/** A WebP container (RIFF size right), as much as the server checks. */
export function tinyWebp(): Uint8Array {
  const vp8l = Buffer.from([0x2f, 0, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe]);
  const body = Buffer.concat([Buffer.from('WEBP'), Buffer.from('VP8L'), le32(vp8l.length), vp8l]);
  const padded = vp8l.length % 2 ? Buffer.concat([body, Buffer.from([0])]) : body;
  return new Uint8Array(Buffer.concat([Buffer.from('RIFF'), le32(padded.length), padded]));
}

function le32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
