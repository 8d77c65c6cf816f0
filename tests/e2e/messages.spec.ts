import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { nextOpening } from '#shared/hours';
import { addDays, isoWeekday, londonDate, londonToInstant } from '#shared/london';
import { describeWhen } from '#shared/time-words';
import { expectEmergencyCall, waitForServiceWorker, expectReadableAt200 } from './support/app';
import {
  caseworkerApi,
  expectAccessible,
  expectBigTargets,
  OFFICE_HOURS,
  pairWithCode,
  phoneSpec,
  seed,
  shoot,
  writeNote,
  closedNow,
} from './support/phone-link';

/**
 * Messages with the caseworker, on a small phone against the real server: inside
 * agreed hours a message goes straight through; outside them the phone says when it will be
 * read before sending, then shows it waiting for the caseworker's hours. Also: replies, push
 * notifications with fixed words only, and the unlinked screen after the phone is revoked.
 */

const api = phoneSpec({ timeout: 120_000 });

/** A sync now, as when the phone comes back online. */
async function syncNow(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

test('inside agreed hours a message goes straight through, and replies show', async ({ page }) => {
  const personId = await api.addPerson('Robin Messagetest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));

  await page.goto('/');
  await page.getByRole('link', { name: /^Messages/ }).click();
  await expect(page.getByRole('heading', { name: 'Messages with Sam' })).toBeVisible();
  await expect(page.getByText('No messages yet.')).toBeVisible();
  await expectEmergencyCall(page);
  await expectAccessible(page);

  await page.getByLabel('Write a message to Sam').fill('Can we talk about my bus pass?');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam');
  await expect(page.getByLabel('Write a message to Sam')).toHaveValue('');
  const seen = await api.messages(personId);
  expect(seen.map((m) => [m.body, m.heldUntil])).toEqual([
    ['Can we talk about my bus pass?', null],
  ]);

  await api.reply(personId, 'Yes, I will ring you at 2 tomorrow.');
  await syncNow(page);
  const thread = page.getByRole('list', { name: 'Messages with Sam' });
  await expect(thread.getByRole('listitem')).toHaveCount(2);
  await expect(thread.getByRole('listitem').last()).toContainText(
    'Yes, I will ring you at 2 tomorrow.',
  );
  // Screen readers hear the new message (a polite live region).
  await expect(page.getByRole('status').filter({ hasText: 'New message from Sam' })).toHaveText(
    'New message from Sam: Yes, I will ring you at 2 tomorrow.',
  );
  await expect(page.getByTestId('last-updated')).toContainText('Last updated');
  await expectAccessible(page);
  await expectBigTargets(page);
  await shoot(page, 'messages');

  // Readable offline.
  await page.context().setOffline(true);
  await page.reload();
  await expect(thread.getByRole('listitem')).toHaveCount(2);
  await page.context().setOffline(false);
});

test('outside agreed hours the phone says when Sam will read it, before and after sending', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Latetest');
  const hours = closedNow(new Date());
  await api.setHours(personId, hours);
  await pairWithCode(page, await api.pairingCode(personId));
  const now = new Date();
  const opens = nextOpening(hours, now);
  if (!opens) throw new Error('the hours never open');
  const when = describeWhen(opens, now);

  await page.goto('/messages');
  await expect(page.getByRole('main')).toContainText(`Sam is back at ${when}.`);
  await page.getByLabel('Write a message to Sam').fill('I could not sleep again');
  await page.getByRole('button', { name: 'Send' }).click();

  const warning = page.getByRole('region', { name: 'Sam is not working right now' });
  await expect(warning).toContainText(`Sam will read this from ${when}.`);
  await expect(warning.getByRole('link', { name: 'Help now' })).toHaveAttribute('href', '/help');
  await expect(warning.getByRole('link', { name: 'Write in my journal' })).toHaveAttribute(
    'href',
    '/journal/feeling',
  );
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await expectBigTargets(page);
  await shoot(page, 'messages-outside-hours');

  // Going to the journal and back keeps the words.
  await warning.getByRole('link', { name: 'Write in my journal' }).click();
  await expect(page.getByLabel("What's happening?")).toHaveValue('I could not sleep again');
  await page.goBack();
  await page.getByRole('button', { name: 'Send' }).click();

  await page.getByRole('button', { name: 'Send it for Sam to read later' }).click();
  await expect(page.getByTestId('message-status')).toHaveText(
    `Waiting for Sam’s hours. Sam will read this from ${when}.`,
  );
  // The caseworker sees it only marked as held, unread, until their hours begin.
  expect(await api.messages(personId)).toEqual([
    expect.objectContaining({ from: 'person', readAt: null, heldUntil: expect.any(String) }),
  ]);
  await expectAccessible(page);
  await shoot(page, 'messages-held');
});

test('a message written with no signal waits and goes when the phone is online', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Offlinetest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
  await page.goto('/messages');
  await expect(page.getByRole('heading', { name: 'Messages with Sam' })).toBeVisible();
  await waitForServiceWorker(page);
  await page.context().setOffline(true);
  await page.getByLabel('Write a message to Sam').fill('Sent from the bus');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('message-status')).toHaveText('Waiting to send');
  await expect(page.getByTestId('last-updated')).toContainText('No internet right now');
  await expectEmergencyCall(page);
  await shoot(page, 'messages-waiting');
  await page.context().setOffline(false);
  await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam', { timeout: 15_000 });
  expect((await api.messages(personId)).map((m) => m.body)).toEqual(['Sent from the bus']);
});

