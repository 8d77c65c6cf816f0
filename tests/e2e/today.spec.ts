import { expect, test, type Page } from '@playwright/test';
import { addDays, isoWeekday, londonDate, londonToInstant } from '#shared/london';
import {
  caseworkerApi,
  expectAccessible,
  OFFICE_HOURS,
  pairWithCode,
  sam,
  seed,
} from './support/phone-link';
import { DESK } from './support/console-walk';

/**
 * Today, the start of a caseworker's day: a message Robin sent on Friday night waits for Sam's
 * agreed hours, and on Monday morning it is the row that says so, opening the thread; marked
 * done, it goes. Two contexts: Robin's phone and Sam's console, with the clocks under control.
 */

test.describe.configure({ timeout: 120_000 });

async function setServerClock(page: Page, now: Date) {
  const response = await page.request.post('/__test/clock', { data: { now: now.toISOString() } });
  expect(response.ok()).toBe(true);
}

test.afterEach(async ({ page }) => setServerClock(page, new Date()));

test('a message held over the weekend is in Sam’s Today on Monday, opens the thread, and can be marked done', async ({
  page,
  browser,
  baseURL,
}) => {
  let friday = addDays(londonDate(new Date()), 1);
  while (isoWeekday(friday) !== 5) friday = addDays(friday, 1);
  const late = londonToInstant(friday, '22:10');
  const monday = new Date(londonToInstant(addDays(friday, 3), '09:00').getTime() + 60_000);
  await setServerClock(page, late);
  await page.clock.setFixedTime(late);

  const api = await caseworkerApi(baseURL ?? seed().baseURL);
  const personId = await api.addPerson('Robin Todaytest');
  await api.setHours(personId, OFFICE_HOURS);
  await pairWithCode(page, await api.pairingCode(personId));
  await page.goto('/messages');
  await page.getByLabel('Write a message to Sam').fill('Friday night is the worst');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('button', { name: 'Send it for Sam to read later' }).click();
  await expect(page.getByTestId('message-status')).toContainText('Waiting for Sam’s hours.');

  // Monday, a minute after nine: the message is released, and Sam opens Today.
  await setServerClock(page, monday);
  const deskContext = await browser.newContext({
    ...DESK,
  });
  const desk = await deskContext.newPage();
  await desk.clock.setFixedTime(monday);
  const who = sam();
  await desk.goto('/console/#/today');
  await desk.getByLabel('Email address').fill(who.email);
  await desk.getByLabel('Password', { exact: true }).fill(who.password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(desk.getByRole('link', { name: 'Today', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  const row = desk.getByRole('listitem').filter({ hasText: 'Robin Todaytest' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(
    '1 new message, sent outside the agreed hours and waiting since they began.',
  );
  await expect(row).toContainText('Today at 9:01am');
  await expect(row.getByRole('link', { name: 'Robin Todaytest' })).toHaveAttribute(
    'href',
    `#/people/${personId}/messages`,
  );
  // Nothing Robin wrote is on Today: only that it is there.
  await expect(desk.getByText('Friday night is the worst')).toHaveCount(0);
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-today.png', fullPage: true });

  // Marked done, it goes, and says so.
  await row.getByRole('button', { name: /Mark done/ }).click();
  await expect(
    desk.getByRole('status').filter({ hasText: 'Marked done: Robin Todaytest.' }),
  ).toBeAttached();
  await expect(desk.getByRole('listitem').filter({ hasText: 'Robin Todaytest' })).toHaveCount(0);
  await expect(desk.getByText(/rows? (is|are) marked done\./)).toBeVisible();

  // The thread itself is one click away from the caseload as before: the message is there.
  await desk.goto(`/console/#/people/${personId}/messages`);
  await expect(desk.getByText('Friday night is the worst')).toBeVisible();
  await Promise.all([api.dispose(), deskContext.close()]);
});
