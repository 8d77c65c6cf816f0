import { expect, test } from '@playwright/test';
import { expectEmergencyCall, SMALL_PHONE, waitForServiceWorker } from './support/app';
import {
  expectAccessible,
  expectBigTargets,
  OFFICE_HOURS,
  pairWithCode,
  phoneSpec,
  seed,
  shoot,
} from './support/phone-link';

/**
 * Linking a phone, in real Chromium at a small phone's size, against the real server:
 * the caseworker makes a code through the console's API; the person types it (or opens the QR
 * link) and sees who their caseworker is, their agreed hours and the service.
 */

const api = phoneSpec({ timeout: 90_000 });

test('a typed code links the phone and shows the caseworker, their hours and the service', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Pairtest');
  await api.setHours(personId, {
    ...OFFICE_HOURS,
    weekly: [...OFFICE_HOURS.weekly, { day: 6, start: '10:00', end: '12:00' }],
  });
  const code = await api.pairingCode(personId);

  await page.goto('/pair');
  await expect(page.getByRole('heading', { name: 'Link my phone' })).toBeVisible();
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await expectBigTargets(page);
  await shoot(page, 'pair');

  // Typed the way people do: small letters, a space instead of the dash.
  await page.getByLabel('The code from your caseworker').fill(code.toLowerCase().replace('-', ' '));
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('heading', { name: 'Your phone is linked' })).toBeVisible();
  const card = page.getByRole('region', { name: 'Sam Samplecase' });
  await expect(card).toContainText(`Your caseworker at ${seed().service.name}`);
  // The weekly hours, then any bank holiday or closure in the next four weeks from the service
  // calendar (which ones depends on today's date, so only their form is checked).
  const lines = card.getByRole('listitem');
  await expect(lines.nth(0)).toHaveText('Monday to Friday: 9am to 5pm');
  await expect(lines.nth(1)).toHaveText('Saturday: 10am to midday');
  for (const extra of (await lines.allTextContents()).slice(2)) {
    expect(extra).toMatch(
      /^Not on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \(.+\)$/,
    );
  }
  await expect(card).toContainText(/Sam is (working now|back at (\d{1,2}(:\d\d)?(am|pm)|midday) )/);
  await expect(page.getByRole('link', { name: 'Send Sam a message' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on notifications' })).toBeVisible();
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await shoot(page, 'pair-linked');

  // Home now offers Messages and says who the phone is linked to, and when it last synced.
  await page.getByRole('link', { name: 'Go to the home screen' }).click();
  await expect(page.getByRole('link', { name: /^Messages/ })).toBeVisible();
  const team = page.getByRole('region', { name: 'My support team' });
  await expect(team).toContainText('Your caseworker is Sam Samplecase');
  await expect(team.getByTestId('last-updated')).toContainText(
    /Last updated (\d{1,2}(:\d\d)?(am|pm)|midday|midnight) today/,
  );
  await expectAccessible(page);
  await shoot(page, 'home-linked');

  // After a reload (and offline) the link and the caseworker are still there.
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('link', { name: /^Messages/ })).toBeVisible();
  await page.goto('/pair');
  await expect(page.getByRole('heading', { name: 'This phone is linked' })).toBeVisible();
  await page.context().setOffline(false);
});

test('the caseworker’s photo is kept on the phone and shows offline too', async ({ page }) => {
  // A small, real PNG: a picture of a coloured square.
  await page.setContent('<div style="width:96px;height:96px;background:#005eb8"></div>');
  const png = await page.locator('div').screenshot();
  await api.uploadPhoto(png);
  const personId = await api.addPerson('Robin Phototest');
  await pairWithCode(page, await api.pairingCode(personId));
  const photo = page.getByRole('img', { name: 'Photo of Sam Samplecase' });
  await expect(photo).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'This phone is linked' })).toBeVisible();
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  await page.context().setOffline(false);
});

