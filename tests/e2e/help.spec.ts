import { expect, test, type Page } from '@playwright/test';
import { saveScreen, SMALL_PHONE } from './support/app';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';

test.use({ viewport: SMALL_PHONE });

// November: London is on GMT, so these UTC instants are London wall-clock times.
const MONDAY_0300 = new Date('2026-11-23T03:00:00Z');
const MONDAY_1200 = new Date('2026-11-23T12:00:00Z');
const MONDAY_0759 = new Date('2026-11-23T07:59:00Z');
const FRIDAY_2000 = new Date('2026-11-27T20:00:00Z');

/** The options in the order Help now shows them, by kind. */
function kinds(page: Page) {
  return page
    .locator('main li[data-kind]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
}

function card(page: Page, kind: string) {
  return page.locator(`main li[data-kind="${kind}"]`);
}

async function openHelpWithProfile(page: Page, time: Date) {
  await page.clock.install({ time });
  await page.goto('/');
  await storeProfile(page, PROFILE_WITH_GP);
  await page.goto('/help');
  await expect(card(page, 'gp')).toBeVisible();
}

for (const [label, time] of [
  ['03:00', MONDAY_0300],
  ['12:00', MONDAY_1200],
] as const) {
  test(`999 is first and unmistakable at ${label}`, async ({ page }) => {
    await page.clock.install({ time });
    await page.goto('/help');
    expect((await kinds(page))[0]).toBe('emergency');
    const first = page.locator('main li[data-kind]').first();
    await expect(first.getByRole('heading', { name: 'Emergency: 999' })).toBeVisible();
    const call = first.getByRole('link', { name: 'Call 999' });
    await expect(call).toHaveAttribute('href', 'tel:999');
    await expect(call).toHaveCSS('background-color', 'rgb(213, 40, 27)');
    const firstLink = page.locator('main a[href^="tel:"], main a[href^="sms:"]').first();
    await expect(firstLink).toHaveAttribute('href', 'tel:999');
  });
}

test('before pairing, Help now lists the national numbers with working call and text links', async ({
  page,
}) => {
  await page.goto('/help');
  expect(await kinds(page)).toEqual(['emergency', 'nhs111', 'samaritans', 'shout']);
  await expect(card(page, 'nhs111').getByRole('link', { name: 'Call 111' })).toHaveAttribute(
    'href',
    'tel:111',
  );
  await expect(card(page, 'nhs111')).toContainText('Press 2 for mental health');
  await expect(
    card(page, 'samaritans').getByRole('link', { name: 'Call 116 123' }),
  ).toHaveAttribute('href', 'tel:116123');
  await expect(
    card(page, 'shout').getByRole('link', { name: 'Text SHOUT to 85258' }),
  ).toHaveAttribute('href', 'sms:85258?&body=SHOUT');
});

test('at 3am a closed GP says when it opens and steps back below the 24/7 options', async ({
  page,
}) => {
  await openHelpWithProfile(page, MONDAY_0300);
  expect(await kinds(page)).toEqual([
    'emergency',
    'nhs111',
    'samaritans',
    'shout',
    'gp',
    'caseworker',
  ]);
  await expect(card(page, 'gp')).toHaveAttribute('data-open', 'false');
  await expect(card(page, 'gp')).toContainText('Closed now. Opens at 8am today');
  await expect(card(page, 'caseworker')).toContainText('Not working now. Back at 9am today');
  await expect(
    page.getByText('It is late, but you can still call or text these now.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Closed right now' })).toBeVisible();
  await saveScreen(page, 'help-0300-with-gp');
});

test('at midday the GP is open and says until when', async ({ page }) => {
  await openHelpWithProfile(page, MONDAY_1200);
  await expect(card(page, 'gp')).toHaveAttribute('data-open', 'true');
  await expect(card(page, 'gp')).toContainText('Open now, until 6:30pm today');
  await expect(card(page, 'gp').getByRole('link', { name: 'Call 01632 960123' })).toHaveAttribute(
    'href',
    'tel:01632960123',
  );
  expect((await kinds(page))[0]).toBe('emergency');
  await saveScreen(page, 'help-1200-with-gp');
});

test('Help now checks again every minute: the GP opens at 8am without a reload', async ({
  page,
}) => {
  await openHelpWithProfile(page, MONDAY_0759);
  await expect(card(page, 'gp')).toHaveAttribute('data-open', 'false');
  await page.clock.runFor('01:30');
  await expect(card(page, 'gp')).toHaveAttribute('data-open', 'true');
  await expect(card(page, 'gp')).toContainText('Open now');
});

test('on a Friday evening the caseworker says they are back on Monday', async ({ page }) => {
  await openHelpWithProfile(page, FRIDAY_2000);
  await expect(card(page, 'caseworker')).toContainText('Not working now. Back at 9am on Monday');
  await expect(card(page, 'gp')).toContainText('Closed now. Opens at 8am on Monday');
});
