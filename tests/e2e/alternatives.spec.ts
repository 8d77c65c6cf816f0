import {
  expect,
  request,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { caseworkerWeekWords, weekWords } from '#shared/contacts';
import { expectAccessible } from './support/axe';
import { OFFICE_HOURS, pairWithCode, sam, samSession, seed } from './support/phone-link';

/**
 * Outside agreed hours (7pm on Wednesday 2 December 2026; Sam works 9am to 5pm) the phone
 * suggests the alternative that is open now, the drop-in, on "Staying in touch" and in the
 * out-of-hours message panel; the person logs going there with no signal; it reaches the
 * console, and on neither side is it counted as a contact. Late at night, with the drop-in
 * closed, Samaritans is suggested instead.
 */

const PERSON = 'Alex Alttest';
const CLOSE = { Connection: 'close' };
const WEDNESDAY_1900 = new Date('2026-12-02T19:00:00Z');
const WEDNESDAY_2230 = new Date('2026-12-02T22:30:00Z');
const DROP_IN = {
  id: '5a1e0c3b-7d2f-4e6a-9b8c-1d2e3f4a5b6c',
  kind: 'local',
  name: 'The Lighthouse drop-in',
  whenToUse: 'Go to the drop-in for a cup of tea and a chat.',
  call: '01632 960123',
  hours: {
    kind: 'weekly',
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '10:00', end: '21:00' })),
    exceptions: [],
  },
  picture: 'local',
};

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: APIRequestContext;
let phoneContext: BrowserContext;
let deskContext: BrowserContext;
let phone: Page;
let desk: Page;
let personId = '';

async function clocksAt(at: Date): Promise<void> {
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
  await phone.clock.setSystemTime(at);
  await desk.clock.setSystemTime(at);
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
  await phone.clock.install({ time: WEDNESDAY_1900 });
  await desk.clock.install({ time: WEDNESDAY_1900 });
  await clocksAt(WEDNESDAY_1900);
});

test.afterAll(async () => {
  await phoneContext?.close();
  await deskContext?.close();
  const res = await server.post('/__test/clock', {
    data: { now: new Date().toISOString() },
    headers: CLOSE,
  });
  expect(res.ok()).toBe(true);
  await server.dispose();
});

test('outside agreed hours the phone suggests the open drop-in and logs it offline; the console sees it, not as a contact', async () => {
  const { api, headers, ok } = await samSession(seed().baseURL);
  const made = (await ok(
    await api.post('/api/people', { data: { displayName: PERSON }, headers }),
  )) as { id: string };
  personId = made.id;
  await ok(await api.put(`/api/people/${personId}/hours`, { data: OFFICE_HOURS, headers }));
  await ok(await api.put(`/api/people/${personId}/guide`, { data: [DROP_IN], headers }));
  const steps = [{ fromWeek: '2026-11-30', times: 4 }];
  await ok(await api.put(`/api/people/${personId}/contact-targets`, { data: { steps }, headers }));
  const { code } = (await ok(
    await api.post(`/api/people/${personId}/pairing-codes`, { headers }),
  )) as { code: string };
  await api.dispose();

  // The caseworker names the alternatives in the console: the drop-in, then Samaritans.
  await desk.goto(`/console/#/people/${personId}/contact`);
  await desk.getByLabel('Email address').fill(sam().email);
  await desk.getByLabel('Password', { exact: true }).fill(sam().password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await desk.getByLabel('The Lighthouse drop-in').check();
  await desk.getByLabel('Samaritans').check();
  await desk.getByRole('button', { name: 'Save other support' }).click();
  await expect(desk.getByText('Saved. Their phone suggests these')).toBeVisible();

  await pairWithCode(phone, code);
  await phone.goto('/contacts');
  const box = phone.getByTestId('alternative');
  await expect(box).toContainText('The Lighthouse drop-in is open until 9pm tonight.');
  await expect(phone.getByRole('button', { name: 'I called Sam', exact: true })).toBeVisible();
  await phone.screenshot({ path: 'test-results/screens/alternative-phone.png', fullPage: true });
  await expectAccessible(phone);
  // At 320 px wide and the browser's text at 200%, nothing runs off the side.
  await phone.setViewportSize({ width: 320, height: 640 });
  const cdp = await phoneContext.newCDPSession(phone);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const overflow = await phone.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await box.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: 'test-results/screens/alternative-phone-200.png' });
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await phone.setViewportSize({ width: 360, height: 740 });

  // No signal: the tap is kept on the phone and shown at once; it is not a contact.
  await phoneContext.setOffline(true);
  await box.getByRole('button', { name: 'I went to The Lighthouse drop-in' }).click();
  await expect(box).toContainText('It does not count as a contact with Sam.');
  await expect(phone.getByTestId('support-week')).toHaveText(
    'You used other support once this week.',
  );
  await expect(phone.getByTestId('week-words')).toHaveText(weekWords(0, 4));

  // The out-of-hours panel before a message suggests it too.
  await phone.goto('/messages');
  await phone.getByLabel('Write a message to Sam').fill('Feeling low tonight.');
  await phone.getByRole('button', { name: 'Send' }).click();
  await expect(phone.getByRole('heading', { name: 'Sam is not working right now' })).toBeVisible();
  await expect(phone.getByTestId('alternative')).toContainText(
    'The Lighthouse drop-in is open until 9pm tonight.',
  );
  await phone.screenshot({ path: 'test-results/screens/alternative-outside.png', fullPage: true });
  await phone.getByRole('button', { name: 'Do not send it yet' }).click();

  // Back online: it reaches the console, listed as support used; still no contacts.
  await phoneContext.setOffline(false);
  await phone.evaluate(() => window.dispatchEvent(new Event('online')));
  const row = desk.getByTestId('support-used-row');
  await expect(row).toContainText('The Lighthouse drop-in', { timeout: 20_000 });
  await expect(row).toContainText('Went there');
  await expect(desk.getByText(caseworkerWeekWords(0, 4))).toBeVisible();
  await desk.screenshot({ path: 'test-results/screens/alternative-console.png', fullPage: true });
  await expectAccessible(desk);

  // 10:30pm: the drop-in has closed; Samaritans is suggested, never the closed drop-in.
  await clocksAt(WEDNESDAY_2230);
  await phone.goto('/contacts');
  await expect(phone.getByTestId('alternative')).toContainText(
    'Samaritans is open now, day or night.',
  );
  await expect(phone.getByTestId('alternative')).not.toContainText('drop-in is open');

  // With only the drop-in on the list, late at night: when it opens, and a 24/7 line to call.
  const again = await samSession(seed().baseURL);
  await again.ok(
    await again.api.put(`/api/people/${personId}/contact-alternatives`, {
      data: { guideContactIds: [DROP_IN.id] },
      headers: again.headers,
    }),
  );
  await again.api.dispose();
  await phone.reload();
  const late = phone.getByTestId('alternative');
  await expect(late).toContainText('The Lighthouse drop-in opens at 10am tomorrow.', {
    timeout: 20_000,
  });
  await expect(late).toContainText('Samaritans is there for you now, day or night.');
  await expect(late.getByRole('link', { name: 'Call Samaritans: 116 123' })).toBeVisible();
  await expect(late.getByRole('button', { name: /^I (went|called)/ })).toHaveCount(0);
});
