import { expect, test, type Page } from '@playwright/test';
import {
  expectEmergencyCall,
  expectReadableAt200,
  saveScreen,
  setPin,
  SMALL_PHONE,
  waitForServiceWorker,
} from './support/app';
import { expectAccessible } from './support/axe';
import { unlock } from './support/lock';

test.use({ viewport: SMALL_PHONE });

const screen = (page: Page, name: string) => saveScreen(page, `calm-${name}`);
const circle = (page: Page) => page.getByTestId('breath-circle');
const phase = (page: Page) => page.locator('main [aria-live="polite"]').first();

/** The circle's transform now, and how many transitions are running on it. */
const circleState = (page: Page) =>
  circle(page).evaluate((el) => ({
    transform: getComputedStyle(el).transform,
    moving: el.getAnimations().length,
  }));

async function writeOwnPlan(page: Page, selfHelp: string) {
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Write my plan' }).click();
  await page.getByLabel('Things I can do myself').fill(selfHelp);
  await page.getByRole('button', { name: 'Save my plan' }).click();
  await expect(page.getByRole('main').getByText(selfHelp.split('\n')[0]!)).toBeVisible();
}

async function walkGrounding(page: Page) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Start noticing' }).click();
  for (const sense of ['5 things you can see', '4 things you can feel', '3 things you can hear']) {
    await expect(main.getByRole('heading', { name: sense })).toBeFocused();
    await main.getByRole('button', { name: 'Next' }).click();
  }
  await expect(main.getByRole('heading', { name: '2 things you can smell' })).toBeVisible();
  await main.getByRole('button', { name: 'Back' }).click();
  await expect(main.getByRole('heading', { name: '3 things you can hear' })).toBeVisible();
  await main.getByRole('button', { name: 'Next' }).click();
  await main.getByRole('button', { name: 'Next' }).click();
  await expect(main.getByRole('heading', { name: '1 thing you can taste' })).toBeVisible();
  await main.getByRole('button', { name: 'Finish' }).click();
  await expect(main.getByRole('heading', { name: 'Well done' })).toBeVisible();
}

test('breathing and grounding work while the app is locked and offline; the own list waits for the PIN', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await writeOwnPlan(page, 'Cuddle the dog\nPut on my music');
  await page.goto('/calm');
  await expect(page.getByRole('main').getByText('Cuddle the dog')).toBeVisible();
  await setPin(page, '482915');

  await context.setOffline(true);
  await page.clock.install();
  await page.goto('/calm');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Calm' })).toBeVisible();
  await expect(main.getByText('Your own list is hidden while the app is locked.')).toBeVisible();
  await expect(page.getByText('Cuddle the dog')).toHaveCount(0);

  await main.getByRole('button', { name: 'Start breathing' }).click();
  await expect(phase(page)).toHaveText('Breathe in');
  await page.clock.runFor(4_000);
  await expect(phase(page)).toHaveText('Breathe out');
  await expect(main.getByText(/^1 of 6/)).toBeVisible();
  // The guide sits in the page: 999 and Help now stay on screen while it runs.
  await expectEmergencyCall(page);
  await expect(page.getByRole('link', { name: 'Help now' }).first()).toBeInViewport();
  await screen(page, 'breathing-locked');
  await page.clock.runFor(6_000);
  await expect(phase(page)).toHaveText('Breathe in');
  await main.getByRole('button', { name: 'Stop' }).click();
  await expect(main.getByRole('button', { name: 'Start breathing' })).toBeVisible();

  await walkGrounding(page);
  await screen(page, 'grounding-locked');

  // Unlocking (still offline) shows the person's own list.
  await main.getByRole('link', { name: 'Unlock to see my plan' }).click();
  await unlock(page, '482915');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Calm' })).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: 'Put on my music' })).toBeVisible();
  await screen(page, 'unlocked');
});

