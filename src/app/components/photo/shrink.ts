import { catalogue } from '#shared/i18n';
import messages from './photo-shrink.messages.json' with { type: 'json' };
import {
  PHOTO_LONGEST_SIDE,
  PHOTO_MESSAGE_MAX_BYTES,
  PHOTO_ORIGINAL_MAX_BYTES,
} from '#shared/schemas/photo-message';

/**
 * Photos chosen on the phone, made ready to keep or send: drawn afresh at most
 * `PHOTO_LONGEST_SIDE` pixels a side and encoded as a new JPEG. Only pixels survive the
 * canvas, so the camera's EXIF (where and when it was taken, the phone's make) is left behind;
 * `imageOrientation: 'from-image'` turns the picture the right way up first, as that too is
 * only in the EXIF.
 */

/** A photo made ready: new JPEG bytes, no metadata. */
export interface ShrunkPhoto {
  type: 'image/jpeg';
  bytes: Uint8Array;
  width: number;
  height: number;
}

export type ShrinkProblem = 'too-big-to-open' | 'not-a-photo' | 'too-big';

export type ShrinkResult = ({ ok: true } & ShrunkPhoto) | { ok: false; problem: ShrinkProblem };

/** The size to draw at: the same shape, the longest side at most `longest`, never enlarged. */
export function fitWithin(
  width: number,
  height: number,
  longest = PHOTO_LONGEST_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

const t = catalogue('photo-shrink', messages);

/** Kind words for why a photo could not be used, with what to try. */
export function shrinkProblemWords(problem: ShrinkProblem): string {
  switch (problem) {
    case 'too-big-to-open':
      return t('tooBigToOpen', { megabytes: PHOTO_ORIGINAL_MAX_BYTES / 1024 / 1024 });
    case 'not-a-photo':
      return t('notAPhoto');
    case 'too-big':
      return t('tooBig');
  }
}

/** Qualities to try, best first, until the photo fits under the limit. */
const QUALITIES = [0.85, 0.7, 0.55, 0.4];

async function encode(
  canvas: OffscreenCanvas | HTMLCanvasElement,
  quality: number,
): Promise<Blob | null> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality });
  return new Promise((done) => canvas.toBlob(done, 'image/jpeg', quality));
}

function makeCanvas(width: number, height: number) {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/** Make a chosen photo ready to keep or send (see the top of this file). */
export async function shrinkPhoto(
  file: Blob,
  maxBytes = PHOTO_MESSAGE_MAX_BYTES,
): Promise<ShrinkResult> {
  if (file.size > PHOTO_ORIGINAL_MAX_BYTES) return { ok: false, problem: 'too-big-to-open' };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, problem: 'not-a-photo' };
  }
  try {
    const size = fitWithin(bitmap.width, bitmap.height);
    const canvas = makeCanvas(size.width, size.height);
    const context = canvas.getContext('2d') as
      OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!context) return { ok: false, problem: 'not-a-photo' };
    // A photo with see-through parts (a PNG) goes on white, as JPEG has no transparency.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    for (const quality of QUALITIES) {
      const blob = await encode(canvas, quality);
      if (!blob) return { ok: false, problem: 'not-a-photo' };
      if (blob.size > maxBytes) continue;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      if (!isJpeg(bytes)) return { ok: false, problem: 'not-a-photo' };
      return { ok: true, type: 'image/jpeg', bytes, ...size };
    }
    return { ok: false, problem: 'too-big' };
  } finally {
    bitmap.close();
  }
}
