import { readFileSync } from 'node:fs';
import {
  expect,
  request,
  test,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { nextOpening } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import { PushPayload } from '#shared/schemas/connect';
import { formatPairingCode } from '#shared/schemas/pairing';
import { OFFICE_HOURS, pairWithCode, writeNote } from './support/phone-link';

/**
 * End to end: the person's phone (the app, a small phone) and their caseworker's
 * console (a laptop), two browser contexts against one real server, its clock under test
 * control (`POST /__test/clock`, see support/serve.ts) and a real local push service
 * (web-push-testing), which decrypts what it receives so we can read exactly what a lock screen
 * could be given.
 */

type SeedStaff = { name: string; email: string; role: 'lead' | 'caseworker'; password: string };
type Seed = { baseURL: string; pushServiceURL: string; vapidPublicKey: string; staff: SeedStaff[] };
const seed = (): Seed =>
  JSON.parse(readFileSync(process.env.E2E_SEED ?? 'test-results/e2e-seed.json', 'utf8')) as Seed;

/** Sam, the seeded caseworker the phone-side specs also use. */
function sam(): SeedStaff {
  const found = seed().staff.find((s) => s.email.startsWith('sam@'));
  if (!found) throw new Error('No seeded Sam');
  return found;
}

// Thursday 4 February 2027, 10:00 in London (GMT): inside Sam's office hours.
const THURSDAY_1000 = new Date('2027-02-04T10:00:00Z');
// 22:10 on Friday 5 February 2027, and the start of the next window (Monday 09:00).
const FRIDAY_2210 = new Date('2027-02-05T22:10:00Z');
const MONDAY_0900 = new Date('2027-02-08T09:00:00Z');

const PERSON = 'Robin Connecttest';
const CLOSE = { Connection: 'close' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: APIRequestContext;
let phoneContext: BrowserContext;
let consoleContext: BrowserContext;
let phone: Page;
let desk: Page;
let personId = '';
let clientHash = '';

/** Moves the server's clock; the server also releases held messages and sends due pushes. */
async function setServerClock(at: Date): Promise<void> {
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

/** What the push service has received for our phone, decrypted. */
async function pushesReceived(): Promise<string[]> {
  const res = await fetch(`${seed().pushServiceURL}/get-notifications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientHash }),
  });
  const body = (await res.json()) as { data?: { messages?: string[] } };
  return body.data?.messages ?? [];
}

/** Signs the console in as Sam (again, after the clock has moved past the session's life). */
async function signIn(path: string): Promise<void> {
  await desk.goto(`/console/${path}`);
  await desk.getByLabel('Email address').fill(sam().email);
  await desk.getByLabel('Password', { exact: true }).fill(sam().password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await expect(desk.getByText('Signed in as')).toBeVisible();
}

/** The console's own API with the page's session (to set things up, not to check them). */
async function consoleApi() {
  const me = await desk.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken, ...CLOSE };
  return {
    post: (path: string, data?: unknown) => desk.request.post(`/api${path}`, { data, headers }),
    put: (path: string, data: unknown) => desk.request.put(`/api${path}`, { data, headers }),
  };
}

/**
 * A browser push subscription that goes to the local push service: headless Chromium cannot
 * reach a real one. The app calls `pushManager.subscribe()` as on a phone and gets this.
 */
async function fakePushManager(context: BrowserContext): Promise<void> {
  const res = await fetch(`${seed().pushServiceURL}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userVisibleOnly: 'true', applicationServerKey: seed().vapidPublicKey }),
  });
  const { data } = (await res.json()) as {
    data: { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string };
  };
  clientHash = data.clientHash;
  const json = { endpoint: data.endpoint, expirationTime: null, keys: data.keys };
  await context.addInitScript((sub) => {
    let current: unknown = null;
    const made = {
      ...sub,
      toJSON: () => sub,
      unsubscribe: async () => {
        current = null;
        return true;
      },
    };
    PushManager.prototype.subscribe = async function () {
      current = made;
      return made as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function () {
      return current as PushSubscription | null;
    };
  }, json);
}

async function newContexts(browser: Browser, baseURL: string) {
  phoneContext = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    permissions: ['notifications'],
  });
  consoleContext = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  });
  await fakePushManager(phoneContext);
  phone = await phoneContext.newPage();
  desk = await consoleContext.newPage();
  // The phone's clock follows the server's (it decides "outside agreed hours" itself too).
  await phone.clock.install({ time: THURSDAY_1000 });
}

