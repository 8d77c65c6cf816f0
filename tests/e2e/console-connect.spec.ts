import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { DESK } from './support/console-walk';

/**
 * The console side of connecting a phone, in real Chromium at laptop size against the real server: a phone
 * (the `request` fixture with a paired device token) shares journal entries and sends messages,
 * and the console shows them live, without reloading.
 */

type SeedStaff = { name: string; email: string; role: 'lead' | 'caseworker'; password: string };
type Seed = { staff: SeedStaff[] };

const SEED_FILE = process.env.E2E_SEED ?? 'test-results/e2e-seed.json';
const seed = (): Seed => JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Seed;

test.use({
  ...DESK,
});
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** What the browser refused under our Content-Security-Policy, per test: it must stay empty. */
let refused: string[] = [];
test.beforeEach(({ page }) => {
  refused = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
});
test.afterEach(() => {
  expect(refused).toEqual([]);
});

/** Jo: the seeded caseworker the older console spec does not edit. */
function jo(): SeedStaff {
  const found = seed().staff.filter((s) => s.role === 'caseworker')[1];
  if (!found) throw new Error('No second seeded caseworker');
  return found;
}
function lead(): SeedStaff {
  const found = seed().staff.find((s) => s.role === 'lead');
  if (!found) throw new Error('No seeded lead');
  return found;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/console-${name}.png`, fullPage: true });
}

async function signIn(page: Page, who: SeedStaff, path = ''): Promise<void> {
  await page.goto(`/console/${path}`);
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
}

/** The console's own API, with the page's session cookie and CSRF token. */
async function consoleApi(page: Page) {
  const me = await page.request.get('/api/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    post: (path: string, data?: unknown) => page.request.post(`/api${path}`, { data, headers }),
    put: (path: string, data: unknown) => page.request.put(`/api${path}`, { data, headers }),
    get: (path: string) => page.request.get(`/api${path}`),
  };
}

/** A phone paired to a new person: the `request` fixture with its device token. */
function phone(request: APIRequestContext, token: string) {
  // A phone's requests come minutes apart: no kept-alive connection to race the server's timeout.
  const headers = { Authorization: `Bearer ${token}`, Connection: 'close' };
  return {
    share: (entry: Record<string, unknown>) =>
      request.put(`/api/device/shared-entries/${String(entry.id)}`, { data: { entry }, headers }),
    withdraw: (entryId: string) =>
      request.delete(`/api/device/shared-entries/${entryId}`, { headers }),
    send: (body: string) =>
      request.post('/api/device/messages', { data: { id: randomUUID(), body }, headers }),
    sync: () => request.get('/api/device/sync', { headers }),
  };
}

function feelingEntry(happening: string) {
  const at = new Date().toISOString();
  return {
    id: randomUUID(),
    kind: 'feeling',
    createdAt: at,
    updatedAt: at,
    strength: 8,
    feelings: ['scared', 'alone', 'like nobody is listening'],
    happening,
    wanted: ['go-to-ae', 'something-else'],
    wantedOther: 'Walk to the station',
    didInstead: ['wrote-here', 'called-samaritans', 'Made a cup of tea'],
    urgentCare: { wentToAe: false, called999: false, called111: true },
  };
}

/** Marks the page so we can prove an update arrived without a reload. */
async function markNoReload(page: Page): Promise<void> {
  await page.evaluate(() => document.documentElement.setAttribute('data-e2e-same-page', 'yes'));
}
async function expectNoReload(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-e2e-same-page', 'yes');
}

function row(page: Page, name: string): Locator {
  return page.getByRole('row', { name: new RegExp(name) });
}

/** Shared between the serial tests below. */
const state = { personId: '', token: '', name: 'Robin Livetest' };

test('a caseworker saves their own working hours, and the page says the console stays quiet outside them', async ({
  page,
}) => {
  await signIn(page, jo());
  await page.getByRole('link', { name: 'My working hours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My working hours' })).toBeVisible();
  await expect(page.getByText('Outside these hours it will not notify you')).toBeVisible();
  await page.getByRole('radio', { name: 'Set times each week' }).check();
  const saturday = page.getByRole('group', { name: 'Saturday' });
  await saturday.getByRole('button', { name: 'Add a time on Saturday' }).click();
  await saturday.getByLabel('From').fill('10:00');
  await saturday.getByLabel('Until').fill('13:00');
  await page.getByRole('button', { name: 'Add a date' }).click();
  const added = page.getByRole('group', { name: /^Date \d+$/ });
  await added.getByLabel('Reason (optional)').fill('Annual leave');
  await added.getByLabel('Date', { exact: true }).fill('2027-08-02');
  await page.getByRole('button', { name: 'Save my working hours' }).click();
  await expect(page.getByText('Your working hours are saved')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'working-hours');

  await page.reload();
  await expect(page.getByRole('group', { name: 'Saturday' }).getByLabel('Until')).toHaveValue(
    '13:00',
  );
  await expect(
    page.getByRole('group', { name: 'Monday 2 August 2027' }).getByLabel('Reason (optional)'),
  ).toHaveValue('Annual leave');

  // For the live tests that follow: at work any time, so events may notify.
  await page.getByRole('radio', { name: 'Any time' }).check();
  await page.getByRole('button', { name: 'Save my working hours' }).click();
  await expect(page.getByText('Your working hours are saved')).toBeVisible();
});

test('a phone shares an entry and sends a message, and the caseload shows both live', async ({
  page,
  request,
}) => {
  await signIn(page, jo());
  const api = await consoleApi(page);
  const created = await api.post('/people', { displayName: state.name });
  expect(created.status()).toBe(201);
  state.personId = ((await created.json()) as { id: string }).id;
  expect((await api.put(`/people/${state.personId}/hours`, { kind: 'always' })).ok()).toBe(true);
  const code = (await (await api.post(`/people/${state.personId}/pairing-codes`)).json()) as {
    code: string;
  };
  const paired = await request.post('/api/device/pair', {
    data: { code: code.code },
    headers: { Connection: 'close' },
  });
  expect(paired.ok()).toBe(true);
  state.token = ((await paired.json()) as { token: string }).token;
  const robin = phone(request, state.token);

  await page.goto('/console/#/');
  await expect(row(page, state.name)).toContainText('Nothing new');
  await expect(row(page, state.name)).toContainText('Linked');
  await markNoReload(page);

  const entry = feelingEntry('I could not sleep and my chest felt tight.');
  expect((await robin.share(entry)).ok()).toBe(true);
  await expect(row(page, state.name)).toContainText('1 new journal entry');
  expect((await robin.send('Are you in tomorrow? I had a bad night.')).ok()).toBe(true);
  await expect(row(page, state.name)).toContainText('1 new message');
  await expect(row(page, state.name)).not.toContainText('None yet');
  await expectNoReload(page);
  await expectAccessible(page);
  await shoot(page, 'caseload-live');

  // Sharing the same entry again (a retry from the phone's outbox) makes no second copy.
  expect((await robin.share(entry)).ok()).toBe(true);
  await page.getByRole('link', { name: /1 new journal entry/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Journal shared with you' }),
  ).toBeVisible();
  const entries = page.getByRole('article');
  await expect(entries).toHaveCount(1);
  const first = entries.first();
  await expect(first).toContainText('8 out of 10');
  await expect(first).toContainText('like nobody is listening');
  await expect(first).toContainText('I could not sleep and my chest felt tight.');
  await expect(first).toContainText('Go to A&E');
  await expect(first).toContainText('Something else: Walk to the station');
  await expect(first).toContainText('Called Samaritans');
  await expect(first).toContainText('Made a cup of tea');
  await expect(first).toContainText('They called 111.');
  await expect(page.getByText('the audit log records that you read it')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'journal');

  await first.getByRole('button', { name: /Mark as read/ }).click();
  await expect(first.getByText('Read', { exact: true })).toBeVisible();
  await expect(first.getByRole('button', { name: /Mark as read/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Journal shared with you/ })).not.toContainText(
    'new',
  );

  // A second entry arrives while the page is open, and goes when the phone withdraws it.
  await markNoReload(page);
  const second = { ...feelingEntry('Better today.'), strength: 3 };
  expect((await robin.share(second)).ok()).toBe(true);
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Better today.');
  expect((await robin.withdraw(second.id)).status()).toBe(204);
  await expect(entries).toHaveCount(1);
  await expect(page.getByText('Better today.')).toHaveCount(0);
  await expectNoReload(page);
});

test('the caseworker reads the thread, which marks it read, replies, and new messages arrive live', async ({
  page,
  request,
}) => {
  expect(state.personId).toBeTruthy();
  const robin = phone(request, state.token);
  await signIn(page, jo(), `#/people/${state.personId}/messages`);
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(page.getByText('Are you in tomorrow? I had a bad night.')).toBeVisible();
  // Viewing the thread marked it read: the tab's count goes, and so does the caseload's.
  await expect(page.getByRole('link', { name: /^Messages/ })).not.toContainText('new');
  const api = await consoleApi(page);
  const person = (await (await api.get(`/people/${state.personId}`)).json()) as {
    unreadMessages: number;
  };
  expect(person.unreadMessages).toBe(0);

  await page.getByLabel(`Reply to ${state.name}`).fill('Yes, I am in from 9. We can talk then.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Reply sent' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'We can talk then.' })).toContainText(
    'You',
  );
  const synced = (await (await robin.sync()).json()) as { messages: { body: string }[] };
  expect(synced.messages.map((m) => m.body)).toContain('Yes, I am in from 9. We can talk then.');

  await markNoReload(page);
  expect((await robin.send('Thank you. See you at 9.')).ok()).toBe(true);
  await expect(page.getByText('Thank you. See you at 9.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'New message from' })).toBeVisible();
  await expectNoReload(page);
  await expectAccessible(page);
  await shoot(page, 'messages');

  // An empty reply is not sent; the message says why, beside the box.
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('alert')).toContainText('Write a reply before sending it');
});

