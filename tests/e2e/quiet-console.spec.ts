import { expect, test, type Page } from '@playwright/test';
import { SMALL_PHONE, waitForServiceWorker } from './support/app';

/**
 * A normal page load says nothing in the browser console: no errors, no warnings, no failed
 * requests (a missing favicon, a header the browser does not understand). Noise there hides
 * the message that matters when something really breaks.
 */
function listen(page: Page): string[] {
  const heard: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      heard.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => heard.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) heard.push(`${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => heard.push(`failed: ${request.url()}`));
  return heard;
}

test('the app: a normal load of Help now logs nothing in the browser console', async ({ page }) => {
  await page.setViewportSize(SMALL_PHONE);
  const heard = listen(page);
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  await waitForServiceWorker(page);
  await page.waitForLoadState('networkidle');
  expect(heard).toEqual([]);
});

test('the console: a normal load of the sign-in page logs nothing in the browser console', async ({
  page,
}) => {
  const heard = listen(page);
  await page.goto('/console/');
  await expect(page.getByLabel('Email address')).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(heard).toEqual([]);
});
