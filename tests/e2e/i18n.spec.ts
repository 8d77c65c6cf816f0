import { expect, test } from '@playwright/test';
import { saveScreen, SMALL_PHONE } from './support/app';
import { textsNotFromCatalogue } from './support/catalogue-check';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';

/*
 * Every word the app shows comes from a message catalogue. In the `en-XA` pseudo-locale each
 * catalogue message is accented inside ⟦brackets⟧, so any plain English left on a screen was
 * written into the code: these tests fail on it, screen by screen. `ar-XB` lays the app out
 * right to left, for the screenshots.
 */

// Monday midday (GMT): the GP and the caseworker are open, so every card shows its buttons.
const MONDAY_1200 = new Date('2026-11-23T12:00:00Z');

/** The app's screens, as a person could open them with a synced profile on the phone. */
const SCREENS = [['help', '/help']] as const;

test.use({ viewport: SMALL_PHONE });

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: MONDAY_1200 });
  await page.goto('/?lang=en-XA');
  await storeProfile(page, PROFILE_WITH_GP);
});

for (const [name, path] of SCREENS) {
  test(`every word on ${name} comes from a catalogue`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(page.locator('main h1').first()).toContainText('⟦');
    expect(await textsNotFromCatalogue(page)).toEqual([]);
  });
}

test('the pseudo-locale is kept: the next visit without ?lang= is still in it', async ({
  page,
}) => {
  await page.goto('/help');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('⟦Ĥéĺƥ ñöŵ⟧');
});

test('the check itself finds words written into the code', async ({ page }) => {
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Written into the code';
    document.querySelector('main')?.append(p);
  });
  expect(await textsNotFromCatalogue(page)).toEqual(['Written into the code']);
});

test('right to left: the page is mirrored and 999 stays one tap away', async ({ page }) => {
  await page.goto('/help?lang=ar-XB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const call = page.locator('a[data-emergency="999"]');
  await expect(call).toBeVisible();
  await expect(call).toHaveAttribute('href', 'tel:999');
  await expect(call).toContainText('999');
  await saveScreen(page, 'i18n-rtl-help');
  // Back to English for the other tests' phones.
  await page.goto('/help?lang=en-GB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
