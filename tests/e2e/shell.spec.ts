import { expect, test } from '@playwright/test';
import {
  APP_ROUTES,
  emergencyLink,
  expectEmergencyCall,
  saveScreen,
  setPin,
  SMALL_PHONE,
} from './support/app';

test.use({ viewport: SMALL_PHONE });

test.describe('the shell', () => {
  test('every route shows a direct tel:999 link, and Help now everywhere but the hidden screen', async ({
    page,
  }) => {
    for (const path of APP_ROUTES) {
      await page.goto(path);
      await expectEmergencyCall(page);
      if (path !== '/hidden') {
        await expect(page.getByRole('link', { name: 'Help now' })).toBeVisible();
      }
    }
  });

  test('the emergency link in the shell is exactly tel:999', async ({ page }) => {
    await page.goto('/');
    const bar = page.getByRole('navigation', { name: 'Emergency help' });
    await expect(bar.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  });

  test('Help now in the shell opens the picture guide', async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('link', { name: 'Help now' }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  });

  test('quick hide switches at once to a plain notes screen with nothing about health', async ({
    page,
  }) => {
    await page.goto('/journal');
    await page.getByRole('button', { name: /^Hide/ }).click();
    await expect(page).toHaveURL(/\/hidden$/);
    await expect(page).toHaveTitle('Notes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes');
    const words = (await page.locator('body').innerText()).toLowerCase();
    for (const word of ['journal', 'help now', 'support', 'nhs', 'feeling', 'crisis', 'plan']) {
      expect(words, `the hidden screen must not say "${word}"`).not.toContain(word);
    }
    await expect(emergencyLink(page)).toHaveAttribute('href', 'tel:999');
    await saveScreen(page, 'hidden');
  });

  test('leaving the hidden screen goes home', async ({ page }) => {
    await page.goto('/hidden');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('link', { name: 'Help now' })).toBeVisible();
  });

  test('no screen breaks the content security policy (no inline scripts or styles)', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    // A blocked `eval` that the page catches (as a library's feature probe would) logs nothing,
    // but the browser still reports it: listen for the reports themselves.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    for (const path of APP_ROUTES) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      // Give the chunks warmed after the first paint time to load and build their schemas.
      await page.waitForLoadState('networkidle');
      const reported = await page.evaluate(
        () => (window as unknown as { cspViolations: string[] }).cspViolations,
      );
      violations.push(...reported.map((v) => `${path}: ${v}`));
    }
    expect(violations).toEqual([]);
  });

  test('an unknown address says so and keeps 999', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectEmergencyCall(page);
  });
});

test.describe('when a screen crashes', () => {
  // Block the service worker so the test can swap a screen's code for one that throws.
  test.use({ serviceWorkers: 'block' });

  test('the error screen still shows Help now and 999, and other screens still work', async ({
    page,
  }) => {
    await page.route(/\/assets\/install-[^/]*\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "export default function Broken() { throw new Error('forced test crash'); }",
      }),
    );
    page.on('pageerror', () => {});
    await page.goto('/install');
    await expect(
      page.getByRole('heading', { name: 'Sorry, this screen is not working' }),
    ).toBeVisible();
    await expectEmergencyCall(page);
    await saveScreen(page, 'error');
    await page.getByRole('link', { name: 'Help now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    await expect(page.locator('a[href="tel:999"]').first()).toBeVisible();
  });
});

test.describe('when the app is locked', () => {
  test('every route keeps Help now and 999, and Help now opens without unlocking', async ({
    page,
  }) => {
    // Every route, each scrolled down and back: more than the default budget on a busy machine.
    test.setTimeout(90_000);
    await setPin(page, '482916');
    await page.getByRole('button', { name: 'Lock now' }).click();
    for (const path of APP_ROUTES) {
      await page.goto(path);
      await expectEmergencyCall(page);
    }
    await page.goto('/journal');
    await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
    await saveScreen(page, 'locked');
    await page
      .getByRole('navigation', { name: 'Emergency help' })
      .getByRole('link', { name: 'Help now' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 111' })).toBeVisible();
  });

  test('quick hide locks the app; coming back asks for the PIN', async ({ page }) => {
    await setPin(page, '482916');
    await page.getByRole('button', { name: /^Hide/ }).click();
    await expect(page).toHaveURL(/\/hidden$/);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  });
});
