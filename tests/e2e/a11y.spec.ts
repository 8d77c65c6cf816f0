import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { saveScreen, scrollsSideways, setPin, SMALL_PHONE } from './support/app';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';

/** The app engineer's screens (the journal screens have their own checks). */
const SCREENS = [
  ['home', '/'],
  ['help', '/help'],
  ['settings', '/settings'],
  ['install', '/install'],
  ['hidden', '/hidden'],
  ['not-found', '/no-such-page'],
  // Issue 5 (before the phone is linked; tests/e2e/progress-app.spec.ts checks them linked).
  ['goals', '/goals'],
  ['contacts', '/contacts'],
  ['check-in', '/check-in'],
] as const;

async function ready(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1').first()).toBeVisible();
}

test.use({ viewport: SMALL_PHONE, deviceScaleFactor: 2 });

test.describe('accessibility', () => {
  for (const [name, path] of SCREENS) {
    test(`${name}: axe finds no WCAG 2.2 AA problems, and a screenshot is saved`, async ({
      page,
    }) => {
      await ready(page, path);
      await expectAccessible(page);
      await saveScreen(page, name);
    });
  }

  test('Help now with a synced GP and caseworker has no axe problems', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-23T03:00:00Z') });
    await page.goto('/');
    await storeProfile(page, PROFILE_WITH_GP);
    await ready(page, '/help');
    await expect(page.locator('main li[data-kind="gp"]')).toBeVisible();
    await expectAccessible(page);
  });

  test('the locked shell has no axe problems', async ({ page }) => {
    await setPin(page, '482916');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await ready(page, '/');
    await expectAccessible(page);
    await saveScreen(page, 'locked-home');
  });

  test('high contrast: no axe problems, and a screenshot is saved', async ({ page }) => {
    await page.goto('/settings');
    await page.getByLabel('High contrast colours').check();
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await ready(page, '/help');
    await expectAccessible(page);
    await saveScreen(page, 'help-high-contrast');
  });

  test("the phone's own high contrast and reduced motion are followed by default", async ({
    page,
  }) => {
    await page.emulateMedia({ contrast: 'more', reducedMotion: 'reduce' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  });

  test('the skip link is the first thing to tab to and moves focus to the main content', async ({
    page,
  }) => {
    await ready(page, '/help');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
  });

  test('focus is easy to see: a yellow background on the focused link', async ({ page }) => {
    await ready(page, '/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toHaveCSS('background-color', 'rgb(255, 235, 59)');
  });

  test('the main controls are at least 56 px tall and every button or link at least 44 px', async ({
    page,
  }) => {
    for (const path of ['/', '/help']) {
      await ready(page, path);
      const bar = page.getByRole('navigation', { name: 'Emergency help' }).getByRole('link');
      for (const box of await bar.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))) {
        expect(box.height).toBeGreaterThanOrEqual(56);
      }
      const small = await page
        .locator('header a, header button, nav a, main a.btn, main button')
        .evaluateAll((els) =>
          els
            .map((e) => ({ text: e.textContent, box: e.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
            .map(({ text, box }) => `${text} ${box.width}x${box.height}`),
        );
      expect(small).toEqual([]);
    }
  });
});

test.describe('large text and zoom', () => {
  test('the largest text size, chosen in Settings, applies everywhere with no sideways scroll at 320 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/settings');
    await page.getByLabel('Larger').check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
    for (const [name, path] of SCREENS) {
      await ready(page, path);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
      expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
      if (name === 'help' || name === 'home') await saveScreen(page, `${name}-larger-text`);
    }
  });

  test('at 200% browser zoom (a 360 px phone shows 180 CSS px) nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 180, height: 370 });
    for (const [name, path] of SCREENS) {
      await ready(page, path);
      expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
      if (name === 'help') await saveScreen(page, 'help-zoom-200');
    }
  });
});
