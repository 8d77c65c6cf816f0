import { describe, expect, it } from 'vitest';
import { preparePhoto, sniffPhotoType } from '../../../../src/server/photos/image';
import { tinyJpeg, tinyPng, tinyWebp } from '../../../integration/support/images';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('photo uploads', () => {
  it('are recognised by their first bytes, not by what they say they are', () => {
    expect(sniffPhotoType(tinyJpeg())).toBe('image/jpeg');
    expect(sniffPhotoType(tinyPng())).toBe('image/png');
    expect(sniffPhotoType(tinyWebp())).toBe('image/webp');
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a...'))).toBeUndefined();
    expect(sniffPhotoType(new Uint8Array())).toBeUndefined();
  });

  it('must be the type they claim', () => {
    expect(preparePhoto('image/jpeg', tinyPng())).toEqual({ ok: false, reason: 'wrong-type' });
    expect(preparePhoto('image/png', new TextEncoder().encode('<svg/>'))).toEqual({
      ok: false,
      reason: 'not-an-image',
    });
  });

  it('lose EXIF and comments from a JPEG, and keep the rest byte for byte', () => {
    const result = preparePhoto('image/jpeg', tinyJpeg('GPS 51.5N'));
    if (!result.ok) throw new Error('expected a photo');
    expect(latin1(result.bytes)).not.toContain('GPS');
    expect(latin1(result.bytes)).not.toContain('a comment');
    expect(latin1(result.bytes)).toContain('JFIF');
    expect(latin1(result.bytes).endsWith('\xff\xd9')).toBe(true);
  });

  it('lose text chunks from a PNG', () => {
    const result = preparePhoto('image/png', tinyPng('Home address'));
    if (!result.ok) throw new Error('expected a photo');
    expect(result.bytes).toEqual(tinyPng());
  });

  it('lose EXIF and XMP from a WebP, with the VP8X flags and RIFF size put right', () => {
    const vp8l = Buffer.from([0x2f, 0, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe]);
    // VP8X: flags byte says EXIF (0x08), XMP (0x04) and alpha (0x10); then 3 reserved bytes and
    // the canvas size (1x1, stored minus one).
    const vp8x = Buffer.from([0x08 | 0x04 | 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const webp = riff([
      chunk('VP8X', vp8x),
      chunk('VP8L', vp8l),
      chunk('EXIF', Buffer.from('GPS 51.5N, odd')),
      chunk('XMP ', Buffer.from('<x:xmpmeta>Home</x:xmpmeta>')),
    ]);
    const result = preparePhoto('image/webp', webp);
    if (!result.ok) throw new Error('expected a photo');
    const out = Buffer.from(result.bytes);
    expect(out.toString('latin1')).not.toMatch(/GPS|Home|EXIF|XMP/);
    expect(out.readUInt32LE(4)).toBe(out.length - 8);
    expect(out.toString('latin1', 12, 16)).toBe('VP8X');
    expect(out[20]).toBe(0x10);
    expect(out.toString('latin1')).toContain('VP8L');
    // Already clean: unchanged, byte for byte.
    expect(preparePhoto('image/webp', tinyWebp())).toEqual({
      ok: true,
      type: 'image/webp',
      bytes: tinyWebp(),
    });
  });

  it('that are cut short are refused', () => {
    const png = tinyPng();
    expect(preparePhoto('image/png', png.subarray(0, png.length - 5)).ok).toBe(false);
    const jpeg = tinyJpeg();
    expect(preparePhoto('image/jpeg', jpeg.subarray(0, 12)).ok).toBe(false);
    const webp = tinyWebp();
    expect(preparePhoto('image/webp', webp.subarray(0, webp.length - 2)).ok).toBe(false);
  });
});

function chunk(type: string, data: Buffer): Buffer {
  const size = Buffer.alloc(4);
  size.writeUInt32LE(data.length);
  const pad = data.length % 2 ? Buffer.from([0]) : Buffer.alloc(0);
  return Buffer.concat([Buffer.from(type, 'latin1'), size, data, pad]);
}

function riff(chunks: Buffer[]): Uint8Array {
  const body = Buffer.concat([Buffer.from('WEBP'), ...chunks]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(body.length);
  return new Uint8Array(Buffer.concat([Buffer.from('RIFF'), size, body]));
}
