/**
 * A real JPEG that carries EXIF with GPS, made for a test: Chromium draws a picture and encodes
 * it (no EXIF), then an APP1 segment is put in after the start marker, holding a TIFF header,
 * an IFD with a GPS pointer, and a GPS IFD whose latitude reference is 'N' and a made-up
 * place name beside it. The place name is what a test looks for in bytes afterwards.
 */
import type { Page } from '@playwright/test';

/** Words kept in the EXIF of the made-up photo: if they survive, the metadata did. */
export const EXIF_CLUE = 'GPS 53.4808N 2.2426W Mill Lane';

function exifSegment(): Buffer {
  // Big-endian TIFF: header, IFD0 with one entry (GPSInfo, tag 0x8825) pointing at the GPS IFD,
  // which has one entry (GPSLatitudeRef = "N"). The clue follows as an ASCII trailer.
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 12 + 4);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x8825, 10); // GPSInfo
  tiff.writeUInt16BE(4, 12); // LONG
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt32BE(26, 18); // offset of the GPS IFD
  tiff.writeUInt32BE(0, 22); // no next IFD
  tiff.writeUInt16BE(1, 26);
  tiff.writeUInt16BE(0x0001, 28); // GPSLatitudeRef
  tiff.writeUInt16BE(2, 30); // ASCII
  tiff.writeUInt32BE(2, 32);
  tiff.write('N\0', 36, 'latin1');
  tiff.writeUInt32BE(0, 40);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff, Buffer.from(EXIF_CLUE)]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A `width` by `height` JPEG with EXIF GPS in it, drawn by the browser behind `page`. */
export async function jpegWithGps(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const c = canvas.getContext('2d')!;
      const sky = c.createLinearGradient(0, 0, 0, h);
      sky.addColorStop(0, '#7fb2e5');
      sky.addColorStop(1, '#2d6a2d');
      c.fillStyle = sky;
      c.fillRect(0, 0, w, h);
      c.fillStyle = '#f2c14e';
      c.beginPath();
      c.arc(w * 0.7, h * 0.3, h * 0.15, 0, Math.PI * 2);
      c.fill();
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(binary);
    },
    [width, height] as const,
  );
  const plain = Buffer.from(base64, 'base64');
  return Buffer.concat([plain.subarray(0, 2), exifSegment(), plain.subarray(2)]);
}

/** Whether JPEG bytes have an APP1 (EXIF or XMP) segment before the image data. */
export function hasApp1(bytes: Buffer): boolean {
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1]!;
    if (marker === 0xda) return false;
    if (marker === 0xe1) return true;
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return false;
}
