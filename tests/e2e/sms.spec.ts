import {
  expect,
  request,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { expectAccessible } from './support/axe';
import { caseworkerApi, sam, seed } from './support/phone-link';

/**
 * Texts about a waiting message, end to end: Sam adds Jo's mobile number and records Jo's
 * agreement in the console, replies, and the local stand-in for GOV.UK Notify (support/serve.ts,
 * read back at /__test/sms) gets one text with no words of the reply, only once the reply has
 * been unread for 3 hours; none before consent, and none at night (it waits for 8am).
 */

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const CLOSE = { Connection: 'close' };
const NUMBER = '+447700900456';
const REPLY = 'Jo, the housing officer can see you on Friday at 2pm';
// Wednesday 10 March 2027, 10:00 in London (GMT).
const WEDNESDAY_1000 = new Date('2027-03-10T10:00:00Z');
const HOUR = 3_600_000;

type Received = { phoneNumber: string; raw: string; fields: string[] };

let server: APIRequestContext;
let deskContext: BrowserContext;
let desk: Page;
let personId = '';
let now = WEDNESDAY_1000;

async function setServerClock(at: Date): Promise<void> {
  now = at;
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** The texts the Notify stand-in received for Jo's number. */
async function textsToJo(): Promise<Received[]> {
  const res = await server.get('/__test/sms', { headers: CLOSE });
  const { received } = (await res.json()) as { received: Received[] };
  return received.filter((r) => r.phoneNumber === NUMBER);
}

/** Sign the console in as Sam at `path` (again after the clock moved past the session's life). */
async function signIn(path: string): Promise<void> {
  // A fresh load: a change of hash alone keeps the console's idea of the (maybe expired) session.
  await desk.goto('about:blank');
  await desk.goto(`/console/${path}`);
  const email = desk.getByLabel('Email address');
  await expect(email.or(desk.getByText('Signed in as'))).toBeVisible();
  if (!(await email.isVisible())) return;
  await email.fill(sam().email);
  await desk.getByLabel('Password', { exact: true }).fill(sam().password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(desk.getByText('Signed in as')).toBeVisible();
}

async function reply(words: string): Promise<void> {
  await signIn(`#/people/${personId}/messages`);
  await desk.getByLabel('Reply to Jo Texttest').fill(words);
  await desk.getByRole('button', { name: 'Send reply' }).click();
  await expect(desk.getByText(words)).toBeVisible();
}

test.beforeAll(async ({ browser, baseURL }) => {
  const base = baseURL ?? seed().baseURL;
  server = await request.newContext({ baseURL: base });
  await setServerClock(WEDNESDAY_1000);
  deskContext = await browser.newContext({
    baseURL: base,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  desk = await deskContext.newPage();

  // Jo's phone is linked and can get pushes (a subscription at the local push service), so a
  // text waits for the delay rather than going at once.
  const api = await caseworkerApi(base);
  personId = await api.addPerson('Jo Texttest');
  const code = (await api.pairingCode(personId)).replace('-', '');
  await api.dispose();
  const paired = await server.post('/api/device/pair', { data: { code }, headers: CLOSE });
  expect(paired.status(), await paired.text()).toBe(201);
  const { token } = (await paired.json()) as { token: string };
  const sub = await fetch(`${seed().pushServiceURL}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userVisibleOnly: 'true', applicationServerKey: seed().vapidPublicKey }),
  });
  const { data } = (await sub.json()) as {
    data: { endpoint: string; keys: { p256dh: string; auth: string } };
  };
  const subscribed = await server.put('/api/device/push-subscription', {
    data: { endpoint: data.endpoint, keys: data.keys },
    headers: { authorization: `Bearer ${token}`, ...CLOSE },
  });
  expect(subscribed.ok(), await subscribed.text()).toBe(true);
});

test.afterAll(async () => {
  await deskContext.close();
  await server.dispose();
});

test('Sam adds the number: no text goes until Jo has agreed', async () => {
  await signIn(`#/people/${personId}/texts`);
  await expect(desk.getByRole('heading', { name: 'Texts to Jo Texttest' })).toBeVisible();
  await expect(desk.getByText('Texts are off')).toBeVisible();
  await expect(
    desk.getByText('Record that Jo Texttest agrees to texts on the Consent tab.'),
  ).toBeVisible();

  // A landline is refused, in words that say what to do.
  await desk.getByLabel('UK mobile number').fill('0113 496 0000');
  await desk.getByRole('button', { name: 'Save number' }).click();
  await expect(desk.getByRole('alert').first()).toContainText('Enter a UK mobile number');
  await desk.getByLabel('UK mobile number').fill('07700 900456');
  await desk.getByRole('button', { name: 'Save number' }).click();
  await expect(desk.getByText('Saved.')).toBeVisible();
  await expect(desk.getByLabel('UK mobile number')).toHaveValue('07700 900456');

  await reply('Before you agreed to texts');
  await setServerClock(new Date(now.getTime() + 4 * HOUR));
  expect(await textsToJo()).toEqual([]);
});

test('with consent recorded, an unread reply gets one text after 3 hours, with no words of it', async () => {
  await signIn(`#/people/${personId}/consent`);
  await desk
    .getByRole('radio', { name: 'A text to their mobile when a message is waiting' })
    .check();
  await desk.getByRole('button', { name: 'Record consent' }).click();
  await expect(
    desk.getByText('A text to their mobile when a message is waiting: agreed is recorded.'),
  ).toBeVisible();
  await desk.getByRole('link', { name: 'Texts' }).click();
  await expect(desk.getByText('Texts are on')).toBeVisible();
  await expect(desk.getByText('Last text: none sent yet')).toBeVisible();

  await reply(REPLY);
  const sentAt = now;
  // The server's clock runs on from where it was set, so the reply went a little after `now`.
  await setServerClock(new Date(sentAt.getTime() + 2 * HOUR + 55 * 60_000));
  expect(await textsToJo()).toEqual([]);
  await setServerClock(new Date(sentAt.getTime() + 3 * HOUR + 5 * 60_000));
  const texts = await textsToJo();
  expect(texts).toHaveLength(1);
  expect(texts[0]?.fields).toEqual(['phone_number', 'reference', 'template_id']);
  for (const word of ['Jo', 'Texttest', 'housing', 'Friday', 'Sam'])
    expect(texts[0]?.raw).not.toContain(word);
  // Once per reply, however long it stays unread.
  await setServerClock(new Date(sentAt.getTime() + 9 * HOUR));
  expect(await textsToJo()).toHaveLength(1);

  await signIn(`#/people/${personId}/texts`);
  await expect(desk.getByText('Texts are on')).toBeVisible();
  await expect(desk.getByText(/^Last text:/)).not.toContainText('none sent yet');
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-texts.png', fullPage: true });
});

test('a reply in the evening waits for 8am: no text at night', async () => {
  // 7:30pm on Thursday 11 March: due at 10:30pm, in Jo's quiet hours.
  await setServerClock(new Date('2027-03-11T19:30:00Z'));
  await reply('Evening reply');
  await signIn(`#/people/${personId}/texts`);
  await expect(
    desk
      .getByText('Next text: tomorrow', { exact: false })
      .or(desk.getByText(/Next text: .* at 8am/)),
  ).toBeVisible();
  await setServerClock(new Date('2027-03-11T22:30:00Z'));
  await setServerClock(new Date('2027-03-12T07:59:00Z'));
  expect(await textsToJo()).toHaveLength(1);
  await setServerClock(new Date('2027-03-12T08:00:00Z'));
  expect(await textsToJo()).toHaveLength(2);
});

test('the Texts tab at 200% text and on a narrow screen', async () => {
  await desk.setViewportSize({ width: 320, height: 800 });
  await signIn(`#/people/${personId}/texts`);
  const cdp = await deskContext.newCDPSession(desk);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await expect(desk.getByRole('button', { name: 'Save number' })).toBeVisible();
  const overflow = await desk.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await desk.screenshot({ path: 'test-results/screens/console-texts-200.png', fullPage: true });
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
});
