import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import {
  expect,
  request,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { weekWords } from '#shared/contacts';
import { formatPairingCode } from '#shared/schemas/pairing';
import { waitForServiceWorker } from './support/app';
import { OFFICE_HOURS, pairWithCode, sam, seed } from './support/phone-link';
import { DESK } from './support/console-walk';
import { fillDateInput } from './support/date-input';

/**
 * Goals, contacts and wellbeing, the console side, end to end: the caseworker's console (a laptop, and a tablet for
 * the screenshots) and the person's phone (the app, a small phone), two browser contexts against
 * one real server. Goals set in the console reach the phone, which ticks a milestone offline;
 * the tick reaches the console live once online. A week of contacts logged in the console shows
 * the same count against the target on both sides. Support steps back, and the phone says so.
 *
 * The server's clock and both browsers' clocks are set to Thursday 4 February 2027, 10:00 in
 * London, so "this week" (Monday 1 February) is the same every run.
 */

const THURSDAY_1000 = new Date('2027-02-04T10:00:00Z');
const THIS_MONDAY = '2027-02-01';
const PERSON = 'Robin Progresstest';
const GOAL = 'Go to the Tuesday walking group';
const FIRST = 'Find out where the group meets';
const SECOND = 'Go along once with Sam';
const REWARD = 'Ice cream on the beach';
const CLOSE = { Connection: 'close' };
const TABLET = { width: 820, height: 1180 };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: APIRequestContext;
let phoneContext: BrowserContext;
let deskContext: BrowserContext;
let phone: Page;
let desk: Page;
let personId = '';
/** What the browser refused under the console's Content-Security-Policy: must stay empty. */
const refused: string[] = [];

async function setServerClock(at: Date): Promise<void> {
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
}

/** Desktop and tablet screenshots: test-results/screens/console-progress-<name>-*.png. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: `test-results/screens/console-progress-${name}-desktop.png`,
    fullPage: true,
  });
  await page.setViewportSize(TABLET);
  await page.screenshot({
    path: `test-results/screens/console-progress-${name}-tablet.png`,
    fullPage: true,
  });
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function signIn(path: string): Promise<void> {
  await desk.goto(`/console/${path}`);
  await desk.getByLabel('Email address').fill(sam().email);
  await desk.getByLabel('Password', { exact: true }).fill(sam().password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(desk.getByText('Signed in as')).toBeVisible();
}

/** The console's API with the page's session, to set things up (never to check them). */
async function consoleApi() {
  const me = await desk.request.get('/api/auth/me', { headers: CLOSE });
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken, ...CLOSE };
  return {
    post: (path: string, data?: unknown) => desk.request.post(`/api${path}`, { data, headers }),
    put: (path: string, data: unknown) => desk.request.put(`/api${path}`, { data, headers }),
  };
}

async function newPerson(displayName: string): Promise<string> {
  const api = await consoleApi();
  const made = await api.post('/people', { displayName });
  expect(made.status()).toBe(201);
  const id = ((await made.json()) as { id: string }).id;
  expect((await api.put(`/people/${id}/hours`, OFFICE_HOURS)).ok()).toBe(true);
  return id;
}

async function pairingCode(id: string): Promise<string> {
  const made = await (await consoleApi()).post(`/people/${id}/pairing-codes`);
  expect(made.ok()).toBe(true);
  return formatPairingCode(((await made.json()) as { code: string }).code);
}

async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-page', 'yes'));
}
async function expectNoReload(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-e2e-same-page', 'yes');
}

function goalCard(page: Page, title: string): Locator {
  return page.getByRole('article', { name: title });
}

function milestone(card: Locator, title: string): Locator {
  return card.getByRole('listitem').filter({ hasText: title }).first();
}

test.beforeAll(async ({ browser, baseURL }) => {
  const origin = baseURL ?? seed().baseURL;
  server = await request.newContext({ baseURL: origin });
  await setServerClock(THURSDAY_1000);
  await newContexts(browser, origin);
  // The person, with their phone linked the way they would link it.
  await signIn('');
  personId = await newPerson(PERSON);
  await pairWithCode(phone, await pairingCode(personId));
});