test('the QR code’s link fills the code in; the person still chooses to link', async ({ page }) => {
  const personId = await api.addPerson('Robin Qrtest');
  const code = await api.pairingCode(personId);
  await page.goto(`/pair?code=${code}`);
  await expect(page.getByLabel('The code from your caseworker')).toHaveValue(code);
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('heading', { name: 'Your phone is linked' })).toBeVisible();
});

test('a wrong, used or badly typed code gets kind words and the code can be tried again', async ({
  page,
  browser,
}) => {
  const personId = await api.addPerson('Robin Wrongcode');
  const code = await api.pairingCode(personId);

  await page.goto('/pair');
  const input = page.getByLabel('The code from your caseworker');
  await input.fill('acd');
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: A code has 8 letters and numbers, like ACDE-FHJK. You typed 3. Please check it and try again.',
  );
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAccessibleDescription(/Error: A code has 8 letters/);

  // Eight characters, one of them a letter codes never use: say which, not "a code has 8".
  await input.fill('acde-fhj0');
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: There is no 0 in a code. Codes never use B, I, L, O, S, Z, 0, 1, 2, 5, 7 or 8, because they look like other letters. Please check the code and try again.',
  );
  await shoot(page, 'pair-code-letters');

  await input.fill('WWWW-WWWW');
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: We could not find that code. Please check each letter and try again.',
  );
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await shoot(page, 'pair-problem');

  // Someone else's phone used this code first.
  const other = await browser.newContext({ baseURL: seed().baseURL, ...SMALL_PHONE_CONTEXT });
  await pairWithCode(await other.newPage(), code);
  await other.close();
  await input.fill(code);
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: This code has been used already. Please ask your caseworker for a new one.',
  );

  // With no signal, it says so instead of failing quietly.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: You need the internet to link your phone. Please try again when you have signal.',
  );
  await page.context().setOffline(false);
});

test('too many tries (429) asks the person to wait, in plain words', async ({ page }) => {
  // Real wrong tries would lock this test machine's address out for the other specs, so the
  // server's 429 answer is played back here.
  await page.route('**/api/device/pair', (route) =>
    route.fulfill({
      status: 429,
      headers: { 'retry-after': '300', 'content-type': 'application/json' },
      body: JSON.stringify({ error: 'too_many_attempts', message: 'Too many tries.' }),
    }),
  );
  await page.goto('/pair');
  await page.getByLabel('The code from your caseworker').fill('ACDE-FHJK');
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Error: There have been too many tries for now. Please wait 5 minutes and try again.',
  );
});

test('where the phone can read QR codes, scanning links it too (never required)', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Scantest');
  const code = await api.pairingCode(personId);
  const qr = `${seed().baseURL}/pair?code=${code}`;
  // Chromium on Linux has no BarcodeDetector: stand one in, with a camera made from a canvas.
  await page.addInitScript((text) => {
    class FakeDetector {
      static getSupportedFormats() {
        return Promise.resolve(['qr_code']);
      }
      detect() {
        return Promise.resolve([{ rawValue: text }]);
      }
    }
    Object.defineProperty(window, 'BarcodeDetector', { value: FakeDetector });
    navigator.mediaDevices.getUserMedia = () => {
      const canvas = document.createElement('canvas');
      canvas.getContext('2d')?.fillRect(0, 0, 10, 10);
      return Promise.resolve(canvas.captureStream());
    };
  }, qr);
  await page.goto('/pair');
  await page.getByRole('button', { name: 'Scan the QR code instead' }).click();
  await expect(page.getByRole('heading', { name: 'Your phone is linked' })).toBeVisible();
});

test('with no QR reader, there is no scan button: typing always works', async ({ page }) => {
  await page.goto('/pair');
  await expect(page.getByRole('button', { name: 'Link my phone' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Scan the QR code instead' })).toHaveCount(0);
});

const SMALL_PHONE_CONTEXT = { viewport: SMALL_PHONE, isMobile: true, hasTouch: true };