/** A push from "the push service", delivered to the page's worker through DevTools. */
async function pushSender(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  const registered = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  const registrationId = await registered;
  const origin = new URL(page.url()).origin;
  return (payload: object) =>
    cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId,
      data: JSON.stringify(payload),
    });
}

/** The notifications the worker is showing: their title and words. */
function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return (await reg.getNotifications()).map((n) => ({ title: n.title, body: n.body }));
  });
}

test('a push is in the language the app is in, still with only the fixed words', async ({
  page,
  context,
}) => {
  const personId = await api.addPerson('Robin Pushlanguage');
  await context.grantPermissions(['notifications']);
  await pairWithCode(page, await api.pairingCode(personId));
  await page.goto('/messages?lang=en-XA');
  await waitForServiceWorker(page);
  // The app keeps its language where the worker can read it, once the first screen is done.
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const kept = await (await caches.open('hiu-locale-v1')).match('/__hiu/locale');
          return kept ? kept.text() : null;
        }),
      { timeout: 30_000 },
    )
    .toBe('en-XA');

  const push = await pushSender(page, context);
  await push({ kind: 'message', url: '/messages' });
  const shown = () => shownNotifications(page);
  await expect
    .poll(shown)
    .toEqual([{ title: '⟦Ṁý šûƥƥöŕţ⟧', body: '⟦Ýöû ĥàṽé à ñéŵ ɱéššàĝé ƒŕöɱ ýöûŕ šûƥƥöŕţ ţéàɱ.⟧' }]);
  await page.goto('/messages?lang=en-GB');
});

test('a push shows only fixed words, and the open app fetches the news itself', async ({
  page,
  context,
}) => {
  const personId = await api.addPerson('Robin Pushtest');
  await api.setHours(personId, { kind: 'always' });
  await context.grantPermissions(['notifications']);
  await pairWithCode(page, await api.pairingCode(personId));
  await page.goto('/messages');
  await waitForServiceWorker(page);

  const push = await pushSender(page, context);

  await api.reply(personId, 'Your appointment is on Thursday.');
  await push({ kind: 'message', url: '/messages' });
  await expect(page.getByRole('list', { name: 'Messages with Sam' })).toContainText(
    'Your appointment is on Thursday.',
  );
  const shown = () => shownNotifications(page);
  await expect
    .poll(shown)
    .toEqual([{ title: 'My support', body: 'You have a new message from your support team.' }]);

  // A payload with anything more in it is not trusted: neutral words, nothing from it shown.
  await push({ kind: 'plan', url: '/plan', body: 'Sam: are you OK?' });
  // The worker reads the kept language before it shows anything: on a loaded machine the
  // second notification has taken longer than expect's 5 s.
  await expect
    .poll(async () => (await shown()).map((n) => n.body), { timeout: 20_000 })
    .toContain('There is something new in the app.');
  expect(JSON.stringify(await shown())).not.toContain('Sam');
});

