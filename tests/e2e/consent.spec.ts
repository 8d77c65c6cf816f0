import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectEmergencyCall } from './support/app';
import { caseworkerApi, expectAccessible, pairWithCode, sam, seed } from './support/phone-link';

/**
 * The consent record end to end: Sam records in the console what Robin agreed to, Robin's phone
 * shows it in Settings in plain words, Robin stops being counted in the figures (after a
 * question saying what happens, with Help now still there), and the console shows the
 * withdrawal, recorded by Robin in the app.
 */

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let phoneContext: BrowserContext;
let deskContext: BrowserContext;
let phone: Page;
let desk: Page;

test.beforeAll(async ({ browser }) => {
  const common = { locale: 'en-GB', timezoneId: 'Europe/London' };
  phoneContext = await browser.newContext({
    ...common,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
  });
  deskContext = await browser.newContext({ ...common, viewport: { width: 1280, height: 800 } });
  phone = await phoneContext.newPage();
  desk = await deskContext.newPage();
});

test.afterAll(async () => {
  await Promise.all([phoneContext.close(), deskContext.close()]);
});

test('Sam records consent, Robin sees it and withdraws anonymised use, the console shows it', async ({
  baseURL,
}) => {
  const api = await caseworkerApi(baseURL ?? seed().baseURL);
  const personId = await api.addPerson('Robin Consenttest');
  await pairWithCode(phone, await api.pairingCode(personId));
  await api.dispose();

  // Sam, on Robin's Consent tab: nothing recorded yet, then three things agreed in person.
  const who = sam();
  await desk.goto(`/console/#/people/${personId}/consent`);
  await desk.getByLabel('Email address').fill(who.email);
  await desk.getByLabel('Password', { exact: true }).fill(who.password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    desk.getByRole('heading', { name: 'What Robin Consenttest agreed to' }),
  ).toBeVisible();
  await expect(desk.getByText('Nothing recorded yet.')).toBeVisible();
  // The date is three boxes, never the browser's picker.
  await expect(desk.getByLabel('Day', { exact: true })).toHaveAttribute('inputmode', 'numeric');
  await expect(desk.locator('input[type="date"]')).toHaveCount(0);

  const record = desk.getByRole('button', { name: 'Record consent' });
  await record.click();
  await expect(desk.getByText('Support from the service: agreed is recorded.')).toBeVisible();
  await desk.getByRole('radio', { name: 'Their data used in anonymised outcome figures' }).check();
  await record.click();
  await expect(desk.getByText('anonymised outcome figures: agreed is recorded.')).toBeVisible();

  // Sharing the plan asks which services; a missing name is a clear error.
  await desk.getByRole('radio', { name: 'Sharing their crisis plan with named services' }).check();
  await record.click();
  await expect(desk.getByRole('alert').first()).toContainText(
    'Name at least one service the plan may be shared with',
  );
  await desk
    .getByLabel('Which services may see the plan?')
    .fill('Umbervale A&E\nThe ambulance service');
  await record.click();
  await expect(
    desk.getByText('With: Umbervale A&E and The ambulance service').first(),
  ).toBeVisible();
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-consent.png', fullPage: true });

  // Robin's phone, in Settings: what they agreed to, in plain words.
  await phone.goto('/settings');
  const section = phone.getByRole('region', { name: 'What you agreed to' });
  await expect(section).toContainText('Getting support from the team');
  await expect(section).toContainText('You said yes in person on');
  await expect(section).toContainText('Who can see it: Umbervale A&E and The ambulance service');
  await expect(section).toContainText('Using this app with the team');
  await expect(section).toContainText('Not written down yet. Ask your caseworker.');
  await section.screenshot({ path: 'test-results/screens/settings-consent.png' });

  // Robin stops being counted: a question first, saying what happens.
  await section.getByRole('button', { name: 'Stop counting me in the figures' }).click();
  await expect(section).toContainText('Your support does not change.');
  await expectEmergencyCall(phone);
  await section.screenshot({ path: 'test-results/screens/settings-consent-confirm.png' });
  await section.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(section.getByRole('status')).toContainText('You are left out of the team’s figures');
  await expect(section).toContainText('You said no on');
  await expect(
    section.getByRole('button', { name: 'Stop counting me in the figures' }),
  ).toHaveCount(0);
  // Help now and 999 are still on the screen.
  await expectEmergencyCall(phone);

  // At 200% text it still reads and fits at 360 px.
  await phone.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await section.scrollIntoViewIfNeeded();
  const overflow = await phone.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
  expect(overflow).toBe(false);
  await section.screenshot({ path: 'test-results/screens/settings-consent-200.png' });

  // Sam sees the withdrawal, recorded by Robin in the app.
  await desk.reload();
  const now = desk.getByRole('region', { name: 'What Robin Consenttest agreed to' });
  await expect(now.getByRole('listitem').filter({ hasText: 'anonymised outcome' })).toContainText(
    'Withdrawn in the app on',
  );
  await expect(now.getByRole('listitem').filter({ hasText: 'anonymised outcome' })).toContainText(
    'by them',
  );
  await expect(desk.getByRole('table')).toContainText('Withdrawn in the app');
  await desk.screenshot({
    path: 'test-results/screens/console-consent-withdrawn.png',
    fullPage: true,
  });

  // At 200% zoom on a laptop (640 CSS pixels wide) the history table and form do not scroll
  // sideways.
  await desk.setViewportSize({ width: 640, height: 800 });
  await expect(desk.getByRole('heading', { name: 'History' })).toBeVisible();
  const wide = await desk.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(wide, 'the Consent tab scrolls sideways').toBeLessThanOrEqual(0);
  await desk.screenshot({
    path: 'test-results/screens/console-zoom-200-consent.png',
    fullPage: true,
  });
});
