import { PHOTO_MAX_BYTES } from '#shared/schemas/connect';

/** What the server takes for a caseworker's photo (`endpoints.auth.uploadPhoto`). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** A photo on a phone's guide card is small: this is plenty, and keeps files light. */
const SHRINK_TO_PX = 640;

export type PreparedPhoto =
  | { ok: true; file: Blob; preview: string; shrunkFrom: number | null }
  | { ok: false; message: string };

function isPhotoType(type: string): boolean {
  return PHOTO_TYPES.some((t) => t === type);
}

/** "120 KB", "2.4 MB". */
export function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A data: URL for an <img>: our CSP allows data: and same-origin images, not blob:. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result: unknown = reader.result;
      if (typeof result === 'string') resolve(result);
      else reject(new Error('Could not read the photo'));
    };
    reader.onerror = () => reject(new Error('Could not read the photo'));
    reader.readAsDataURL(blob);
  });
}

/** A smaller JPEG of a big photo, or null if the browser cannot read it as an image. */
async function shrink(file: Blob): Promise<Blob | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  const scale = Math.min(1, SHRINK_TO_PX / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
}

const WRONG_TYPE =
  'This file is not a photo we can use. Choose a photo saved as JPEG, PNG or WebP (most photos from a phone or camera are JPEG).';

/**
 * Checks a chosen file, making a large photo smaller in the browser so that the caseworker is
 * not sent away to resize it; explains kindly when that cannot be done.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  if (!isPhotoType(file.type)) return { ok: false, message: WRONG_TYPE };
  let upload: Blob = file;
  let shrunkFrom: number | null = null;
  if (file.size > PHOTO_MAX_BYTES) {
    const smaller = await shrink(file);
    if (!smaller || smaller.size > PHOTO_MAX_BYTES) {
      return {
        ok: false,
        message: `This photo is ${size(file.size)}, and we could not make it smaller than ${size(PHOTO_MAX_BYTES)}. Try a different photo, or crop this one first.`,
      };
    }
    upload = smaller;
    shrunkFrom = file.size;
  }
  try {
    return { ok: true, file: upload, preview: await dataUrl(upload), shrunkFrom };
  } catch {
    return { ok: false, message: 'We could not open this photo. Try a different one.' };
  }
}