test('when live updates drop, the console says so, then reconnects and catches up', async ({
  page,
  request,
}) => {
  expect(state.personId).toBeTruthy();
  const robin = phone(request, state.token);
  // The server refuses the event stream (say, mid-deploy): EventSource gives up on its own.
  await page.route('**/api/events', (route) => route.fulfill({ status: 503, body: '' }));
  await signIn(page, jo(), `#/people/${state.personId}/messages`);
  await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
  await expect(page.getByText('Live updates have paused while we reconnect')).toBeVisible({
    timeout: 15_000,
  });
  await markNoReload(page);
  expect((await robin.send('Sent while the console was not listening.')).ok()).toBe(true);
  await page.waitForTimeout(1500);
  await expect(page.getByText('Sent while the console was not listening.')).toHaveCount(0);
  await shoot(page, 'live-paused');

  await page.unroute('**/api/events');
  await expect(page.getByText('Sent while the console was not listening.')).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByText('Live updates have paused while we reconnect')).toHaveCount(0);
  await expectNoReload(page);
});

test('within working hours a hidden tab gets a count and a notification with nothing personal; outside them, nothing', async ({
  page,
  context,
  request,
}) => {
  expect(state.personId).toBeTruthy();
  const robin = phone(request, state.token);
  await context.grantPermissions(['notifications']);
  // Record notifications rather than show them; the page cannot tell the difference.
  await page.addInitScript(() => {
    const shown: { title: string; body: string }[] = [];
    Reflect.set(window, 'e2eNotifications', shown);
    class Recorded {
      static permission = 'granted';
      static requestPermission = () => Promise.resolve('granted');
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
      }
      close() {}
    }
    Reflect.set(window, 'Notification', Recorded);
  });
  await signIn(page, jo(), '#/my-hours');
  await expect(page.getByRole('heading', { level: 1, name: 'My working hours' })).toBeVisible();
  await expect(page.getByText('Pop-up notifications are on in this tab.')).toBeVisible();
  await page.getByRole('link', { name: 'My caseload' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  const hide = (hidden: boolean) =>
    page.evaluate((isHidden) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (isHidden ? 'hidden' : 'visible'),
      });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);

  await hide(true);
  expect((await robin.send('Just checking in.')).ok()).toBe(true);
  await expect(row(page, state.name)).toContainText('1 new message');
  await expect(page).toHaveTitle(/^\(1\) My caseload/);
  const shown = () => page.evaluate(() => Reflect.get(window, 'e2eNotifications') as unknown[]);
  expect(await shown()).toEqual([{ title: 'HIU console', body: 'New activity in your caseload' }]);
  await hide(false);
  await expect(page).toHaveTitle(/^My caseload/);

  // Outside working hours (no times at all): the caseload still updates, but nothing pings.
  const api = await consoleApi(page);
  const never = { hours: { kind: 'weekly', weekly: [], exceptions: [] } };
  expect((await api.put('/auth/working-hours', never)).ok()).toBe(true);
  await hide(true);
  expect((await robin.send('And again.')).ok()).toBe(true);
  await expect(row(page, state.name)).toContainText('2 new messages');
  await expect(page).toHaveTitle(/^My caseload/);
  expect(await shown()).toHaveLength(1);
  await hide(false);
  expect((await api.put('/auth/working-hours', { hours: { kind: 'always' } })).ok()).toBe(true);
});

