import { expect, test } from '@playwright/test';
import { APP_ROUTES, expectEmergencyCall, SMALL_PHONE, waitForServiceWorker } from './support/app';

test.use({ viewport: SMALL_PHONE });

test.describe('offline', () => {
  test('after one visit, every route opens and reloads with the network off', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const path of APP_ROUTES) {
      await page.goto(path);
      await expectEmergencyCall(page);
      await expect(page.locator('h1').first()).toBeVisible();
    }
    await page.goto('/help');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
      'href',
      'tel:116123',
    );
  });

  test('the pictures of Help now are there offline', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto('/help');
    const pictures = page.locator('main img');
    await expect(pictures.first()).toBeVisible();
    const broken = await pictures.evaluateAll((imgs) =>
      imgs
        .filter((img) => img instanceof HTMLImageElement && img.naturalWidth === 0)
        .map((img) => img.getAttribute('src')),
    );
    expect(broken).toEqual([]);
  });

  test('going offline shows a calm note that everything still works', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await expect(page.getByText('No internet right now.')).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByText('No internet right now.')).toBeHidden();
  });

  test('the service worker never answers the API or the console, even offline', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    for (const path of ['/console/', '/api/health']) {
      const failed = await page.goto(path).then(
        () => false,
        () => true,
      );
      expect(failed, `${path} must go to the network, not the app's cache`).toBe(true);
    }
  });
});

test.describe('installable', () => {
  test('the manifest names the app, its icons (with maskable 192 and 512) and shortcuts', async ({
    request,
  }) => {
    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#005eb8',
    });
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    for (const sizes of ['192x192', '512x512']) {
      expect(icons.some((i) => i.sizes === sizes && i.purpose === 'maskable')).toBe(true);
      expect(icons.some((i) => i.sizes === sizes && i.purpose === 'any')).toBe(true);
    }
    const shortcuts: { name: string; url: string }[] = manifest.shortcuts;
    expect(shortcuts.map((s) => [s.name, s.url])).toEqual([
      ['Help now', '/help'],
      ['Write in my journal', '/journal/feeling'],
    ]);
    for (const icon of icons) {
      const file = await request.get(icon.src);
      expect(file.ok(), icon.src).toBe(true);
    }
  });
});
