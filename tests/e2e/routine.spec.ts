import { expect, test, type Page } from '@playwright/test';
import { setPin } from './support/app';
import { expectAccessible } from './support/axe';
import { rawDatabase } from './support/lock';
import { deskPage, signInAs } from './support/console-walk';
import { pairWithCode, phoneSpec } from './support/phone-link';

/*
 * The daily routine end to end: Sam writes it in the console with the person; their phone
 * shows the part for the London time of day on its home screen. Summer (BST) times, so a rule
 * that read UTC instead of London would show the wrong part.
 */
const api = phoneSpec({ timeout: 120_000 });

// 1 July 2026: London is on BST (UTC+1).
const BST_1159 = new Date('2026-07-01T10:59:00Z');
const MINUTE = 60_000;

const routineCard = (page: Page) => page.locator('section[aria-labelledby="routine-title"]');

async function writeInConsole(desk: Page, personId: string, parts: Record<string, string>) {
  await desk.goto(`/console/#/people/${personId}/routine`);
  await expect(desk.getByRole('heading', { level: 1, name: /Daily routine/ })).toBeVisible();
  for (const [label, words] of Object.entries(parts)) await desk.getByLabel(label).fill(words);
  await desk.getByRole('button', { name: 'Save the routine' }).click();
  await expect(desk.getByText('The routine is saved.')).toBeVisible();
}

test('a routine written in the console shows on the phone at the right time of day', async ({
  page,
  browser,
}) => {
  const personId = await api.addPerson('Robin Routine');
  await pairWithCode(page, await api.pairingCode(personId));

  const desk = await deskPage(browser);
  await signInAs(desk, 'sam');
  await writeInConsole(desk, personId, {
    'Morning (before 12pm)': 'Open the curtains\nHave breakfast',
    'Afternoon (12pm to 6pm)': 'Walk to the shop',
    'Evening (from 6pm)': 'Phone my sister\nA bath before bed',
  });
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/routine-console.png', fullPage: true });
  await desk.reload();
  await expect(desk.getByLabel('Evening (from 6pm)')).toHaveValue(
    'Phone my sister\nA bath before bed',
  );

  // 11:59am London: the morning. (10:59 UTC.)
  await page.clock.install({ time: BST_1159 });
  await page.goto('/');
  const card = routineCard(page);
  await expect(card.getByRole('heading', { name: 'This morning' })).toBeVisible();
  await expect(card.getByRole('checkbox', { name: 'Have breakfast' })).toBeVisible();
  await expect(card.getByText('Walk to the shop')).toBeHidden();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screens/routine-home-morning.png', fullPage: true });

  // Ticks stay on the phone for today, and say nothing about what is not ticked.
  await card.getByRole('checkbox', { name: 'Have breakfast' }).check();
  await page.reload();
  await expect(routineCard(page).getByRole('checkbox', { name: 'Have breakfast' })).toBeChecked();
  await expect(routineCard(page).getByText('Well done.')).toHaveCount(0);
  await routineCard(page).getByRole('checkbox', { name: 'Open the curtains' }).check();
  await expect(routineCard(page).getByText('Well done.')).toBeVisible();

  // 12:01pm London (11:01 UTC, still morning in UTC): the afternoon, without a reload.
  await page.clock.runFor(2 * MINUTE);
  await expect(card.getByRole('heading', { name: 'This afternoon' })).toBeVisible();
  await expect(card.getByRole('checkbox', { name: 'Walk to the shop' })).not.toBeChecked();
  await expect(card.getByText('Have breakfast')).toBeHidden();

  // The whole day is one tap away.
  await card.getByText('See my whole day').click();
  await expect(card.getByRole('heading', { name: /Evening/ })).toBeVisible();
  await expect(card.getByText('A bath before bed')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/routine-home-day.png', fullPage: true });

  // 6:01pm London (17:01 UTC): the evening.
  await page.clock.fastForward(6 * 60 * MINUTE);
  await expect(card.getByRole('heading', { name: 'This evening' })).toBeVisible();
  await expect(card.getByRole('checkbox', { name: 'Phone my sister' })).toBeVisible();

  // A change in the console reaches the phone when it next updates.
  await writeInConsole(desk, personId, { 'Evening (from 6pm)': 'Listen to the radio' });
  await page.reload();
  await expect(
    routineCard(page).getByRole('checkbox', { name: 'Listen to the radio' }),
  ).toBeVisible();
  await expect(routineCard(page).getByText('Phone my sister')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/routine-home-evening.png', fullPage: true });

  // Past midnight it is a new day: the morning again, with nothing ticked.
  await page.clock.fastForward(6 * 60 * MINUTE);
  await expect(card.getByRole('heading', { name: 'This morning' })).toBeVisible();
  await expect(card.getByRole('checkbox', { name: 'Have breakfast' })).not.toBeChecked();

  // At 200% text and 320 wide the card fits without scrolling sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    ),
  ).toBe(false);
  await routineCard(page).screenshot({ path: 'test-results/screens/routine-card-320-200.png' });
  await desk.context().close();

  // With a lock set, neither the routine's words nor the ticks are readable in storage.
  await page.setViewportSize({ width: 360, height: 740 });
  await routineCard(page).getByRole('checkbox', { name: 'Have breakfast' }).check();
  await setPin(page, '582046');
  const stored = await rawDatabase(page);
  for (const words of ['curtains', 'breakfast', 'Listen to the radio', 'Walk to the shop']) {
    expect(stored).not.toContain(words);
  }
});