async function newContexts(browser: Browser, baseURL: string) {
  phoneContext = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  deskContext = await browser.newContext({
    baseURL,
    ...DESK,
  });
  phone = await phoneContext.newPage();
  desk = await deskContext.newPage();
  desk.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  // Both browsers' clocks follow the server's.
  await phone.clock.install({ time: THURSDAY_1000 });
  await desk.clock.install({ time: THURSDAY_1000 });
}

test.afterEach(() => {
  expect(refused).toEqual([]);
});

test.afterAll(async () => {
  await phoneContext?.close();
  await deskContext?.close();
  // Back to real time for any spec that shares this server.
  await setServerClock(new Date());
  await server.dispose();
});

test('the caseworker sets a goal in the person’s own words, with milestones and rewards', async () => {
  await desk.goto(`/console/#/people/${personId}/goals`);
  await expect(desk.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
  await expect(desk.getByRole('heading', { name: 'Working on now' })).toBeVisible();
  await expect(desk.getByText('No goals being worked on just now.')).toBeVisible();

  await desk.getByRole('button', { name: 'Set a new goal' }).click();
  const form = desk.getByRole('form', { name: 'Set a new goal' });
  await expect(form).toBeVisible();
  // Nothing written: said beside the field and in the summary, which takes focus.
  await form.getByRole('button', { name: 'Set this goal' }).click();
  await expect(desk.getByRole('alert')).toContainText('Write the goal, in their own words');
  await expect(desk.getByRole('alert')).toBeFocused();
  await expectAccessible(desk);

  await form.getByLabel('The goal, in their own words').fill(GOAL);
  const one = form.getByRole('group', { name: 'Milestone 1' });
  await one.getByLabel('What they will do').fill(FIRST);
  await one.getByLabel('Hoped-for date (optional)').fill('2027-02-12');
  await one.getByLabel('Their reward (optional)').fill(REWARD);
  const two = form.getByRole('group', { name: 'Milestone 2' });
  await two.getByLabel('What they will do').fill(SECOND);
  await two.getByLabel('Their reward (optional)').fill('A new book');
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await form
    .getByRole('group', { name: 'Milestone 3' })
    .getByLabel('What they will do')
    .fill('Go three Tuesdays in a row');
  await expectAccessible(desk);
  await shoot(desk, 'goal-form');
  await form.getByRole('button', { name: 'Set this goal' }).click();

  await expect(desk.getByText(`The goal “${GOAL}” is set.`)).toBeVisible();
  const card = goalCard(desk, GOAL);
  await expect(card).toContainText('0 of 3 milestones done');
  await expect(milestone(card, FIRST)).toContainText('Hoped for by Friday 12 February 2027');
  await expect(milestone(card, FIRST)).toContainText(`Their reward: ${REWARD}`);
  await expect(milestone(card, SECOND)).toContainText('Their reward: A new book');
  await expect(milestone(card, 'Go three Tuesdays')).not.toContainText('Their reward');
  await card.getByText(/^History/).click();
  await expect(card).toContainText(`${sam().name} set the goal “${GOAL}”.`);

  // What the phone is told: the goal, as set.
  await desk.reload();
  await expect(goalCard(desk, GOAL)).toContainText('0 of 3 milestones done');
  await expectAccessible(desk);
  await shoot(desk, 'goals');
});

test('the phone gets the goal, ticks a milestone offline and sees the reward; the console sees the tick live', async () => {
  await phone.goto('/goals');
  await expect(phone.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(phone.getByText(GOAL)).toBeVisible();
  await waitForServiceWorker(phone);

  await desk.goto(`/console/#/people/${personId}/goals`);
  const card = goalCard(desk, GOAL);
  await expect(card).toBeVisible();
  await markNoReload(desk);

  await phoneContext.setOffline(true);
  await phone.goto('/goals');
  await expect(phone.getByText(GOAL)).toBeVisible();
  await expect(phone.getByText(`Next step: ${FIRST}`)).toBeVisible();
  await phone.getByRole('button', { name: `I did it: ${FIRST}` }).click();
  const wellDone = phone.getByRole('heading', { name: 'Well done!' });
  await expect(wellDone).toBeVisible();
  // The celebration itself (the innermost thing holding its heading) shows the reward.
  const celebration = phone.locator('*', { has: wellDone }).last();
  await expect(celebration).toContainText(`Your reward: ${REWARD}`);
  // Still offline: nothing has reached the console.
  await desk.waitForTimeout(1500);
  await expect(milestone(card, FIRST)).toContainText('Not yet');

  await phoneContext.setOffline(false);
  await expect(milestone(card, FIRST)).toContainText('Done', { timeout: 30_000 });
  await expect(milestone(card, FIRST)).toContainText(`${PERSON} ticked it on their phone`);
  await expect(card).toContainText('1 of 3 milestones done');
  await expect(
    desk.getByRole('status').filter({ hasText: `${PERSON} ticked “${FIRST}”` }),
  ).toBeVisible();
  await expectNoReload(desk);

  // A note of encouragement on the milestone they reached.
  await milestone(card, FIRST)
    .getByRole('button', { name: /Add a note of encouragement/ })
    .click();
  await desk.getByLabel(/A note of encouragement/).fill('Well done, Robin! See you Tuesday.');
  await desk.getByRole('button', { name: 'Send the note' }).click();
  await expect(desk.getByText(`Your note on “${FIRST}” is sent.`)).toBeVisible();
  await expect(milestone(card, FIRST).locator('blockquote')).toContainText(
    'Well done, Robin! See you Tuesday.',
  );
  await expectAccessible(desk);
  await shoot(desk, 'goals-ticked');
});

test('the caseworker changes the goal, ticks for the person, pauses, restarts and finishes it, and the history keeps it all', async () => {
  await desk.goto(`/console/#/people/${personId}/goals`);
  const card = goalCard(desk, GOAL);
  await card.getByRole('button', { name: /^Change this goal/ }).click();
  const form = desk.getByRole('form', { name: `Change “${GOAL}”` });
  // The ticked milestone can be renamed but not removed.
  const ticked = form.getByRole('group', { name: 'Milestone 1' });
  await expect(ticked).toContainText('Done on');
  await expect(ticked.getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await form
    .getByRole('group', { name: 'Milestone 3' })
    .getByRole('button', { name: /Remove/ })
    .click();
  await form.getByRole('button', { name: 'Add a milestone' }).click();
  await form
    .getByRole('group', { name: 'Milestone 3' })
    .getByLabel('What they will do')
    .fill('Have a cup of tea with the group');
  await form.getByRole('button', { name: 'Save the changes' }).click();
  await expect(desk.getByText(`The goal “${GOAL}” is saved.`)).toBeVisible();
  await expect(card).toContainText('1 of 3 milestones done');
  await expect(card).not.toContainText('Go three Tuesdays');
  await expect(card).toContainText('Have a cup of tea with the group');

  await milestone(card, SECOND)
    .getByRole('button', { name: /^Tick as done/ })
    .click();
  await expect(desk.getByText(`“${SECOND}” is ticked.`)).toBeVisible();
  await expect(milestone(card, SECOND)).toContainText(`${sam().name} ticked it`);

  await card.getByRole('button', { name: /^Pause/ }).click();
  await expect(desk.getByRole('region', { name: 'Resting for now' })).toContainText(GOAL);
  await goalCard(desk, GOAL)
    .getByRole('button', { name: /^Start again/ })
    .click();
  await expect(desk.getByRole('region', { name: 'Working on now' })).toContainText(GOAL);

  await goalCard(desk, GOAL)
    .getByRole('button', { name: /^Mark as done/ })
    .click();
  await expect(desk.getByText(`Mark “${GOAL}” as done?`)).toBeVisible();
  await desk.getByRole('button', { name: 'Yes, mark it as done' }).click();
  const done = desk.getByRole('region', { name: 'Done', exact: true });
  await expect(done).toContainText(GOAL);
  const history = goalCard(desk, GOAL);
  await history.getByText(/^History/).click();
  for (const line of [
    `${PERSON} ticked “${FIRST}”.`,
    `${sam().name} ticked “${SECOND}”.`,
    `${sam().name} paused the goal for now.`,
    `${sam().name} started the goal again.`,
    `${sam().name} marked the goal as done.`,
  ]) {
    await expect(history).toContainText(line);
  }
  for (const word of ['failed', 'Failed', 'overdue']) await expect(history).not.toContainText(word);
  await expectAccessible(desk);

  await phone.goto('/goals');
  await expect(phone.getByRole('heading', { name: 'Done' })).toBeVisible();
});

test('a week of contacts logged in the console shows the same count against the target on the console and the phone', async () => {
  await desk.goto(`/console/#/people/${personId}/contact`);
  await expect(desk.getByRole('heading', { level: 1, name: 'Contact' })).toBeVisible();
  await expect(desk.getByText('No target set yet.')).toBeVisible();

  // A step-down, worked out and then changed by hand before saving.
  await desk.getByRole('button', { name: 'Set a weekly target' }).click();
  await desk.getByLabel('From (contacts a week)').fill('10');
  await desk.getByLabel('To (contacts a week)').fill('5');
  await desk.getByLabel('Over how many weeks').fill('5');
  await desk.getByRole('button', { name: 'Work out the weeks' }).click();
  await expect(desk.getByText('The weeks are below.')).toBeVisible();
  const weeks = desk.getByRole('textbox', { name: /^Contacts a week from week/ });
  await expect(weeks).toHaveCount(5);
  expect(
    await weeks.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
  ).toEqual(['10', '9', '8', '6', '5']);
  // Agreed together: a gentler fourth week.
  await weeks.nth(3).fill('7');
  await expectAccessible(desk);
  await shoot(desk, 'contact-plan');
  await desk.getByRole('button', { name: 'Save the plan' }).click();
  await expect(desk.getByText('The plan is saved.')).toBeVisible();
  await expect(desk.getByText('This week: 10 contacts a week.')).toBeVisible();
  const planned = desk.getByRole('region', { name: 'Weekly target' });
  await expect(planned).toContainText('From the week of Mon 8 Feb: 9 contacts a week');
  await expect(planned).toContainText('From the week of Mon 22 Feb: 7 contacts a week');
  await expect(planned).toContainText('From the week of Mon 1 Mar: 5 contacts a week');

  // Monday to Thursday this week, and one last Sunday (last week: not counted this week).
  // The time as typed, and as the console says it back.
  const logged: [date: string, time: string, said: string, kind: string][] = [
    ['2027-01-31', '18:00', '6pm', 'Call'],
    [THIS_MONDAY, '09:30', '9:30am', 'Call'],
    ['2027-02-02', '14:00', '2pm', 'Visit'],
    ['2027-02-03', '11:15', '11:15am', 'Text'],
    ['2027-02-04', '09:45', '9:45am', 'Call'],
  ];
  const log = desk.getByRole('region', { name: 'Log a contact' });
  for (const [date, time, said, kind] of logged) {
    await log.getByRole('radio', { name: kind, exact: true }).check();
    await fillDateInput(log, 'Date of the contact', date);
    await log.getByLabel('Time').fill(time);
    await log.getByRole('button', { name: 'Log this contact' }).click();
    await expect(log.getByRole('status')).toContainText(`${said} is logged`);
  }
  // A mistaken one, taken back.
  await log.getByRole('radio', { name: 'Other' }).check();
  await log.getByLabel('Time').fill('09:50');
  await log.getByRole('button', { name: 'Log this contact' }).click();
  await expect(log.getByRole('status')).toContainText(
    'The other on Thu 4 Feb 2027, 9:50am is logged',
  );
  await expect(
    desk.getByText('5 contacts so far this week. You agreed up to 10 this week.'),
  ).toBeVisible();
  await desk.getByRole('button', { name: 'Delete the other on Thu 4 Feb 2027, 9:50am' }).click();
  await expect(desk.getByText('The other on Thu 4 Feb 2027, 9:50am is deleted.')).toBeVisible();
  // A time still to come is refused before sending.
  await log.getByLabel('Time').fill('23:00');
  await log.getByRole('button', { name: 'Log this contact' }).click();
  await expect(desk.getByRole('alert')).toContainText('This time has not come yet');

  await expect(
    desk.getByText('4 contacts so far this week. You agreed up to 10 this week.'),
  ).toBeVisible();
  const chart = desk.getByRole('img', { name: /Contacts each week for the last 12 weeks/ });
  await expect(chart).toHaveAccessibleName(/This week: 4, with up to 10 agreed\./);
  await desk.getByText('Show the 12 weeks as a table').click();
  const table = desk.getByRole('table', { name: `Contacts with ${PERSON} each week` });
  await expect(table.getByRole('row', { name: /Mon 1 Feb \(this week\)/ })).toContainText('410');
  await expect(table.getByRole('row', { name: /Mon 25 Jan/ })).toContainText('1None set');
  await expect(
    desk.getByRole('table', { name: 'Contacts, page 1 of 1' }).getByRole('row'),
  ).toHaveCount(6);
  await expectAccessible(desk);
  await shoot(desk, 'contact');

  // The phone counts with the same rule, against the same target.
  await phone.goto('/contacts');
  await expect(phone.getByRole('heading', { level: 1, name: 'Staying in touch' })).toBeVisible();
  await expect(phone.getByText(weekWords(4, 10))).toBeVisible();

  // The person taps "I called Sam": the console counts it live.
  await markNoReload(desk);
  await phone.getByRole('button', { name: /^I called/ }).click();
  await expect(
    desk.getByText('5 contacts so far this week. You agreed up to 10 this week.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(desk.getByRole('row').filter({ hasText: `${PERSON}, on their phone` })).toHaveCount(
    1,
  );
  await expectNoReload(desk);
});

test('what the person chose to send shows on the Wellbeing tab, live', async () => {
  // A second person, whose phone sends through its device token (no app screens involved).
  const otherId = await newPerson('Pat Wellbeingtest');
  const paired = await server.post('/api/device/pair', {
    data: { code: await pairingCode(otherId) },
    headers: CLOSE,
  });
  expect(paired.ok()).toBe(true);
  const token = ((await paired.json()) as { token: string }).token;
  const headers = { Authorization: `Bearer ${token}`, ...CLOSE };
  const checkIn = (at: string, reason: string, answers: Record<string, unknown>) =>
    server.put(`/api/device/check-ins/${randomUUID()}`, { data: { at, reason, answers }, headers });

  await desk.goto(`/console/#/people/${otherId}/wellbeing`);
  await expect(desk.getByRole('heading', { level: 1, name: 'Wellbeing' })).toBeVisible();
  await expect(desk.getByText('You only see what Pat Wellbeingtest chose to send.')).toBeVisible();
  await expect(desk.getByText('Pat Wellbeingtest has not sent a check-in.')).toBeVisible();
  await markNoReload(desk);

  const first = await checkIn('2027-01-05T10:00:00Z', 'start', {
    satisfied: 3,
    worthwhile: 4,
    happy: null,
    anxious: 8,
    lonely: 'often-or-always',
  });
  expect(first.ok(), await first.text()).toBe(true);
  await expect(desk.getByText('1 check-in sent')).toBeVisible();
  const latest = await checkIn('2027-02-04T09:00:00Z', 'monthly', {
    satisfied: 6,
    worthwhile: 4,
    happy: 7,
    anxious: 5,
    lonely: 'some-of-the-time',
  });
  expect(latest.ok(), await latest.text()).toBe(true);
  const urgent = await server.put(`/api/device/urgent-care/${randomUUID()}`, {
    data: { at: '2027-01-20T02:00:00Z', wentToAe: true, called999: false, called111: true },
    headers,
  });
  expect(urgent.ok(), await urgent.text()).toBe(true);

  await expect(desk.getByText('2 check-ins sent')).toBeVisible();
  const summary = desk.getByRole('table', { name: 'First and latest answers' });
  await expect(summary.getByRole('row', { name: /Life satisfaction/ })).toContainText('Up 3');
  await expect(summary.getByRole('row', { name: /Worthwhile/ })).toContainText('No change');
  // Skipped the first time: the first answer is the first one given.
  await expect(summary.getByRole('row', { name: /Happy/ })).toContainText('No change');
  await expect(summary.getByRole('row', { name: /Anxious/ })).toContainText('Down 3');
  await expect(summary.getByRole('row', { name: /Lonely/ })).toContainText('Lonely less often');
  const all = desk.getByRole('table', { name: 'Every check-in, newest first' });
  await expect(all.getByRole('row')).toHaveCount(3);
  await expect(all.getByRole('row').nth(2)).toContainText('Skipped');
  await expect(desk.getByRole('region', { name: 'Urgent care they told us about' })).toContainText(
    'Went to A&E, called 111',
  );
  await expectNoReload(desk);
  await expectAccessible(desk);
  await shoot(desk, 'wellbeing');
});

test('support steps back with a confirm; the phone says so and keeps the plan; it starts again', async () => {
  await desk.goto(`/console/#/people/${personId}`);
  await desk.getByRole('button', { name: 'Step back support' }).click();
  await expect(
    desk.getByRole('heading', { name: `Step back support for ${PERSON}?` }),
  ).toBeFocused();
  await expect(desk.getByText('It keeps their plan, the guide and their journal.')).toBeVisible();
  await expectAccessible(desk);
  await shoot(desk, 'step-back-confirm');
  await desk.getByRole('button', { name: 'Yes, step back support' }).click();
  await expect(desk.getByText(`Support has stepped back for ${PERSON}.`)).toBeVisible();
  await expect(desk.getByText('Stepped back (the door stays open)')).toBeVisible();

  await phone.goto('/');
  await expect(
    phone
      .getByText('Your support has stepped back. You can always contact the team again.')
      .first(),
  ).toBeVisible();
  await phone.goto('/plan');
  await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();

  // The caseload lists them after everyone still supported, with a tag.
  await desk.getByRole('link', { name: 'My caseload' }).click();
  const rows = desk.getByRole('row');
  const ours = rows.filter({ hasText: PERSON });
  await expect(ours).toContainText('Stepped back');
  const names = await rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.textContent ?? ''));
  const firstSteppedBack = names.findIndex((t) => t.includes('Stepped back'));
  expect(names.slice(firstSteppedBack).every((t) => t.includes('Stepped back'))).toBe(true);
  await expectAccessible(desk);

  await desk.goto(`/console/#/people/${personId}`);
  await desk.getByRole('button', { name: 'Start support again' }).click();
  await desk.getByRole('button', { name: 'Yes, start support again' }).click();
  await expect(desk.getByText(`Support has started again for ${PERSON}.`)).toBeVisible();
  await phone.goto('/');
  await expect(phone.getByText('Your support has stepped back')).toHaveCount(0);
});

test('Goals, Contact and Wellbeing reflow at 200% zoom on a laptop (640 CSS px): nothing scrolls sideways', async () => {
  await desk.setViewportSize({ width: 640, height: 400 });
  await desk.goto(`/console/#/people/${personId}/goals`);
  const tabs = [
    ['Goals', desk.getByRole('button', { name: 'Set a new goal' })],
    ['Contact', desk.getByRole('button', { name: 'Log this contact' })],
    ['Wellbeing', desk.getByRole('heading', { name: 'Check-ins' })],
  ] as const;
  for (const [tab, loaded] of tabs) {
    await desk.getByRole('link', { name: tab, exact: true }).click();
    await expect(loaded).toBeVisible();
    const overflow = await desk.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    await desk.screenshot({
      path: `test-results/screens/console-progress-zoom-200-${tab.toLowerCase()}.png`,
      fullPage: true,
    });
  }
  await desk.setViewportSize({ width: 1280, height: 800 });
});
