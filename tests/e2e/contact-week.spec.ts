import {
  expect,
  request,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { caseworkerWeekWords, weekWords } from '#shared/contacts';
import { OFFICE_HOURS, pairWithCode, sam, samSession, seed } from './support/phone-link';

/**
 * The phone and the console in one test, two browser contexts against one real server, every
 * clock under test control, through the week of Monday 19 October 2026: the clocks go back at
 * 2am on Sunday 25 October. A message sent at 5:23am on Thursday is held until 9am; the
 * caseworker signed in at 5:24 sees it, marked, is told they are replying outside the agreed
 * hours, and the phone shows the reply as a reply (its own message still waiting). A call logged
 * in the console just after midnight on the Monday (summer time), the held message and a call
 * the person logs offline at 11:30pm on the Sunday (winter time) are 3 contacts on both sides.
 */

const PERSON = 'Pat Weektest';
const CLOSE = { Connection: 'close' };
/** Thursday 22 October 2026, 5:23am and 5:24am in London (BST, UTC+1). */
const THURSDAY_0523 = new Date('2026-10-22T04:23:00Z');
const THURSDAY_0524 = new Date('2026-10-22T04:24:00Z');
/** Monday 19 October, 12:30am BST: this week (a week in UTC would start an hour later). */
const MONDAY_0030 = new Date('2026-10-18T23:30:00Z');
/** Sunday 18 October, 11:50pm BST: last week. */
const LAST_SUNDAY_2350 = new Date('2026-10-18T22:50:00Z');
/** Sunday 25 October, 11:30pm GMT, after the clocks went back: still this week. */
const SUNDAY_2330 = new Date('2026-10-25T23:30:00Z');
/** Monday 26 October, 12:10am GMT: a new week. */
const NEXT_MONDAY_0010 = new Date('2026-10-26T00:10:00Z');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: APIRequestContext;
let phoneContext: BrowserContext;
let deskContext: BrowserContext;
let phone: Page;
let desk: Page;

/** Moves the server's clock (it also releases held messages that are due). */
async function setServerClock(at: Date): Promise<void> {
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** Every clock at `at`: the server's, the phone's and the console's. */
async function clocksAt(at: Date): Promise<void> {
  await setServerClock(at);
  await phone.clock.setSystemTime(at);
  await desk.clock.setSystemTime(at);
}

/** Signs the console in as Sam (again, after the clock has moved past the session's life). */
async function signIn(path: string): Promise<void> {
  await desk.goto(`/console/${path}`);
  await desk.getByLabel('Email address').fill(sam().email);
  await desk.getByLabel('Password', { exact: true }).fill(sam().password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(desk.getByText('Signed in as')).toBeVisible();
}

test.beforeAll(async ({ browser, baseURL }) => {
  const origin = baseURL ?? seed().baseURL;
  server = await request.newContext({ baseURL: origin });
  const common = { baseURL: origin, locale: 'en-GB', timezoneId: 'Europe/London' };
  phoneContext = await browser.newContext({
    ...common,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  deskContext = await browser.newContext({ ...common, viewport: { width: 1280, height: 800 } });
  phone = await phoneContext.newPage();
  desk = await deskContext.newPage();
  await setServerClock(THURSDAY_0523);
  await phone.clock.install({ time: THURSDAY_0523 });
  await desk.clock.install({ time: THURSDAY_0523 });
});

test.afterAll(async () => {
  await phoneContext?.close();
  await deskContext?.close();
  // Back to real time for the specs that follow.
  await setServerClock(new Date());
  await server.dispose();
});

test('a held message, a logged call and the clock change: the same count on the phone and the console', async () => {
  // Set up as Sam: the person, their office hours, up to 5 contacts a week, two logged calls.
  const { api, headers, ok } = await samSession(seed().baseURL);
  const made = (await ok(
    await api.post('/api/people', { data: { displayName: PERSON }, headers }),
  )) as { id: string };
  const personId = made.id;
  await ok(await api.put(`/api/people/${personId}/hours`, { data: OFFICE_HOURS, headers }));
  const steps = [{ fromWeek: '2026-10-19', times: 5 }];
  await ok(await api.put(`/api/people/${personId}/contact-targets`, { data: { steps }, headers }));
  for (const at of [LAST_SUNDAY_2350, MONDAY_0030]) {
    const data = { at: at.toISOString(), kind: 'call' };
    await ok(await api.post(`/api/people/${personId}/contacts`, { data, headers }));
  }
  const { code } = (await ok(
    await api.post(`/api/people/${personId}/pairing-codes`, { headers }),
  )) as { code: string };
  await api.dispose();
  await pairWithCode(phone, code);

  // 5:23am: the person writes; it is held until 9am.
  const words = 'I feel scared tonight.';
  await phone.goto('/messages');
  await phone.getByLabel('Write a message to Sam').fill(words);
  await phone.getByRole('button', { name: 'Send' }).click();
  await phone.getByRole('button', { name: 'Send it for Sam to read later' }).click();
  const waiting = phone.getByTestId('message-status').last();
  await expect(waiting).toHaveText(/^Waiting for Sam’s hours\. Sam will read this from 9/);

  // 5:24am: Sam opens the thread and sees it, marked, and not new.
  await clocksAt(THURSDAY_0524);
  await signIn(`#/people/${personId}/messages`);
  await expect(desk.getByText(words)).toBeVisible();
  await expect(desk.getByTestId('held')).toContainText(
    `Sent outside your agreed hours: ${PERSON} has been told you will read it from 9am.`,
  );
  await expect(desk.getByText('No messages yet')).toHaveCount(0);
  await expect(desk.getByText('New', { exact: true })).toHaveCount(0);
  // Told before sending that it is outside the person's agreed hours.
  await expect(desk.getByTestId('reply-outside-hours')).toContainText(
    `You are replying outside ${PERSON}’s agreed hours. Their hours begin at 9am.`,
  );
  await desk.screenshot({ path: 'test-results/screens/held-message-console.png', fullPage: true });
  const reply = 'I have seen your message. If it gets worse, call 111.';
  await desk.getByLabel(`Reply to ${PERSON}`).fill(reply);
  await desk.getByRole('button', { name: 'Send reply' }).click();
  await expect(desk.getByText(`Reply sent to ${PERSON}.`)).toBeVisible();

  // The phone shows the reply as a reply; its own message is still waiting, not "read".
  await phone.evaluate(() => window.dispatchEvent(new Event('online')));
  const thread = phone.getByRole('list', { name: 'Messages with Sam' });
  await expect(thread).toContainText(reply);
  await expect(phone.getByTestId('reply-status')).toHaveText(
    'Sam sent this outside your agreed hours.',
  );
  await expect(waiting).toHaveText(/^Waiting for Sam’s hours/);
  await expect(thread).not.toContainText('has read this');
  await phone.screenshot({ path: 'test-results/screens/held-message-phone.png', fullPage: true });

  // Both sides: the Monday call and the held message, against up to 5.
  await desk.goto(`/console/#/people/${personId}/contact`);
  await expect(desk.getByText(caseworkerWeekWords(2, 5))).toBeVisible();
  await phone.goto('/contacts');
  await expect(phone.getByTestId('week-words')).toHaveText(weekWords(2, 5));

  // Sunday 11:30pm, after the clocks went back: the person logs a call with no signal.
  await clocksAt(SUNDAY_2330);
  await signIn(`#/people/${personId}/contact`);
  await expect(desk.getByText(caseworkerWeekWords(2, 5))).toBeVisible();
  await phone.reload();
  await expect(phone.getByTestId('week-words')).toHaveText(weekWords(2, 5));
  await phoneContext.setOffline(true);
  await phone.getByRole('button', { name: 'I called Sam' }).click();
  // The phone says it has one the console cannot know of yet, rather than a different number.
  await expect(phone.getByTestId('week-words')).toHaveText(weekWords(3, 5, 1));
  await expect(desk.getByText(caseworkerWeekWords(2, 5))).toBeVisible();

  // Back online: the call reaches the server, and both say 3.
  await phoneContext.setOffline(false);
  await phone.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(phone.getByTestId('week-words')).toHaveText(weekWords(3, 5), { timeout: 20_000 });
  await expect(desk.getByText(caseworkerWeekWords(3, 5))).toBeVisible({ timeout: 20_000 });
  await expect(desk.getByText(/against a target|aim/i)).toHaveCount(0);
  await expect(phone.getByText(/aim|well done/i)).toHaveCount(0);

  // 12:10am Monday (GMT): a new week on both sides.
  await clocksAt(NEXT_MONDAY_0010);
  await signIn(`#/people/${personId}/contact`);
  await expect(desk.getByText(caseworkerWeekWords(0, 5))).toBeVisible();
  await phone.reload();
  await expect(phone.getByTestId('week-words')).toHaveText(weekWords(0, 5));
});
