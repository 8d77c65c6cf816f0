import { expect, test, type Browser, type Page } from '@playwright/test';
import { addDays, londonDate, londonToInstant } from '#shared/london';
import { emptyPlanSections } from '#shared/schemas/plan';
import { nhsDate } from '#shared/time-words';
import { weekOf } from '#shared/weeks';
import { DESK, deskPage, signInAs } from './support/console-walk';
import { saveWholeScreen } from './support/whole-screen';
import {
  expectAccessible,
  OFFICE_HOURS,
  pairWithCode,
  sam,
  samSession,
  seed,
} from './support/phone-link';

/**
 * Reviews and stepping back: support starts today; the interim review is not in Sam's Today
 * the day before it falls due (3 weeks on, London days) and is there on the day, opening the
 * person's Reviews tab. Sam records it with the goal in the person's words, steps support back
 * and agrees a relapse plan; the paired phone shows it beside the crisis plan, at 200% text too.
 * The server's clock is moved with `POST /__test/clock`; the pages' clocks follow it.
 */

test.describe.configure({ timeout: 180_000 });

const PERSON = 'Rowan Reviewtest';
const SIGN = 'I stop answering the door';
const TO_DO = 'Go to the Tuesday drop-in';

async function setServerClock(page: Page, now: Date) {
  const response = await page.request.post('/__test/clock', { data: { now: now.toISOString() } });
  expect(response.ok()).toBe(true);
}

test.afterEach(async ({ page }) => setServerClock(page, new Date()));

