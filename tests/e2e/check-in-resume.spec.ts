import { expect, test, type Page } from '@playwright/test';
import { expectEmergencyCall, setPin } from './support/app';
import { rawDrafts, unlockWith } from './support/drafts-store';
import { expectAccessible, pairWithCode, phoneSpec, shoot } from './support/phone-link';

/**
 * The check-in has a Back at the top of every question that keeps the answers, and answers are
 * kept on the phone as the person goes (sealed under the lock), so leaving half way and coming
 * back offers to carry on at the same question, or start again.
 */

const api = phoneSpec({ timeout: 120_000 });

async function linked(page: Page, name: string) {
  const personId = await api.addPerson(name);
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
}

const question = (page: Page, n: number) =>
  expect(page.getByText(`Question ${n} of 5`)).toBeVisible();
const pick = (page: Page, n: number) =>
  page
    .locator('label')
    .filter({ hasText: new RegExp(`^${n}$`) })
    .click();
const picked = (page: Page, n: number) =>
  expect(page.getByRole('radio', { name: String(n), exact: true })).toBeChecked();
const back = (page: Page) => page.getByRole('button', { name: 'Back', exact: true }).click();

test('Back keeps the answers, and a check-in left at question 3 carries on there', async ({
  page,
}) => {
  await linked(page, 'Kit Resumetest');
  await page.goto('/check-in');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await question(page, 1);
  await pick(page, 7);
  await page.getByRole('button', { name: 'Next' }).click();
  await question(page, 2);
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await back(page);
  await question(page, 1);
  await picked(page, 7);
  await page.getByRole('button', { name: 'Next' }).click();
  await pick(page, 4);
  await page.getByRole('button', { name: 'Next' }).click();
  await question(page, 3);
  await pick(page, 2);

  // Gone half way (a reload, a closed tab): offered to carry on where they were.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Carry on where you left off?' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('stopped at question 3 of 5');
  await expectAccessible(page);
  await shoot(page, 'check-in-carry-on');
  await page.getByRole('button', { name: 'Carry on' }).click();
  await question(page, 3);
  await picked(page, 2);
  await back(page);
  await question(page, 2);
  await picked(page, 4);
  await back(page);
  await picked(page, 7);
  // Back from the first question is the start screen; the answers are still kept.
  await back(page);
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await picked(page, 7);

  for (const n of [1, 2, 3, 4]) {
    await question(page, n);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.locator('label').filter({ hasText: 'Hardly ever' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Send your check-ins to Sam?' })).toBeVisible();

  // Done: nothing left to carry on.
  await page.goto('/check-in');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Carry on where you left off?' })).toHaveCount(0);
  expect(await rawDrafts(page)).not.toContain('box:check-in');
});

test('starting again deletes the answers; with a lock set they are sealed', async ({ page }) => {
  await linked(page, 'Rae Startagaintest');
  await setPin(page, '24680');
  await page.goto('/check-in');
  await unlockWith(page, '24680');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (const n of [1, 2, 3, 4]) {
    await question(page, n);
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await page.locator('label').filter({ hasText: 'Often or always' }).click();
  await expect.poll(() => rawDrafts(page)).toContain('box:check-in');
  await expect.poll(() => rawDrafts(page)).not.toContain('often-or-always');

  await page.goto('/');
  await page.goto('/check-in');
  await unlockWith(page, '24680');
  await expect(page.getByRole('main')).toContainText('stopped at question 5 of 5');
  await page.getByRole('button', { name: 'Start again' }).click();
  await question(page, 1);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await question(page, 3);
  await back(page);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await question(page, 5);
  // The loneliness answer from before was deleted with "Start again".
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
