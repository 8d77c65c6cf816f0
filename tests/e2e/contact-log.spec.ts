import { expect, test } from '@playwright/test';
import { addDays, londonDate } from '#shared/london';
import { DESK, signInAs } from './support/console-walk';
import { fillDateInput } from './support/date-input';
import { caseworkerApi, expectAccessible, samSession } from './support/phone-link';

/**
 * The contact log in the console: a contact logged with the day, month and year boxes, an
 * outcome and a note, shown in the log; a date to come refused kindly; a long log paged 20 at a
 * time, newest first.
 */
test.use(DESK);
test.describe.configure({ timeout: 120_000 });

const HOUR = 3_600_000;

test('log a contact with a note and an outcome, and page through a long log', async ({
  page,
  baseURL,
}) => {
  const staff = await caseworkerApi(baseURL!);
  const personId = await staff.addPerson('Lou Logtest');
  const { api, headers, ok } = await samSession(baseURL!);
  // 44 earlier contacts: with the one logged below, three pages (20, 20 and 5).
  const now = Date.now();
  for (let i = 0; i < 44; i++) {
    const at = new Date(now - (2 + i) * 20 * HOUR).toISOString();
    await ok(
      await api.post(`/api/people/${personId}/contacts`, { data: { at, kind: 'visit' }, headers }),
    );
  }

  await signInAs(page, 'sam');
  await page.goto(`/console/#/people/${personId}/contact`);
  const log = page.getByRole('region', { name: 'Log a contact' });
  await expect(log).toBeVisible();

  // A date that does not exist, then one still to come, are refused in the NHS pattern.
  await fillDateInput(log, 'Date of the contact', '2026-02-31');
  await log.getByRole('button', { name: 'Log this contact' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Date of the contact must be a real date');
  await expect(log.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
  const today = londonDate(new Date());
  await fillDateInput(log, 'Date of the contact', addDays(today, 1));
  await log.getByRole('button', { name: 'Log this contact' }).click();
  await expect(summary).toContainText('The date of the contact must be today or in the past');
  await summary.getByRole('link', { name: /today or in the past/ }).click();
  await expect(log.getByLabel('Day')).toBeFocused();

  // Yesterday at 2:15pm, no answer, a message left.
  const yesterday = addDays(today, -1);
  await fillDateInput(log, 'Date of the contact', yesterday);
  await log.getByLabel('Time').fill('14:15');
  await log.getByRole('radio', { name: 'Left a message' }).check();
  const note = 'Left a voicemail about the housing letter. Will try again on Monday.';
  await log.getByLabel('Note for the team (optional)').fill(note);
  await expect(log.getByText(`You have ${280 - note.length} characters left`)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screens/contact-log-form.png', fullPage: true });
  await log.getByRole('button', { name: 'Log this contact' }).click();
  await expect(log.getByRole('status')).toContainText('2:15pm is logged');
  // The form is ready for the next one.
  await expect(log.getByLabel('Note for the team (optional)')).toHaveValue('');

  const list = page.getByRole('region', { name: 'Contact log' });
  await expect(list.getByText('Page 1 of 3', { exact: true })).toBeVisible();
  const rows = list.getByRole('table', { name: 'Contacts, page 1 of 3' }).getByRole('row');
  await expect(rows).toHaveCount(21);
  // Newest first: the visits logged by the API are all before yesterday afternoon except the
  // first two (20 and 40 hours ago may fall after it), so find the call by its words.
  const called = list.getByRole('row', { name: /Call/ });
  await expect(called).toContainText('Left a message');
  await expect(called).toContainText(note);
  await expect(list.getByRole('button', { name: /^Previous/ })).toHaveCount(0);

  await list.getByRole('button', { name: /^Next/ }).click();
  await expect(list.getByText('Page 2 of 3', { exact: true })).toBeVisible();
  await expect(
    list.getByRole('table', { name: 'Contacts, page 2 of 3' }).getByRole('row'),
  ).toHaveCount(21);
  await expect(list.getByRole('row', { name: /Call/ })).toHaveCount(0);
  await list.getByRole('button', { name: /^Next/ }).click();
  await expect(list.getByText('Page 3 of 3', { exact: true })).toBeVisible();
  await expect(
    list.getByRole('table', { name: 'Contacts, page 3 of 3' }).getByRole('row'),
  ).toHaveCount(6);
  await expect(list.getByRole('button', { name: /^Next/ })).toHaveCount(0);
  await expectAccessible(page);
  await list.getByRole('button', { name: /^Previous/ }).click();
  await expect(list.getByText('Page 2 of 3', { exact: true })).toBeVisible();

  // At phone width and 200% text the boxes and pages still fit.
  await page.setViewportSize({ width: 320, height: 800 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect(list.getByText('Page 2 of 3', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/contact-log-320.png', fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
});
