import { expect, test, type Page } from '@playwright/test';
import { saveScreen } from './support/app';
import { expectAccessible } from './support/axe';
import { rawDatabase, setPin as setLockPin, unlock } from './support/lock';

test.use({ viewport: { width: 360, height: 740 } });

const screen = (page: Page, name: string) => saveScreen(page, `lock-${name}`);
const setPin = (page: Page, pin: string) => setLockPin(page, pin, () => screen(page, 'set-pin'));

async function writeEntry(page: Page, words: string, pin?: string) {
  await page.goto('/journal/entry/new');
  if (pin) await unlock(page, pin);
  await page.getByLabel('Write in my journal').fill(words);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
}

/** Press "Lock now" on the settings page (where setPin leaves the person, unlocked). */
async function lockNow(page: Page) {
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
}

test('with a lock set, the raw IndexedDB holds none of the journal, draft or plan words', async ({
  page,
}) => {
  await writeEntry(page, 'the dog next door barked all night');
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Write my plan' }).click();
  await page.getByLabel('Things I can do myself').fill('Make a cup of camomile tea');
  await page.getByRole('button', { name: 'Save my plan' }).click();
  await page.goto('/journal/entry/new');
  await page.getByLabel('Write in my journal').fill('an unfinished thought about mum');
  await expect.poll(() => rawDatabase(page)).toContain('unfinished thought');
  expect(await rawDatabase(page)).toContain('barked all night');

  await setPin(page, '246810');
  const sealed = await rawDatabase(page);
  for (const words of ['barked', 'camomile', 'unfinished thought']) {
    expect(sealed).not.toContain(words);
  }
  expect(sealed).not.toContain('246810');

  await page.goto('/journal/entry/new');
  await unlock(page, '246810');
  await page.getByRole('button', { name: 'Start a new one' }).click();
  await page.getByLabel('Write in my journal').fill('written after the lock was set');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
  const raw = await rawDatabase(page);
  for (const words of ['barked', 'camomile', 'unfinished thought', 'written after the lock']) {
    expect(raw).not.toContain(words);
  }

  await page.getByRole('link', { name: 'See my journal' }).click();
  await expect(page.getByRole('link', { name: /barked all night/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /written after the lock/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /unfinished thought about mum/ })).toBeVisible();
});

test('a wrong PIN fails and slows down, even after a reload; the right PIN unlocks', async ({
  page,
}) => {
  await writeEntry(page, 'private words behind the lock');
  await setPin(page, '135790');
  await lockNow(page);
  await expect(page.getByText('private words')).toHaveCount(0);
  await screen(page, 'unlock');
  await expectAccessible(page);

  const pin = page.getByLabel('Type your PIN to unlock');
  for (const wrong of ['111111', '222222']) {
    await pin.fill(wrong);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('That PIN did not work. Please try again.')).toBeVisible();
  }
  await pin.fill('333333');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/You can try again in \d seconds?/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  // The third wrong try waits 2 s; the fourth waits 4 s.
  await expect(pin).toBeEnabled({ timeout: 5_000 });
  await pin.fill('444444');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/You can try again in [34] seconds/)).toBeVisible();

  // The wait was stored on the phone, so a reload does not reset it.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  await expect(page.getByText(/You can try again in/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await screen(page, 'unlock-wait');
  await expectAccessible(page);
  await expect(page.getByLabel('Type your PIN to unlock')).toBeEnabled({ timeout: 8_000 });
  await unlock(page, '135790');
  await page.getByRole('contentinfo').getByRole('link', { name: 'My journal' }).click();
  await expect(page.getByRole('link', { name: /private words behind the lock/ })).toBeVisible();
});

test('when locked, 999 and Help now still work without unlocking', async ({ page }) => {
  await setPin(page, '8642');
  await lockNow(page);
  for (const path of ['/', '/journal', '/journal/feeling', '/plan', '/settings', '/export']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    await expect(
      page
        .getByRole('navigation', { name: 'Emergency help' })
        .getByRole('link', { name: 'Call 999' }),
    ).toHaveAttribute('href', 'tel:999');
  }
  await page.getByRole('main').getByRole('link', { name: 'Who else can I call?' }).click();
  await expect(page).toHaveURL(/\/help$/);
  await expect(page.getByRole('heading', { name: 'Help now', level: 1 })).toBeVisible();
  await expect(
    page
      .getByRole('main')
      .getByRole('link', { name: /116 123/ })
      .first(),
  ).toBeVisible();
});

test('the app locks itself after the chosen time without use', async ({ page }) => {
  await page.clock.install();
  await setPin(page, '97531');
  await page.getByLabel('Lock the app when I have not used it for').selectOption('1');
  await page.getByRole('contentinfo').getByRole('link', { name: 'My journal' }).click();
  await expect(page.getByRole('heading', { name: 'My journal' })).toBeVisible();
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('heading', { name: 'My journal' })).toBeVisible();
  await page.clock.fastForward('00:30');
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
});

test('forgot the PIN: the person can delete everything and start again', async ({ page }) => {
  await writeEntry(page, 'cannot be recovered without the PIN');
  await setPin(page, '1029');
  await lockNow(page);
  await page.getByText('I have forgotten my PIN').click();
  await expect(page.getByText(/Nobody can find your PIN for you/)).toBeVisible();
  await screen(page, 'forgotten');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Delete everything and start again' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('heading', { name: /Hello/ })).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText('Nothing written yet')).toBeVisible();
  expect(await rawDatabase(page)).not.toContain('cannot be recovered');
});

test('the lock can be changed to a passphrase and removed again', async ({ page }) => {
  await writeEntry(page, 'words that move between locks');
  await setPin(page, '5555');
  await page.getByRole('button', { name: 'Change my PIN' }).click();
  await page.getByLabel('Your PIN now').fill('5555');
  await page.getByText('A passphrase (words): safer').click();
  await page.getByLabel('Your new passphrase').fill('green kettle sings');
  await page.getByLabel('Type the passphrase again').fill('green kettle sings');
  await page.getByRole('button', { name: 'Change my PIN' }).click();
  await expect(page.getByText('Your passphrase is changed.')).toBeVisible({ timeout: 15_000 });
  await screen(page, 'privacy-settings');
  await expectAccessible(page);

  await lockNow(page);
  await unlock(page, 'green kettle sings', 'Type your passphrase to unlock');
  await page.getByRole('button', { name: 'Remove the lock' }).click();
  await page.getByLabel('Your passphrase now').fill('green kettle sings');
  await page.getByRole('button', { name: 'Remove the lock' }).click();
  await expect(page.getByText('The lock is removed.')).toBeVisible({ timeout: 15_000 });
  expect(await rawDatabase(page)).toContain('words that move between locks');
});