/** A PNG of random noise: it cannot be compressed, so it is as big as its pixels. */
function noisePng(size: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  // Each row: filter byte 0, then random RGB.
  const rows = Buffer.concat(
    Array.from({ length: size }, () => Buffer.concat([Buffer.from([0]), randomBytes(size * 3)])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 0 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('the guide editor uploads the caseworker’s photo and sets the NHS 111 words, never the number', async ({
  page,
}) => {
  expect(state.personId).toBeTruthy();
  await signIn(page, jo(), `#/people/${state.personId}/guide`);
  await expect(page.getByRole('heading', { level: 1, name: 'Who to call' })).toBeVisible();
  await expect(page.getByText('The number is always 111')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /111/ })).not.toHaveValue(/^111$/);
  await page
    .getByLabel('Words on the NHS 111 card (optional)')
    .fill('Call 111 if you need help fast. Press 2 to talk to the mental health team.');

  if (await page.getByRole('button', { name: 'Add your contact number' }).isVisible()) {
    await page.getByRole('button', { name: 'Add your contact number' }).click();
  }
  const card = page.getByRole('region', { name: 'Caseworker' });
  await card.getByLabel('Number to call').fill('01632 960999');
  const file = card.getByLabel('Upload a photo of yourself');
  // Not a photo: said kindly, beside the field.
  await file.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hi'),
  });
  await expect(card.getByText('This file is not a photo we can use')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'guide-photo-error');

  // A big photo is made smaller in the browser, previewed, then uploaded.
  const big = noisePng(700);
  expect(big.length).toBeGreaterThan(300 * 1024);
  await file.setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: big });
  await expect(card.getByText('We made this photo smaller')).toBeVisible();
  const preview = card.getByRole('img', { name: 'Preview of the photo you chose' });
  expect(await preview.getAttribute('src')).toMatch(/^data:image\/jpeg/);
  await card.getByRole('button', { name: 'Use this photo' }).click();
  await expect(page.getByText('Your photo is uploaded')).toBeVisible();
  const photo = card.getByRole('img', { name: /The photo of .* on this card/ });
  expect(await photo.getAttribute('src')).toMatch(/^\/api\/photos\//);
  await expect
    .poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Save the guide' }).click();
  await expect(page.getByText('The guide is saved')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'guide-photo');
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Caseworker' }).getByRole('img', { name: /The photo of/ }),
  ).toBeVisible();
  await expect(page.getByLabel('Words on the NHS 111 card (optional)')).toHaveValue(
    'Call 111 if you need help fast. Press 2 to talk to the mental health team.',
  );
});

