import { expect, test } from '@playwright/test';
import { saveScreen, SMALL_PHONE } from './support/app';
import { textsNotFromCatalogue } from './support/catalogue-check';
import { pairWithCode, samSession, seed } from './support/phone-link';
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
const SCREENS = [
  ['help', '/help'],
  ['home', '/'],
  ['my journal', '/journal'],
  ['how I am feeling', '/journal/feeling'],
  ['a new journal entry', '/journal/entry/new'],
  ['my plan', '/plan'],
  ['the plan for a professional', '/plan/professional'],
  ['calm', '/calm'],
  ['the hope box', '/hope'],
  ['goals', '/goals'],
  ['staying in touch', '/contacts'],
  ['the check-in', '/check-in'],
] as const;

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

test('every word of each feeling step, the saved screen, the list and the entry comes from a catalogue', async ({
  page,
}) => {
  await page.goto('/journal/feeling');
  const heading = page.locator('main h1').first();
  for (let step = 1; step <= 6; step++) {
    await expect(page.getByText(new RegExp(`${step}.*6`)).first()).toBeVisible();
    await expect(heading).toContainText('⟦');
    // Answer the first two steps, so the entry has words of ours to show later.
    if (step <= 2) await page.locator('main label').first().click();
    expect(await textsNotFromCatalogue(page), `step ${step}`).toEqual([]);
    await page.locator('main form button[type=submit]').click();
  }
  await expect(page.locator('main a[href="/journal"]')).toBeVisible();
  expect(await textsNotFromCatalogue(page), 'saved').toEqual([]);
  await page.goto('/journal');
  const entry = page.locator('main a[href^="/journal/entry/"]:not([href$="/new"])').first();
  await expect(entry).toBeVisible();
  expect(await textsNotFromCatalogue(page), 'the list').toEqual([]);
  await entry.click();
  await expect(page.locator('main dl')).toBeVisible();
  expect(await textsNotFromCatalogue(page), 'the entry').toEqual([]);
});

test('a linked phone: home, goals, staying in touch and the check-in come from catalogues', async ({
  page,
  baseURL,
}) => {
  // Linked in English (the pairing helper reads the English words), then looked at in en-XA.
  await page.goto('/?lang=en-GB');
  const { api, headers, ok } = await samSession(baseURL ?? seed().baseURL);
  const person = (await ok(
    await api.post('/api/people', { data: { displayName: 'Rui Catalogue' }, headers }),
  )) as { id: string };
  await ok(await api.put(`/api/people/${person.id}/hours`, { data: { kind: 'always' }, headers }));
  await ok(
    await api.post(`/api/people/${person.id}/goals`, {
      data: {
        title: 'Go to the Tuesday walking group',
        milestones: [{ title: 'Find out where they meet', targetDate: null, reward: 'A film' }],
      },
      headers,
    }),
  );
  const code = (await ok(
    await api.post(`/api/people/${person.id}/pairing-codes`, { headers }),
  )) as { code: string };
  await pairWithCode(page, code.code);
  await api.dispose();
  for (const path of ['/', '/goals', '/contacts', '/check-in']) {
    await page.goto(`${path}?lang=en-XA`);
    await expect(page.locator('main h1').first()).toContainText('⟦');
    await expect(page.locator('main')).not.toContainText('Opening');
    expect(await textsNotFromCatalogue(page), path).toEqual([]);
  }
  await page.goto('/?lang=en-GB');
});

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

test('right to left: a feeling step, home and Calm, for looking at', async ({ page }) => {
  await page.goto('/journal/feeling?lang=ar-XB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main h1').first()).toBeVisible();
  await saveScreen(page, 'i18n-rtl-feeling-strength');
  await page.locator('main form button[type=submit]').click();
  await expect(page.locator('main label').first()).toBeVisible();
  await saveScreen(page, 'i18n-rtl-feeling-words');
  await page.goto('/');
  await expect(page.locator('main h1').first()).toBeVisible();
  await saveScreen(page, 'i18n-rtl-home');
  await page.goto('/calm');
  await expect(page.locator('main h1').first()).toBeVisible();
  await saveScreen(page, 'i18n-rtl-calm');
  await page.goto('/help?lang=en-GB');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
