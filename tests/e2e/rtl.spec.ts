import { expect, test, type Page } from '@playwright/test';
import { expectEmergencyCall, scrollsSideways } from './support/app';
import { pairWithCode, phoneSpec, writeNote } from './support/phone-link';

/**
 * Right-to-left layout: the app's CSS uses logical properties, so with `dir="rtl"` on the page
 * (as a right-to-left language will set it) every screen mirrors: the cards' thick edge moves to
 * the right, the person's own messages sit on the left, arrows point the other way, and nothing
 * scrolls sideways. Each screen is shot left-to-right and right-to-left to be looked at.
 */
const api = phoneSpec({ timeout: 150_000 });

const SCREENS = [
  ['/help', 'Help now'],
  ['/', 'Hello'],
  ['/journal', 'My journal'],
  ['/messages', 'Messages with Sam'],
  ['/plan', 'My plan'],
] as const;

async function shootBoth(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/rtl-${name}-ltr.png`, fullPage: true });
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  expect(await scrollsSideways(page), `${name} scrolls sideways right to left`).toBe(false);
  await page.screenshot({ path: `test-results/screens/rtl-${name}-rtl.png`, fullPage: true });
}

/** Where an element's thick edge is: the side with the wider border. */
function thickSide(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      const left = parseFloat(style.borderLeftWidth);
      const right = parseFloat(style.borderRightWidth);
      return left > right ? 'left' : right > left ? 'right' : 'neither';
    });
}

test('every main screen mirrors right to left, and nothing scrolls sideways', async ({ page }) => {
  const personId = await api.addPerson('Robin Rtltest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
  await writeNote(page, 'A walk to the shop and back');
  await page.goto('/messages');
  await page.getByLabel('Write a message to Sam').fill('I went for a walk today');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect.poll(async () => (await api.messages(personId)).length).toBe(1);
  await api.reply(personId, 'Well done, that is great to hear');

  for (const [path, heading] of SCREENS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(heading) })).toBeVisible();
    if (path === '/messages') {
      await page.evaluate(() => window.dispatchEvent(new Event('online')));
      await expect(page.locator('li[data-from="caseworker"]')).toBeVisible();
    }
    const name = path === '/' ? 'home' : path.slice(1);
    await shootBoth(page, name);
    await expectEmergencyCall(page);
  }

  // Help now: the emergency card's thick edge is on the right, as it is on the left in English.
  await page.goto('/help');
  const card = 'main li[data-kind="emergency"]';
  await expect(page.locator(card)).toBeVisible();
  expect(await thickSide(page, card)).toBe('left');
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  expect(await thickSide(page, card)).toBe('right');

  // Messages: the person's own on one side, Sam's on the other, swapped right to left.
  await page.goto('/messages');
  await expect(page.locator('li[data-from="caseworker"]')).toBeVisible();
  const sides = () =>
    Promise.all([
      thickSide(page, 'li[data-from="person"]'),
      thickSide(page, 'li[data-from="caseworker"]'),
    ]);
  const ltr = await sides();
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  const rtl = await sides();
  expect(rtl).toEqual(ltr.map((side) => (side === 'left' ? 'right' : 'left')));

  // Home: the arrows on the big links point the other way (they mean "go on").
  await page.goto('/');
  const arrow = page.locator('main a svg').first();
  await expect(arrow).toBeVisible();
  const flip = () => arrow.evaluate((el) => getComputedStyle(el).transform);
  expect(await flip()).toBe('none');
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  expect(await flip()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
});