test('a revoked phone shows the unlinked screen, keeps the journal and can link again', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Revoketest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
  await writeNote(page, 'A note from before the link ended');
  await page.goto('/messages');
  await page.getByLabel('Write a message to Sam').fill('Thank you for everything');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam');

  await api.revokePhones(personId);
  await page.goto('/');
  const unlinked = page.getByRole('region', {
    name: 'This phone is no longer linked to your support team',
  });
  await expect(unlinked).toBeVisible();
  await expect(unlinked).toContainText('Nothing has been deleted.');
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await shoot(page, 'unlinked-home');

  await page.goto('/messages');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'This phone is no longer linked to your support team',
    }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Link again with a new code' })).toHaveAttribute(
    'href',
    '/pair',
  );
  // The old thread can still be read.
  await expect(page.getByRole('list', { name: 'Your old messages' })).toContainText(
    'Thank you for everything',
  );
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await expectBigTargets(page);
  await shoot(page, 'unlinked');

  // The journal is all there.
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /A note from before the link ended/ })).toBeVisible();

  // Removing old messages happens only when asked, and leaves the journal.
  await page.goto('/');
  await unlinked.getByRole('button', { name: 'Remove old messages from this phone' }).click();
  await unlinked.getByRole('button', { name: 'Yes, remove them' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'have been removed' })).toHaveText(
    'Your old messages and your team’s details have been removed. Your journal is still here.',
  );
  await expect(unlinked).toHaveCount(0);
  await expect(
    page.getByRole('link', { name: 'Link this phone to my support team' }),
  ).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /A note from before the link ended/ })).toBeVisible();

  // Linking again with a new code works.
  await pairWithCode(page, await api.pairingCode(personId));
});

test('the connection screens fit a small phone at 200% text size', async ({ page }) => {
  const personId = await api.addPerson('Robin Bigtexttest');
  await api.setHours(personId, closedNow(new Date()));
  await pairWithCode(page, await api.pairingCode(personId));
  const entry = await writeNote(page, 'A note to share at big text');
  await page.goto('/messages');
  await page.getByLabel('Write a message to Sam').fill('Big words');
  await page.getByRole('button', { name: 'Send' }).click();
  await expectReadableAt200(
    page,
    [
      ['/pair', 'zoom-pair'],
      ['/messages', 'zoom-messages'],
      [`${entry}/share`, 'zoom-share'],
      [entry, 'zoom-entry'],
    ] as const,
    shoot,
  );
});

test.describe('with the clocks under test control', () => {
  /** The server's test clock (tests/e2e/support/serve.ts), moved forward and back again. */
  async function setServerClock(page: Page, now: Date) {
    const response = await page.request.post('/__test/clock', { data: { now: now.toISOString() } });
    expect(response.ok()).toBe(true);
  }

  test.afterEach(async ({ page }) => setServerClock(page, new Date()));

  test('a message at 22:10 on a Friday waits for 9am on Monday, then reaches Sam', async ({
    page,
    baseURL,
  }) => {
    // The next Friday after today, 22:10 in London, and the Monday after it.
    let friday = addDays(londonDate(new Date()), 1);
    while (isoWeekday(friday) !== 5) friday = addDays(friday, 1);
    const late = londonToInstant(friday, '22:10');
    const monday = londonToInstant(addDays(friday, 3), '09:00');
    await setServerClock(page, late);
    await page.clock.setFixedTime(late);

    // Signed in at the server's new time.
    const api = await caseworkerApi(baseURL ?? seed().baseURL);
    const personId = await api.addPerson('Robin Fridaytest');
    await api.setHours(personId, OFFICE_HOURS);
    await pairWithCode(page, await api.pairingCode(personId));

    await page.goto('/messages');
    await expect(page.getByRole('main')).toContainText('Sam is back at 9am on Monday.');
    await page.getByLabel('Write a message to Sam').fill('Friday night is the worst');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('region', { name: 'Sam is not working right now' })).toContainText(
      'Sam will read this from 9am on Monday.',
    );
    await page.getByRole('button', { name: 'Send it for Sam to read later' }).click();
    await expect(page.getByTestId('message-status')).toHaveText(
      'Waiting for Sam’s hours. Sam will read this from 9am on Monday.',
    );
    expect(await api.messages(personId)).toEqual([
      expect.objectContaining({ from: 'person', readAt: null, heldUntil: expect.any(String) }),
    ]);

    // Monday morning: the server releases it to Sam; the phone says it is sent.
    await setServerClock(page, new Date(monday.getTime() + 30_000));
    await page.clock.setFixedTime(new Date(monday.getTime() + 60_000));
    const released = await caseworkerApi(baseURL ?? seed().baseURL);
    expect((await released.messages(personId)).map((m) => [m.body, m.heldUntil])).toEqual([
      ['Friday night is the worst', monday.toISOString()],
    ]);
    await syncNow(page);
    await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam');
    await Promise.all([api.dispose(), released.dispose()]);
  });
});
