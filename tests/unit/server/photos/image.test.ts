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

  it('that are cut short are refused', () => {
    const png = tinyPng();
    expect(preparePhoto('image/png', png.subarray(0, png.length - 5)).ok).toBe(false);
    const jpeg = tinyJpeg();
    expect(preparePhoto('image/jpeg', jpeg.subarray(0, 12)).ok).toBe(false);
    const webp = tinyWebp();
    expect(preparePhoto('image/webp', webp.subarray(0, webp.length - 2)).ok).toBe(false);
  });
});
