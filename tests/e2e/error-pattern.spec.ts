import { expect, test, type Locator, type Page } from '@playwright/test';
import { saveScreen, SMALL_PHONE } from './support/app';
import { caseworkerApi, pairWithCode, sam, seed } from './support/phone-link';

/*
 * Every error, in the app and the console, in the one NHS pattern: a red bar, the words in bold
 * red, and "Error:" first for screen readers. Each error is caused the way a person would meet
 * it: saving nothing, sending nothing, a phone whose storage is full, a sign-in left empty.
 */

const NHS_RED = 'rgb(213, 40, 27)';

/** The message reads "Error: …", looks bold red, and sits by a 4 px red bar. */
async function expectNhsError(message: Locator, words: string | RegExp) {
  await expect(message).toBeVisible();
  await expect(message.locator('.visually-hidden').first()).toHaveText('Error:');
  await expect(message).toHaveText(
    typeof words === 'string' ? `Error: ${words}` : new RegExp(`^Error: ${words.source}`),
  );
  await expect(message).toHaveCSS('color', NHS_RED);
  await expect(message).toHaveCSS('font-weight', '700');
  const bar = message.locator('xpath=ancestor::*[contains(@class, "error-group")][1]');
  await expect(bar).toHaveCSS('border-left-color', NHS_RED);
  await expect(bar).toHaveCSS('border-left-width', '4px');
}

/**
 * The phone's storage refuses every write from now on, as when it is full. Our code is not
 * changed: the browser's own IndexedDB answers as it would with no space left.
 */
function fillTheDisk(page: Page) {
  return page.evaluate(() => {
    const full = () => {
      throw new DOMException('The storage is full', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
}

test.describe('the app', () => {
  test.use({ viewport: SMALL_PHONE, deviceScaleFactor: 2 });

  test('the journal editor: saving nothing is an NHS error by the box, read with the box', async ({
    page,
  }) => {
    await page.goto('/journal/entry/new');
    await page.getByRole('button', { name: 'Save' }).click();
    const error = page.locator('#everyday-problem');
    await expectNhsError(error, 'Write something first, then press Save.');
    const box = page.getByLabel('Write in my journal');
    await expect(box).toHaveAccessibleDescription(/Error: Write something first/);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await saveScreen(page, 'error-journal');
  });

  test('messages: sending nothing is an NHS error by the message box', async ({
    page,
    baseURL,
  }) => {
    const api = await caseworkerApi(baseURL ?? seed().baseURL);
    const personId = await api.addPerson('Kit Errortest');
    await pairWithCode(page, await api.pairingCode(personId));
    await page.goto('/messages');
    await page.getByRole('button', { name: 'Send' }).click();
    await expectNhsError(
      page.locator('#message-problem'),
      'Please write your message or add a photo first.',
    );
    const box = page.getByLabel('Write a message to Sam');
    await expect(box).toHaveAccessibleDescription(
      'Error: Please write your message or add a photo first.',
    );
    await saveScreen(page, 'error-messages');
  });

  test('the plan editor: a save that fails is an NHS error, and the words stay', async ({
    page,
  }) => {
    await page.goto('/plan');
    await page.getByRole('button', { name: 'Write my plan' }).click();
    const first = page.locator('textarea').first();
    await first.fill('Walk to the park');
    await fillTheDisk(page);
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await expectNhsError(
      page.getByRole('alert').locator('.error-message'),
      'Sorry, your plan did not save. Please try again.',
    );
    await expect(first).toHaveValue('Walk to the park');
    await saveScreen(page, 'error-plan');
  });

  test('the feeling check-in: a save that fails is an NHS error on the last step', async ({
    page,
  }) => {
    await page.goto('/journal/feeling');
    for (let step = 1; step <= 5; step++) {
      await expect(page.getByText(`Step ${step} of 6`)).toBeVisible();
      await page.getByRole('button', { name: 'Skip this question' }).click();
    }
    await fillTheDisk(page);
    await page.getByRole('button', { name: 'Skip this and save' }).click();
    await expectNhsError(
      page.getByRole('alert').locator('.error-message'),
      /Sorry, that did not save\. Your words are still here/,
    );
    await saveScreen(page, 'error-feeling');
  });
});

test.describe('the console', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('sign-in: the same pattern, with the error summary linking to each field', async ({
    page,
  }) => {
    await page.goto('/console/');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary.locator('a').first()).toHaveCSS('color', NHS_RED);
    await expect(summary).toHaveCSS('border-top-color', NHS_RED);
    const email = page.getByLabel('Email address');
    const fieldError = page.locator('#email-error');
    await expectNhsError(fieldError, /./);
    await expect(email).toHaveAccessibleDescription(/^Error: /);
    await summary.locator('a').first().click();
    await expect(email).toBeFocused();

    // A wrong password: one summary, no field to blame.
    await email.fill(sam().email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(summary).toContainText('do not match');
    await expect(summary).toBeFocused();
    await saveScreen(page, 'error-console-sign-in');
  });
});
