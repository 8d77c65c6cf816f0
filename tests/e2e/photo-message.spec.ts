import { expect, test, type Page } from '@playwright/test';
import { nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import { expectEmergencyCall, expectReadableAt200 } from './support/app';
import { DESK, signInAs } from './support/console-walk';
import { EXIF_CLUE, hasApp1, jpegWithGps } from './support/exif-jpeg';
import {
  expectAccessible,
  expectBigTargets,
  pairWithCode,
  phoneSpec,
  shoot,
  closedNow,
} from './support/phone-link';

/**
 * A photo to the caseworker, two contexts against one real server: the person chooses a big
 * photo with EXIF GPS in it while offline; the phone makes it smaller and draws it afresh, and
 * it waits in the outbox; back online it is delivered once; Sam sees it in the console's
 * thread, 1600 pixels at the longest side and with no EXIF left in its bytes.
 */
const api = phoneSpec({ timeout: 150_000 });

async function syncNow(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

test('a photo sent offline arrives once, smaller and with no EXIF, in the console', async ({
  page,
  browser,
}) => {
  const personId = await api.addPerson('Robin Phototest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
  const photo = await jpegWithGps(page, 2400, 1800);
  expect(photo.toString('latin1')).toContain(EXIF_CLUE);
  expect(hasApp1(photo)).toBe(true);

  await page.goto('/messages');
  await expect(page.getByRole('heading', { name: 'Messages with Sam' })).toBeVisible();
  await page.context().setOffline(true);

  // Nothing chosen and nothing written: a kind nudge, not a send.
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: Please write your message or add a photo first.',
  );
  // A file that is not a photo is refused on the phone, kindly.
  await page.getByLabel('Add a photo').setInputFiles({
    name: 'notes.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from('these are not the bytes of a photo'),
  });
  await expect(page.getByRole('alert')).toHaveText(
    'Error: Sorry, that file could not be opened as a photo. Try a different photo.',
  );

  await page.getByLabel('Add a photo').setInputFiles({
    name: 'walk.jpg',
    mimeType: 'image/jpeg',
    buffer: photo,
  });
  await expect(page.getByTestId('chosen-photo')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('Write a message to Sam').fill('Out on a walk by the canal');
  await expectAccessible(page);
  await expectBigTargets(page);
  await shoot(page, 'photo-chosen');
  await page.getByRole('button', { name: 'Send photo' }).click();

  const thread = page.getByRole('list', { name: 'Messages with Sam' });
  const mine = thread.getByRole('listitem').last();
  await expect(mine.getByRole('img', { name: 'Your photo' })).toBeVisible();
  await expect(mine.getByTestId('message-status')).toHaveText('Waiting to send');
  expect(await api.messages(personId)).toEqual([]);

  // Kept on the phone as a new JPEG, smaller, without the EXIF (no lock: kept plain).
  const queued = await page.evaluate(async () => {
    const open = indexedDB.open('hiu-companion');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const all = db.transaction('outbox').objectStore('outbox').getAll();
    const records = await new Promise<{ endpoint: string; body: { value?: unknown } }[]>(
      (done) => (all.onsuccess = () => done(all.result)),
    );
    db.close();
    return records.filter((r) => r.endpoint === 'device.sendPhoto').map((r) => r.body);
  });
  expect(queued).toHaveLength(1);
  const kept = JSON.stringify(queued);
  const keptJpeg = Buffer.from(/"data":"([A-Za-z0-9+/=]+)"/.exec(kept)![1]!, 'base64');
  expect([...keptJpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(hasApp1(keptJpeg)).toBe(false);
  expect(keptJpeg.length).toBeLessThan(photo.length);

  await page.context().setOffline(false);
  await syncNow(page);
  await expect(mine.getByTestId('message-status')).toHaveText('Sent to Sam', { timeout: 20_000 });
  await syncNow(page);
  // Once sent, the thread still shows the photo: the phone keeps its own copy.
  await expect(mine.getByTestId('message-status')).toHaveText('Sent to Sam');
  await page.reload();
  await expect(mine.getByRole('img', { name: 'Your photo' })).toBeVisible();
  await expect
    .poll(() =>
      mine
        .getByRole('img', { name: 'Your photo' })
        .evaluate((i: HTMLImageElement) => i.naturalWidth),
    )
    .toBe(1600);
  await expect(mine).not.toContainText('You sent a photo.');
  const arrived = await api.messages(personId);
  expect(arrived).toHaveLength(1);
  expect(arrived[0]).toMatchObject({ body: 'Out on a walk by the canal', photo: true });
  await expectEmergencyCall(page);
  await shoot(page, 'photo-sent');
  await expectReadableAt200(page, [['/messages', 'Messages with Sam']], (p, name) =>
    shoot(p, `photo-${name.replaceAll(' ', '-')}-200`),
  );

  // A photo kept in the hope box leaves the phone only when the person sends it.
  await page.goto('/hope');
  await page.getByLabel('Choose or take a photo').setInputFiles({
    name: 'garden.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpegWithGps(page, 900, 1200),
  });
  await page.getByLabel('A few words (you can leave this empty)').fill('The allotment in May');
  await page.getByRole('button', { name: 'Keep in my hope box' }).click();
  expect(await api.messages(personId)).toHaveLength(1);
  await page.getByRole('button', { name: 'Send this photo to Sam' }).click();
  await expect(page.getByText('This photo is in your messages with Sam.')).toBeVisible();
  await expect.poll(async () => (await api.messages(personId)).length).toBe(2);
  expect((await api.messages(personId))[1]).toMatchObject({
    body: 'The allotment in May',
    photo: true,
  });

  const context = await browser.newContext(DESK);
  const desk = await context.newPage();
  await signInAs(desk, 'sam');
  await desk.goto(`/console/#/people/${personId}/messages`);
  const shown = desk.getByRole('img', { name: 'A photo Robin Phototest sent' }).first();
  await expect(shown).toBeVisible();
  await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1600);
  expect(await shown.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(1200);
  const src = await shown.getAttribute('src');
  expect(src).toMatch(/^\/api\/people\/[0-9a-f-]+\/messages\/[0-9a-f-]+\/photo$/);
  const served = await desk.request.get(src!);
  expect(served.headers()['content-type']).toBe('image/jpeg');
  const bytes = Buffer.from(await served.body());
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
  expect(hasApp1(bytes)).toBe(false);
  expect(bytes.toString('latin1')).not.toContain('Exif');
  expect(bytes.toString('latin1')).not.toContain(EXIF_CLUE);
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/connect-photo-console.png', fullPage: true });
  await context.close();
});

test('out of hours a photo from the hope box or the message box shows the same notice first, and the sent photo stays on the phone', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Latephoto');
  const hours = closedNow(new Date());
  await api.setHours(personId, hours);
  await pairWithCode(page, await api.pairingCode(personId));
  const now = new Date();
  const opens = nextOpening(hours, now);
  if (!opens) throw new Error('the hours never open');
  const when = describeWhen(opens, now);

  await page.goto('/hope');
  await page.getByLabel('Choose or take a photo').setInputFiles({
    name: 'beach.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpegWithGps(page, 1200, 900),
  });
  await page.getByLabel('A few words (you can leave this empty)').fill('The beach at Filey');
  await page.getByRole('button', { name: 'Keep in my hope box' }).click();
  await page.getByRole('button', { name: 'Send this photo to Sam' }).click();

  const warning = page.getByRole('region', { name: 'Sam is not working right now' });
  await expect(warning).toContainText(`Sam will read this from ${when}.`);
  await expect(warning.getByRole('img', { name: 'The photo you are sending' })).toBeVisible();
  await expect(warning.getByRole('link', { name: 'Help now' })).toHaveAttribute('href', '/help');
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(
    false,
  );
  await shoot(page, 'hope-photo-outside-200');
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
  await shoot(page, 'hope-photo-outside');
  expect(await api.messages(personId)).toEqual([]);

  // "Do not send it yet" keeps it; sending it later puts it in the messages, held for Sam.
  await warning.getByRole('button', { name: 'Do not send it yet' }).click();
  await expect(warning).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send this photo to Sam' })).toBeFocused();
  await page.getByRole('button', { name: 'Send this photo to Sam' }).click();
  await warning.getByRole('button', { name: 'Send it for Sam to read later' }).click();
  await expect(page.getByText('This photo is in your messages with Sam.')).toBeVisible();
  await expect.poll(async () => (await api.messages(personId)).length).toBe(1);
  expect((await api.messages(personId))[0]).toMatchObject({
    photo: true,
    body: 'The beach at Filey',
  });
  expect((await api.messages(personId))[0]!.heldUntil).not.toBeNull();

  // The thread shows the photo that went, from the phone's own copy.
  await page.goto('/messages');
  const mine = page.getByRole('list', { name: 'Messages with Sam' }).getByRole('listitem').last();
  await expect(mine.getByTestId('message-status')).not.toHaveText('Waiting to send');
  await expect(mine.getByRole('img', { name: 'Your photo' })).toBeVisible();
  await expect(mine).toContainText('The beach at Filey');

  // A photo from the message box out of hours: the same notice (with the photo) before it goes.
  await page.getByLabel('Add a photo').setInputFiles({
    name: 'tea.jpg',
    mimeType: 'image/jpeg',
    buffer: await jpegWithGps(page, 800, 600),
  });
  await page.getByRole('button', { name: 'Send photo' }).click();
  await expect(warning).toContainText(`Sam will read this from ${when}.`);
  await expect(warning.getByRole('img', { name: 'The photo you are sending' })).toBeVisible();
  await expectAccessible(page);
});