test.beforeAll(async ({ browser, baseURL }) => {
  const origin = baseURL ?? seed().baseURL;
  server = await request.newContext({ baseURL: origin });
  await setServerClock(THURSDAY_1000);
  await newContexts(browser, origin);
});

test.afterAll(async () => {
  await phoneContext?.close();
  await consoleContext?.close();
  // Back to real time for the specs that follow.
  await setServerClock(new Date());
  await server.dispose();
});

test('the caseworker makes a code in the console and the phone pairs with it', async () => {
  await signIn('');
  const api = await consoleApi();
  const made = await api.post('/people', { displayName: PERSON });
  expect(made.status()).toBe(201);
  personId = ((await made.json()) as { id: string }).id;
  expect((await api.put(`/people/${personId}/hours`, OFFICE_HOURS)).ok()).toBe(true);

  await desk.goto(`/console/#/people/${personId}`);
  await desk.getByRole('button', { name: 'Make a pairing code' }).click();
  const shown = desk.locator('p', { hasText: 'Pairing code:' });
  await expect(shown).toBeVisible();
  const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec((await shown.textContent()) ?? '')?.[1] ?? '';
  expect(formatPairingCode(code.replace('-', ''))).toBe(code);

  await pairWithCode(phone, code);
  await expect(phone.getByRole('main')).toContainText('Sam');
  await desk.reload();
  await expect(desk.getByRole('heading', { name: 'Linked phones' })).toBeVisible();
  await expect(desk.getByText('No phone is linked.')).toHaveCount(0);
});

test('an entry shared offline reaches the console once, live; withdrawn, it is gone', async () => {
  const words = 'I sat by the river instead of going to A&E at 3am';
  await desk.goto(`/console/#/people/${personId}/journal`);
  await expect(
    desk.getByRole('heading', { level: 1, name: 'Journal shared with you' }),
  ).toBeVisible();
  const entries = desk.getByRole('article');
  await expect(entries).toHaveCount(0);

  const entryPath = await writeNote(phone, words);
  await phone.getByRole('link', { name: 'Share with Sam' }).click();
  await phoneContext.setOffline(true);
  await phone.getByRole('button', { name: 'Share with Sam' }).click();
  await expect(phone).toHaveURL(entryPath);
  await expect(phone.getByTestId('share-state')).toHaveText('Waiting to send');
  await phone.waitForTimeout(1000);
  await expect(entries).toHaveCount(0);

  await phoneContext.setOffline(false);
  await expect(phone.getByTestId('share-state')).toHaveText('Sent to Sam', { timeout: 20_000 });
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText(words);
  // Exactly one copy, however often the phone's outbox tried.
  await desk.waitForTimeout(1500);
  await expect(entries).toHaveCount(1);

  await phone.getByRole('button', { name: 'Stop sharing' }).click();
  await phone.getByRole('button', { name: 'Yes, stop sharing' }).click();
  await expect(phone.getByRole('link', { name: 'Share with Sam' })).toBeVisible();
  await expect(entries).toHaveCount(0);
  await expect(desk.getByText(words)).toHaveCount(0);
  // Still in the person's journal on the phone.
  await phone.goto('/journal');
  await expect(phone.getByRole('link', { name: /I sat by the river/ })).toBeVisible();
});