test('the lead sees everyone’s news, and the audit log shows who read a shared entry', async ({
  page,
}) => {
  expect(state.personId).toBeTruthy();
  await signIn(page, lead());
  await expect(page.getByRole('heading', { level: 1, name: 'Everyone we support' })).toBeVisible();
  await expect(row(page, state.name)).toContainText(jo().name);
  await expect(row(page, state.name)).toContainText('2 new messages');

  // The lead looking in does not hide Jo's new messages from Jo; a button marks them read.
  await page.getByRole('link', { name: /2 new messages/ }).click();
  await expect(page.getByText('And again.')).toBeVisible();
  await expect(page.getByText('leaves the new messages unread for them')).toBeVisible();
  const api = await consoleApi(page);
  const unread = async () =>
    ((await (await api.get(`/people/${state.personId}`)).json()) as { unreadMessages: number })
      .unreadMessages;
  expect(await unread()).toBe(2);
  await expectAccessible(page);
  await shoot(page, 'lead-messages');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('leaves the new messages unread for them')).toHaveCount(0);
  expect(await unread()).toBe(0);

  await page.getByRole('link', { name: 'Audit log' }).click();
  const read = page.getByRole('row').filter({ hasText: 'Read a shared journal entry' });
  await expect(read.first()).toContainText(jo().name);
  await expect(read.first()).toContainText(state.name);
  await expectAccessible(page);
  await shoot(page, 'audit-reads');
});