test('Calm leads to the hope box in one tap', async ({ page }) => {
  await page.goto('/calm');
  await page
    .getByRole('main')
    .getByRole('link', { name: 'Look at the photos and words in my hope box' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My hope box');
});

test('the breathing guide stops by itself after 8 rounds and offers to go again', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/calm');
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Start breathing' }).click();
  await page.clock.runFor(80_000);
  await expect(phase(page)).toHaveText('Well done');
  await expect(main.getByRole('button', { name: 'Go again' })).toBeVisible();
});

test('with reduced motion the circle never moves; only the words change', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.clock.install();
  await page.goto('/calm');
  await page.getByRole('button', { name: 'Start breathing' }).click();
  const first = await circleState(page);
  for (const [wait, words] of [
    [4_000, 'Breathe out'],
    [6_000, 'Breathe in'],
    [4_000, 'Breathe out'],
  ] as const) {
    await page.clock.runFor(wait);
    await expect(phase(page)).toHaveText(words);
    expect(await circleState(page)).toEqual({ transform: first.transform, moving: 0 });
  }
  await expectAccessible(page);
});

test('without reduced motion the circle grows and shrinks slowly with the breath', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.clock.install();
  await page.goto('/calm');
  const resting = await circleState(page);
  await page.getByRole('button', { name: 'Start breathing' }).click();
  await expect.poll(async () => (await circleState(page)).moving).toBeGreaterThan(0);
  const duration = await circle(page).evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(duration).toBe('4s');
  await page.clock.runFor(4_000);
  await expect(phase(page)).toHaveText('Breathe out');
  await expect
    .poll(async () => circle(page).evaluate((el) => getComputedStyle(el).transitionDuration))
    .toBe('6s');
  expect(resting.moving).toBe(0);
});

test('the gentle buzz is off until chosen, then marks each change of breath', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { buzzes: unknown[] }).buzzes = calls;
    Object.defineProperty(navigator, 'vibrate', {
      value: (pattern: unknown) => {
        calls.push(pattern);
        return true;
      },
    });
  });
  await page.clock.install();
  await page.goto('/calm');
  const buzzes = () => page.evaluate(() => (window as unknown as { buzzes: unknown[] }).buzzes);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Start breathing' }).click();
  await page.clock.runFor(4_000);
  expect(await buzzes()).toEqual([]);
  await main.getByRole('button', { name: 'Stop' }).click();

  await main.getByLabel('Gentle buzz when it is time to breathe in or out').check();
  await main.getByRole('button', { name: 'Start breathing' }).click();
  expect((await buzzes()).length).toBe(1);
  await page.clock.runFor(4_000);
  await expect(phase(page)).toHaveText('Breathe out');
  expect((await buzzes()).length).toBe(2);
});

test('Calm is one tap from Help now and from the feeling steps', async ({ page }) => {
  await page.goto('/help');
  await page.getByRole('link', { name: 'Breathe slowly, or try something to feel calmer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calm' })).toBeVisible();
  await expect(page).toHaveTitle('Calm – My support');

  await page.goto('/journal/feeling');
  await expect(page.getByRole('button', { name: 'Skip this question' })).toBeVisible();
  await page.getByRole('link', { name: /Take a break: breathe slowly/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calm' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: /^Calm/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calm' })).toBeVisible();
});

test('Calm is accessible, and readable at 200% text and 320 pixels wide', async ({ page }) => {
  await page.goto('/calm');
  await expect(
    page.getByText('Your plan does not have a list of things that help yet.'),
  ).toBeVisible();
  await screen(page, '360');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Start noticing' }).click();
  await expectAccessible(page);
  await expectReadableAt200(page, [['/calm', 'calm-200']], saveScreen);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/calm');
  await page.getByRole('button', { name: 'Start breathing' }).click();
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await page.getByRole('button', { name: 'Start noticing' }).click();
  await page
    .locator('section[aria-labelledby="ground-title"]')
    .screenshot({ path: 'test-results/screens/calm-grounding-320-200.png' });
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    ),
  ).toBe(false);
  await screen(page, '320');
});
