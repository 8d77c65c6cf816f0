import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { SMALL_PHONE, waitForServiceWorker } from './support/app';

test.use({ viewport: SMALL_PHONE });

const DIST = resolve(import.meta.dirname, '../../dist/app');

/** True while the page has not been reloaded since `markPage`. */
function samePage(page: Page) {
  return page.evaluate(() => document.documentElement.dataset.testMark === 'before-update');
}

function markPage(page: Page) {
  return page.evaluate(() => {
    document.documentElement.dataset.testMark = 'before-update';
  });
}

test('a new version waits for "Update now" and never reloads the page on its own', async ({
  page,
}) => {
  await page.goto('/settings');
  await waitForServiceWorker(page);
  const script = await page.evaluate(
    async () => new URL((await navigator.serviceWorker.ready).active?.scriptURL ?? '').pathname,
  );
  const file = resolve(DIST, `.${script}`);
  const original = readFileSync(file, 'utf8');
  try {
    // Deploy a "new version": the same worker, a byte different, at the same address.
    writeFileSync(file, `${original}\n// next version\n`);
    await markPage(page);
    await page.getByRole('button', { name: 'Check for a new version' }).click();
    await expect(page.getByRole('heading', { name: 'A new version is ready' })).toBeVisible();

    // Someone is writing: nothing reloads under them, even after a while.
    await page.goto('/journal/entry/new');
    await markPage(page);
    await expect(page.getByRole('heading', { name: 'A new version is ready' })).toBeVisible();
    await page.getByLabel('Write in my journal').pressSequentially('Could not sleep again', {
      delay: 50,
    });
    await page.waitForTimeout(1500);
    expect(await samePage(page)).toBe(true);
    await expect(page.getByLabel('Write in my journal')).toHaveValue('Could not sleep again');
    await page.getByRole('button', { name: 'Not now' }).click();
    await expect(page.getByRole('heading', { name: 'A new version is ready' })).toBeHidden();
    expect(await samePage(page)).toBe(true);

    // Next time it is offered again, and "Update now" switches versions with one reload.
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'A new version is ready' })).toBeVisible();
    await markPage(page);
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.testMark === undefined);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A new version is ready' })).toBeHidden();
  } finally {
    writeFileSync(file, original);
  }
});