/** A fresh console as Sam at `now` (a session from another day would have ended). */
async function deskAt(browser: Browser, now: Date, hash: string) {
  const context = await browser.newContext(DESK);
  const desk = await context.newPage();
  await desk.clock.setFixedTime(now);
  await desk.goto(`/console/${hash}`);
  await desk.getByLabel('Email address').fill(sam().email);
  await desk.getByLabel('Password', { exact: true }).fill(sam().password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(desk.getByText('Signed in as')).toBeVisible();
  return { desk, context };
}

test('the interim review shows in Today on its day; recorded as stepping back, the phone keeps the relapse plan beside the crisis plan', async ({
  page,
  browser,
}) => {
  const start = londonToInstant(londonDate(new Date()), '10:00');
  const dueOn = addDays(londonDate(start), 21);
  await setServerClock(page, start);
  await page.clock.setFixedTime(start);

  // Support starts today: a crisis plan, a goal, and the phone linked.
  const { api, headers, ok } = await samSession(seed().baseURL);
  const person = (await ok(
    await api.post('/api/people', { data: { displayName: PERSON }, headers }),
  )) as { id: string };
  const personId = person.id;
  const sections = { ...emptyPlanSections(), selfHelp: ['Make a cup of tea and sit outside'] };
  await ok(await api.put(`/api/people/${personId}/plan`, { data: { sections }, headers }));
  await ok(await api.put(`/api/people/${personId}/hours`, { data: OFFICE_HOURS, headers }));
  await ok(
    await api.post(`/api/people/${personId}/goals`, {
      data: {
        title: 'Go to the walking group',
        milestones: [{ title: 'Go once', targetDate: null, reward: null }],
      },
      headers,
    }),
  );
  const { code } = (await ok(
    await api.post(`/api/people/${personId}/pairing-codes`, { headers }),
  )) as { code: string };
  await api.dispose();
  await pairWithCode(page, code);

  // The day before it is due: not in Today yet.
  const dayBefore = londonToInstant(addDays(dueOn, -1), '09:00');
  await setServerClock(page, dayBefore);
  const before = await deskAt(browser, dayBefore, '#/today');
  await expect(before.desk.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(before.desk.getByText(/things? needs? you|Nothing needs you/)).toBeVisible();
  // Rowan has not been in touch for three weeks, so a "not heard from" row is there too.
  const reviewRow = (page: Page) =>
    page.locator('li[data-kind="review"]').filter({ hasText: PERSON });
  await expect(before.desk.locator('li').filter({ hasText: PERSON }).first()).toBeVisible();
  await expect(reviewRow(before.desk)).toHaveCount(0);
  await before.context.close();

  // On the day, at 9am: the row says which review and opens the Reviews tab.
  const onTheDay = londonToInstant(dueOn, '09:00');
  await setServerClock(page, onTheDay);
  const { desk, context: deskContext } = await deskAt(browser, onTheDay, '#/today');
  const row = reviewRow(desk);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Interim review due today.');
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-today-review.png', fullPage: true });
  await row.getByRole('link', { name: PERSON }).click();
  await expect(desk).toHaveURL(new RegExp(`#/people/${personId}/reviews$`));
  await expect(desk.getByTestId('next-review')).toHaveText('Interim review due today.');

  // Sam records the review with Rowan: in their words, and support steps back.
  await desk
    .getByLabel('How “Go to the walking group” is going')
    .fill('I went three times. I know people there now.');
  await desk.getByLabel('Next steps').fill('Keep going on Tuesdays with Jan.');
  await desk.getByLabel('Support steps back').check();
  await expect(desk.getByLabel('How to come back to the team')).toHaveValue(/contact Sam/);
  await desk.getByLabel('Signs to watch for').fill(SIGN);
  await desk.getByLabel('What to do').fill(`${TO_DO}\nCall Samaritans on 116 123 at night`);
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-review-form.png', fullPage: true });
  await desk.getByRole('button', { name: 'Save review' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Review saved.' })).toContainText(
    'Support has stepped back',
  );
  await expect(desk.getByTestId('next-review')).toHaveText(
    'No review is due while support has stepped back.',
  );
  const history = desk.getByRole('region', { name: 'Reviews so far' });
  await expect(history).toContainText('Interim review');
  await expect(history).toContainText('I went three times. I know people there now.');
  await expect(history).toContainText('Support steps back.');
  await expect(desk.getByRole('region', { name: 'Relapse plan' })).toContainText(SIGN);
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-reviews.png', fullPage: true });
  // Today has no review for Rowan now.
  await desk.goto('/console/#/today');
  await expect(desk.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(desk.getByText(/things? needs? you|Nothing needs you/)).toBeVisible();
  await expect(row).toHaveCount(0);

  // The phone: the relapse plan beside the crisis plan, in plain words.
  await page.clock.setFixedTime(onTheDay);
  await page.goto('/plan');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByText('Make a cup of tea and sit outside')).toBeVisible();
  const relapse = page.getByTestId('relapse-plan');
  await expect(async () => {
    await page.reload();
    await expect(relapse).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(relapse.getByRole('heading', { name: 'If things get hard again' })).toBeVisible();
  await expect(relapse).toContainText(SIGN);
  await expect(relapse).toContainText(TO_DO);
  await expect(relapse).toContainText('You can always contact Sam');
  await expect(page.locator('main')).not.toContainText(/discharge/i);
  await expectAccessible(page);
  await saveWholeScreen(page, 'reviews-phone-plan');

  // At 200% text (the browser's own size) it still reads, nothing cut off sideways.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload();
  await expect(relapse).toContainText(SIGN);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await saveWholeScreen(page, 'reviews-phone-plan-200');
  await deskContext.close();
});

test('the lead sets the review points; stepping back from the overview asks for a relapse plan with a way back', async ({
  browser,
}) => {
  const lead = await deskPage(browser);
  await signInAs(lead, 'lead');
  await lead.getByRole('link', { name: 'Review points' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Review points' })).toBeVisible();
  await expect(lead.getByLabel('Name').first()).toHaveValue('Interim review');
  await lead.getByLabel('Weeks after support starts').first().fill('4');
  await lead.getByRole('button', { name: 'Save review points' }).click();
  await expect(
    lead.getByRole('status').filter({ hasText: 'The review points are saved.' }),
  ).toBeVisible();
  await expect(lead.getByText(/Reviews fall due at 4 weeks \(Interim review\)/)).toBeVisible();
  await expectAccessible(lead);
  await lead.screenshot({ path: 'test-results/screens/console-review-points.png', fullPage: true });
  // Back as they were, for any spec after this one.
  await lead.getByLabel('Weeks after support starts').first().fill('3');
  await lead.getByRole('button', { name: 'Save review points' }).click();
  await expect(lead.getByText(/Reviews fall due at 3 weeks \(Interim review\)/)).toBeVisible();
  await lead.context().close();

  const { api, headers, ok } = await samSession(seed().baseURL);
  const person = (await ok(
    await api.post('/api/people', { data: { displayName: 'Sol Stepbacktest' }, headers }),
  )) as { id: string };
  await api.dispose();
  const { desk, context } = await deskAt(browser, new Date(), `#/people/${person.id}`);
  await desk.getByRole('button', { name: 'Step back support' }).click();
  const comeBack = desk.getByLabel('How to come back to the team');
  await expect(comeBack).toHaveValue(/You can always contact Sam and the team again/);
  await comeBack.fill('');
  await desk.getByRole('button', { name: 'Yes, step back support' }).click();
  await expect(desk.getByRole('alert')).toContainText('Say how they can come back to the team');
  await comeBack.fill('Ring the team on 01632 960000, Monday to Friday 9am to 5pm');
  await desk.getByLabel('Signs to watch for').fill('Calling 999 at night again');
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-step-back.png', fullPage: true });
  await desk.getByRole('button', { name: 'Yes, step back support' }).click();
  await expect(
    desk.getByRole('status').filter({ hasText: 'Support has stepped back for Sol' }),
  ).toBeVisible();
  await desk.getByRole('link', { name: 'Reviews' }).click();
  const plan = desk.getByRole('region', { name: 'Relapse plan' });
  await expect(plan).toContainText('Ring the team on 01632 960000');
  await expect(plan).toContainText('Calling 999 at night again');
  await context.close();
});

test('stepping down at a review suggests about half the weekly contacts from next Monday, and changes the plan only once Sam says yes', async ({
  browser,
}) => {
  const thisWeek = weekOf(new Date()).key;
  const nextMonday = addDays(thisWeek, 7);
  const { api, headers, ok } = await samSession(seed().baseURL);
  const person = (await ok(
    await api.post('/api/people', { data: { displayName: 'Sky Stepdowntest' }, headers }),
  )) as { id: string };
  const targets = `/api/people/${person.id}/contact-targets`;
  await ok(
    await api.put(targets, { data: { steps: [{ fromWeek: thisWeek, times: 10 }] }, headers }),
  );

  const { desk, context } = await deskAt(browser, new Date(), `#/people/${person.id}/reviews`);
  await desk.getByLabel('Support steps down (less contact)').check();
  await expect(desk.getByTestId('step-down-proposal')).toHaveText(
    `This week you agreed up to 10 contacts with Sky Stepdowntest. Stepping down suggests up to 5 a week from ${nhsDate(nextMonday)}, about half. Agree the number with them.`,
  );
  // Never silently: without an answer the review is not saved.
  await desk.getByRole('button', { name: 'Save review' }).click();
  await expect(desk.getByRole('alert')).toContainText(
    'Choose whether to change their weekly contact plan',
  );
  await desk.getByLabel(`Yes, from ${nhsDate(nextMonday)}`).check();
  await expect(desk.getByLabel('Up to how many contacts a week?')).toHaveValue('5');
  await desk.getByLabel('Up to how many contacts a week?').fill('6');
  await expectAccessible(desk);
  await desk.screenshot({
    path: 'test-results/screens/console-review-step-down.png',
    fullPage: true,
  });
  await desk.getByRole('button', { name: 'Save review' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Review saved.' })).toContainText(
    `from ${nhsDate(nextMonday)} the contact plan is up to 6 a week`,
  );
  const view = (await ok(await api.get(`/api/people/${person.id}/contacts`, { headers }))) as {
    targets: { fromWeek: string; times: number }[];
  };
  expect(view.targets).toEqual([
    { fromWeek: thisWeek, times: 10 },
    { fromWeek: nextMonday, times: 6 },
  ]);
  await api.dispose();
  await context.close();
});
