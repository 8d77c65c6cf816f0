/** Helpers for the app's end-to-end tests (real Chromium, the built app from dist/). */
import { expect, type Page } from '@playwright/test';

/** Every route of the app, as a person could open it from a link or the home screen. */
export const APP_ROUTES = [
  '/',
  '/help',
  '/calm',
  '/journal',
  '/journal/feeling',
  '/journal/entry/new',
  '/plan',
  '/plan/professional',
  '/settings',
  '/install',
  '/export',
  '/hidden',
  '/hope',
] as const;

/** The small phone we design for. */
export const SMALL_PHONE = { width: 360, height: 740 };

/** Resolves once a service worker controls the page (so the next load can be offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise<void>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
        once: true,
      });
    });
  });
}

/** The direct 999 link of this screen: the shell's, or the neutral screen's "Emergency call". */
export function emergencyLink(page: Page) {
  return page
    .getByRole('link', { name: /^(Call 999|Emergency call)$/ })
    .and(page.locator('[href="tel:999"]'))
    .first();
}

/** 999 is a visible link whose href is exactly `tel:999`, and stays in view after scrolling. */
export async function expectEmergencyCall(page: Page): Promise<void> {
  const link = emergencyLink(page);
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).toBe('tel:999');
  await page.mouse.wheel(0, 4000);
  await expect(link).toBeInViewport();
  await page.mouse.wheel(0, -4000);
}

/** A full-page screenshot for people to look at: test-results/screens/<name>.png. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** Sets a PIN through Settings, the way a person would. Leaves the app unlocked. */
export async function setPin(page: Page, pin: string): Promise<void> {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set a PIN or passphrase' }).click();
  await page.getByLabel('A PIN (numbers)').check();
  await page.getByLabel('Choose a PIN').fill(pin);
  await page.getByLabel('Type the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Lock with this PIN' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
}

/** True if the page is wider than the screen (a sideways scroll). */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

/**
 * Opens each path with text at 200% and checks nothing scrolls sideways, saving a screenshot
 * of each through `save` (WCAG 1.4.4 and 1.4.10).
 */
export async function expectReadableAt200(
  page: Page,
  screens: readonly (readonly [path: string, name: string])[],
  save: (page: Page, name: string) => Promise<void>,
): Promise<void> {
  for (const [path, name] of screens) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await scrollsSideways(page), `${path} scrolls sideways at 200% text`).toBe(false);
    await save(page, name);
  }
}