// Last, because it moves the server's clock (to a Friday evening in January, UK winter time);
// it puts it back to the real time when it ends, for any spec that shares this server.
test('a message sent outside agreed hours shows marked and uncounted until they begin, then when it was sent and arrived', async ({
  page,
  request,
}) => {
  expect(state.personId).toBeTruthy();
  const robin = phone(request, state.token);
  const setClock = async (now: string) =>
    expect((await request.post('/__test/clock', { data: { now } })).ok()).toBe(true);
  // The console decides by its own clock whether a message is still held: both clocks move.
  const setClocks = async (now: string) => {
    await page.clock.setFixedTime(new Date(now));
    await setClock(now);
  };
  try {
    // Friday 15 January 2027, 22:10; Robin's agreed hours that evening begin at 22:30.
    await setClocks('2027-01-15T22:10:00Z');
    await signIn(page, jo(), `#/people/${state.personId}/messages`);
    const api = await consoleApi(page);
    const hours = {
      kind: 'weekly',
      weekly: [{ day: 5, start: '22:30', end: '23:30' }],
      exceptions: [],
    };
    expect((await api.put(`/people/${state.personId}/hours`, hours)).ok()).toBe(true);
    await expect(page.getByRole('heading', { level: 1, name: 'Messages' })).toBeVisible();
    await markNoReload(page);

    const sent = await robin.send('I know it is late. Can we talk tomorrow?');
    const { message } = (await sent.json()) as { message: { heldUntil: string | null } };
    expect(message.heldUntil).toBe('2027-01-15T22:30:00.000Z');
    // Held: shown to the caseworker who has the thread open, marked, and not counted.
    const waiting = page.getByRole('listitem').filter({ hasText: 'I know it is late.' });
    await expect(waiting).toBeVisible();
    await expect(waiting).toContainText('Sent outside your agreed hours');
    const before = (await (await api.get(`/people/${state.personId}`)).json()) as {
      unreadMessages: number;
    };
    expect(before.unreadMessages).toBe(0);

    // 22:31: the hours have begun; the message is released and arrives live.
    await setClocks('2027-01-15T22:31:00Z');
    const held = page.getByRole('listitem').filter({ hasText: 'I know it is late.' });
    await expect(held).toBeVisible();
    await expect(held).toContainText('Sent today at 10:10pm, outside the agreed hours');
    await expect(held).toContainText('It arrived today at 10:30pm, when the agreed hours began');
    await expectNoReload(page);
    await expectAccessible(page);
    await shoot(page, 'messages-held');
  } finally {
    await setClock(new Date().toISOString());
  }
});
