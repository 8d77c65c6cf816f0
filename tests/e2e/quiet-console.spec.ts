import { expect, test, type Page } from '@playwright/test';
import { APP_ROUTES, SMALL_PHONE, waitForServiceWorker } from './support/app';
import { deskPage, openScreen, PERSON_TABS, signInAs } from './support/console-walk';
import { seed } from './support/phone-link';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';

/**
 * A normal page load says nothing in the browser console: no errors, no warnings, no failed
 * requests (a missing favicon, a header the browser does not understand), and no issue in the
 * DevTools Issues panel (a content security policy violation that the page caught, such as
 * zod's eval probe, is reported there and nowhere else; Lighthouse's `inspector-issues` reads
 * the same list). Noise there hides the message that matters when something really breaks.
 */
async function listen(page: Page): Promise<string[]> {
  const heard: string[] = [];
  const devtools = await page.context().newCDPSession(page);
  devtools.on('Audits.issueAdded', ({ issue }) => {
    heard.push(`issue: ${issue.code} ${JSON.stringify(issue.details).slice(0, 300)}`);
  });
  await devtools.send('Audits.enable');
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      heard.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => heard.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) heard.push(`${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // A request the page itself stopped (a screen or a live refresh taking over, a service
    // worker's precache cut short by a navigation) is not a failure and logs nothing.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    heard.push(`failed: ${request.url()}`);
  });
  return heard;
}

test('the app: a normal load of Help now logs nothing in the browser console', async ({ page }) => {
  await page.setViewportSize(SMALL_PHONE);
  const heard = await listen(page);
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  await waitForServiceWorker(page);
  await page.waitForLoadState('networkidle');
  expect(heard).toEqual([]);
});

test('the console: a normal load of the sign-in page logs nothing in the browser console', async ({
  page,
}) => {
  const heard = await listen(page);
  await page.goto('/console/');
  await expect(page.getByLabel('Email address')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(heard).toEqual([]);
});

test('the app: a set-up phone going through every screen logs nothing either', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(SMALL_PHONE);
  await page.goto('/');
  await storeProfile(page, PROFILE_WITH_GP);
  const heard = await listen(page);
  for (const path of [...APP_ROUTES, '/goals', '/contacts', '/check-in']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(heard, `on ${path}`).toEqual([]);
  }
});

test('the console: signed in, the caseload, every tab of a person and Today log nothing', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await deskPage(browser);
  const heard = await listen(page);
  await signInAs(page, 'sam');
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(heard, 'signing in').toEqual([]);
  // Sam's demo people have something on every tab: messages, entries, goals, check-ins.
  const person = seed().people[0];
  if (!person) throw new Error('No seeded person');
  for (const hash of [
    '#/',
    ...PERSON_TABS.map((tab) => `#/people/${person.id}/${tab}`),
    '#/today',
    '#/my-hours',
  ]) {
    await openScreen(page, hash);
    await page.waitForLoadState('networkidle');
    expect(heard, `on ${hash}`).toEqual([]);
  }
  // Moving between screens inside the console, as a caseworker does, not only by loading them.
  await openScreen(page, '#/');
  await page.getByRole('link', { name: person.displayName }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: person.displayName })).toBeVisible();
  await page.getByRole('link', { name: 'Messages', exact: true }).first().click();
  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(heard, 'moving between screens').toEqual([]);
});