test('inside agreed hours a message is delivered at once; the reply is pushed with nothing personal', async () => {
  await phone.goto('/messages');
  await phone.getByRole('button', { name: 'Turn on notifications' }).click();
  await expect(phone.getByRole('button', { name: 'Turn off notifications' })).toBeVisible();

  await desk.goto(`/console/#/people/${personId}/messages`);
  await expect(desk.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  const text = 'Can I see you on Monday about my housing letter?';
  await phone.getByLabel('Write a message to Sam').fill(text);
  await phone.getByRole('button', { name: 'Send' }).click();
  // The console has the thread open, which marks it read: the phone may hear that at once.
  await expect(phone.getByTestId('message-status')).toHaveText(/^(Sent to Sam|Sam has read this)$/);
  await expect(desk.getByText(text)).toBeVisible();

  const reply = 'Yes, Robin. Come in at 11 and bring the letter.';
  await desk.getByLabel(`Reply to ${PERSON}`).fill(reply);
  await desk.getByRole('button', { name: 'Send reply' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'Reply sent' })).toBeVisible();

  await expect.poll(pushesReceived, { timeout: 15_000 }).toHaveLength(1);
  const [payload] = await pushesReceived();
  expect(PushPayload.parse(JSON.parse(payload ?? ''))).toEqual({
    kind: 'message',
    url: '/messages',
  });
  for (const personal of ['Robin', 'Connecttest', 'Sam', 'housing', 'letter', 'Come in']) {
    expect(payload).not.toContain(personal);
  }
  await phone.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(phone.getByRole('list', { name: 'Messages with Sam' })).toContainText(reply);
});

test('a message at 22:10 on a Friday is held, and released when the window opens on Monday', async () => {
  await setServerClock(FRIDAY_2210);
  await phone.clock.setSystemTime(FRIDAY_2210);
  const when = describeWhen(nextOpening(OFFICE_HOURS, FRIDAY_2210) ?? MONDAY_0900, FRIDAY_2210);
  expect(when).toMatch(/Monday/);

  const text = 'I am not doing well tonight.';
  await phone.goto('/messages');
  await phone.getByLabel('Write a message to Sam').fill(text);
  await phone.getByRole('button', { name: 'Send' }).click();
  await expect(phone.getByRole('region', { name: 'Sam is not working right now' })).toContainText(
    `Sam will read this from ${when}.`,
  );
  await phone.getByRole('button', { name: 'Send it for Sam to read later' }).click();
  await expect(phone.getByTestId('message-status').last()).toHaveText(
    `Waiting for Sam’s hours. Sam will read this from ${when}.`,
  );

  // Just before the window: the console (signed in again: a weekend passed) sees it, marked
  // as held and not new.
  await setServerClock(new Date(MONDAY_0900.getTime() - 60_000));
  await desk.clock.install({ time: new Date(MONDAY_0900.getTime() - 60_000) });
  await signIn(`#/people/${personId}/messages`);
  await expect(desk.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(desk.getByText(text)).toBeVisible();
  await expect(desk.getByTestId('held')).toContainText(
    `Sent outside your agreed hours: ${PERSON} has been told you will read it from 9am.`,
  );
  await expect(desk.getByText('New', { exact: true })).toHaveCount(0);

  // 09:00 Monday: released, and it arrives on the open console by itself, now new.
  await setServerClock(MONDAY_0900);
  await desk.clock.setSystemTime(MONDAY_0900);
  await expect(desk.getByText('New', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(desk.getByTestId('held')).toHaveCount(0);
  await phone.clock.setSystemTime(MONDAY_0900);
});

test('a revoked phone shows the unlinked screen, with the journal intact', async () => {
  await desk.goto(`/console/#/people/${personId}`);
  await desk.getByRole('button', { name: 'Revoke this phone' }).click();
  await desk.getByRole('button', { name: 'Yes, revoke this phone' }).click();
  await expect(desk.getByText('The phone has been revoked.')).toBeVisible();

  await phone.goto('/');
  const unlinked = phone.getByRole('region', {
    name: 'This phone is no longer linked to your support team',
  });
  await expect(unlinked).toBeVisible({ timeout: 15_000 });
  await expect(unlinked).toContainText('Nothing has been deleted.');
  await phone.goto('/journal');
  await expect(phone.getByRole('link', { name: /I sat by the river/ })).toBeVisible();
});
