/**
 * Walking the caseworker console as a signed-in member of staff, for specs that check every
 * screen alike (its words, its browser console): a laptop-sized page, signed in through the
 * form, and the screens a working day goes through.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { seed } from './phone-link';

/** A UK laptop: 1280 by 800, no touch, British English (24-hour time inputs), London time. */
export const DESK = {
  viewport: { width: 1280, height: 800 },
  isMobile: false,
  hasTouch: false,
  deviceScaleFactor: 1,
  locale: 'en-GB',
  timezoneId: 'Europe/London',
} as const;

export { PERSON_TABS } from '../../../src/console/router';

export async function deskPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext(DESK);
  return context.newPage();
}

/** Signs in through the form as a seeded member of staff ("lead" or "sam"). */
export async function signInAs(page: Page, who: 'lead' | 'sam'): Promise<void> {
  const staff = seed().staff.find((s) => s.email.startsWith(`${who}@`));
  if (!staff) throw new Error(`No seeded ${who}`);
  await page.goto('/console/');
  await page.getByLabel('Email address').fill(staff.email);
  await page.getByLabel('Password', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
}

/** Opens a console screen by its hash and waits until it has loaded. */
export async function openScreen(page: Page, hash: string): Promise<void> {
  await page.goto(`/console/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^Loading /)).toHaveCount(0);
}
