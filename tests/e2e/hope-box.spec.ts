import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectEmergencyCall, waitForServiceWorker } from './support/app';
import { expectAccessible } from './support/axe';
import { EXIF_CLUE, hasApp1, jpegWithGps } from './support/exif-jpeg';
import { everythingStored, setPin, unlock } from './support/lock';
import { expectBigTargets, shoot } from './support/phone-link';

/**
 * The hope box with a lock set: a photo with EXIF GPS and a few words are kept on the phone,
 * sealed (no JPEG in the clear, no words), shown again smaller and without the EXIF, still
 * there offline after the app is locked and opened again, and taken out when asked.
 */
const PIN = '470258';
const NOTE = 'Mum and me in her garden in June';

/** The hope store's records, bytes as latin1, as someone with a copy of the storage sees them. */
function hopeStore(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ sealed: unknown; raw: string }[]>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('hope').objectStore('hope').getAll();
          all.onsuccess = () => {
            db.close();
            const latin1 = (v: ArrayBuffer | ArrayBufferView) => {
              const view =
                v instanceof ArrayBuffer
                  ? new Uint8Array(v)
                  : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
              let out = '';
              for (const b of view) out += String.fromCharCode(b);
              return out;
            };
            resolve(
              (all.result as { body: { sealed: unknown } }[]).map((r) => ({
                sealed: r.body.sealed,
                raw: JSON.stringify(r, (_k, v: unknown) =>
                  v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? latin1(v) : v,
                ),
              })),
            );
          };
        };
      }),
  );
}

test('with a lock set, a hope box photo is sealed on the phone and shown without its EXIF', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await waitForServiceWorker(page);
  await setPin(page, PIN);

  await page.goto('/');
  await unlock(page, PIN);
  // One tap from Help now, as from Calm.
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  await page.getByRole('link', { name: 'Look at the photos and words in my hope box' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My hope box' })).toBeVisible();
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  await expect(page.getByText('locked with your PIN')).toBeVisible();
  await expectEmergencyCall(page);
  await expectAccessible(page);

  // Keeping nothing is refused kindly.
  await page.getByRole('button', { name: 'Keep in my hope box' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: Please add a photo or write a few words first.',
  );

  const photo = await jpegWithGps(page, 2000, 1500);
  await page.getByLabel('Choose or take a photo').setInputFiles({
    name: 'garden.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  await expect(page.getByTestId('chosen-photo')).toBeVisible();
  await page.getByLabel('A few words (you can leave this empty)').fill(NOTE);
  await expectBigTargets(page);
  await page.getByRole('button', { name: 'Keep in my hope box' }).click();
  const kept = page.getByRole('list', { name: 'In my hope box' }).getByRole('listitem');
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(NOTE);
  await expectAccessible(page);
  await shoot(page, 'hope-box');

  // On disk: sealed, with no JPEG and no words readable.
  const records = await hopeStore(page);
  expect(records).toHaveLength(1);
  expect(records[0]!.sealed).toBe(true);
  expect(records[0]!.raw).not.toContain('\xff\xd8\xff');
  expect(records[0]!.raw).not.toContain('/9j/');
  expect(records[0]!.raw).not.toContain('garden');
  const stored = await everythingStored(page);
  expect(stored).not.toContain(NOTE);
  expect(stored).not.toContain(EXIF_CLUE);

  // Shown: smaller, and the EXIF (GPS) is gone.
  const shown = kept.getByTestId('hope-photo');
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
  const src = (await shown.getAttribute('src')) ?? '';
  expect(src.startsWith('data:image/jpeg;base64,')).toBe(true);
  const bytes = Buffer.from(src.slice('data:image/jpeg;base64,'.length), 'base64');
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(hasApp1(bytes)).toBe(false);
  expect(bytes.toString('latin1')).not.toContain(EXIF_CLUE);

  // Offline and locked again: it opens with the PIN, from the phone alone.
  await page.context().setOffline(true);
  await page.reload();
  await unlock(page, PIN);
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText(NOTE);
  await page.context().setOffline(false);

  // At 200% text (set in place: a new load would lock the app again), nothing scrolls sideways.
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expect(kept).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
    false,
  );
  await shoot(page, 'hope-box-200');
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));

  // My data has the hope box: the words, and the photo opened with the PIN, as a data: URL.
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await page.getByRole('link', { name: 'See all my data on one page' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'My hope box' })).toBeVisible();
  const exported = page.getByTestId('export-hope');
  await expect(exported).toContainText(NOTE);
  await expect
    .poll(() => exported.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(1600);
  await expectAccessible(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
    false,
  );
  await shoot(page, 'hope-export-200');
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download it as a file' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    hopeBox: { note: string; photoDataUrl: string | null }[];
  };
  expect(file.hopeBox).toHaveLength(1);
  expect(file.hopeBox[0]!.note).toBe(NOTE);
  const url = file.hopeBox[0]!.photoDataUrl ?? '';
  expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
  const inFile = Buffer.from(url.slice('data:image/jpeg;base64,'.length), 'base64');
  expect([...inFile.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(inFile.toString('latin1')).not.toContain(EXIF_CLUE);
  await page.getByRole('link', { name: 'Help now' }).first().click();
  await page.getByRole('link', { name: 'Look at the photos and words in my hope box' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My hope box' })).toBeVisible();

  // Taking it out asks first, then it is gone from the phone.
  await kept.getByRole('button', { name: 'Take it out' }).click();
  await page.getByRole('button', { name: 'Yes, take it out' }).click();
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  expect(await hopeStore(page)).toEqual([]);
});
