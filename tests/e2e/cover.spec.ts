import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { addDays, londonDate } from '#shared/london';
import { LoginResponse } from '#shared/schemas/api';
import { LeaveList } from '#shared/schemas/leave';
import { nhsDate } from '#shared/time-words';
import { scrollsSideways } from './support/app';
import { expectAccessible } from './support/axe';
import { DESK } from './support/console-walk';
import { fillDateInput } from './support/date-input';
import { randomUUID } from 'node:crypto';
import {
  caseworkerApi,
  pairWithCode,
  samSession,
  seed,
  type CaseworkerApi,
} from './support/phone-link';

/**
 * Leave and cover end to end: Sam records leave in the console with Jo covering; Pat's phone
 * says so (home, messages, Help now's caseworker card); a message from Pat reaches Jo's console
 * live, and Jo's reply reaches Pat's phone under Jo's name. The leave is taken off at the end,
 * so the other specs find Sam's caseload as it was.
 */

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  timezoneId: 'Europe/London',
};
const COVER_NUMBER = '01632 960123';
/** The number Pat's phone shows once Pat has their own cover. */
const PAT_NUMBER = '01632 960456';

const staff = (prefix: string) => {
  const found = seed().staff.find((s) => s.email.startsWith(prefix));
  if (!found) throw new Error(`No seeded ${prefix}`);
  return found;
};

async function signIn(page: Page, email: string, password: string, path = '') {
  await page.goto(`/console/${path}`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Signed in as')).toBeVisible();
}

async function consolePage(browser: Browser, who: 'sam@' | 'jo@', path = '') {
  const context = await browser.newContext(DESK);
  const page = await context.newPage();
  const { email, password } = staff(who);
  await signIn(page, email, password, path);
  return page;
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/cover-${name}.png`, fullPage: true });
}

/** A sync now, as when the phone comes back online. */
const syncNow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

let api: CaseworkerApi;
let personId = '';
test.beforeAll(async ({ baseURL }) => {
  api = await caseworkerApi(baseURL ?? seed().baseURL);
  personId = await api.addPerson('Pat Covertest');
  await api.setHours(personId, { kind: 'always' });
  // Sam's own card on Pat's guide: while Sam is away it names Jo and Jo's number.
  const { api: raw, headers, ok } = await samSession(baseURL ?? seed().baseURL);
  const card = {
    id: randomUUID(),
    kind: 'caseworker',
    name: 'Sam, your caseworker',
    whenToUse: 'To talk about your week, in our agreed times.',
    call: '07700 900123',
    hours: { kind: 'always' },
    picture: 'caseworker',
  };
  await ok(await raw.put(`/api/people/${personId}/guide`, { data: [card], headers }));
  await raw.dispose();
});
test.afterAll(async ({ baseURL }) => {
  // Take Sam's leave off, so every other spec sees Sam's and Jo's caseloads and phones as
  // seeded. Through the API, and checked: a console page may not have listed it yet.
  const { api: raw, headers, ok } = await samSession(baseURL ?? seed().baseURL);
  const listed = async () =>
    LeaveList.parse(await ok(await raw.get('/api/leave', { headers }))).leave;
  for (const leave of await listed()) {
    if (leave.state !== 'ended') await ok(await raw.delete(`/api/leave/${leave.id}`, { headers }));
  }
  expect((await listed()).filter((l) => l.state !== 'ended')).toEqual([]);
  await raw.dispose();
  await api.dispose();
});

test('Sam goes on leave, Jo covers, Pat is told, and a message goes to Jo and back', async ({
  browser,
}) => {
  const today = londonDate(new Date());
  const lastDay = addDays(today, 1);

  // Pat's phone, linked before the leave: no notice yet.
  const phoneContext = await browser.newContext(PHONE);
  const phone = await phoneContext.newPage();
  await pairWithCode(phone, await api.pairingCode(personId));
  await phone.goto('/');
  await expect(phone.getByTestId('away-notice')).toHaveCount(0);

  // Sam records leave in the console: today and tomorrow, Jo covering, with a number.
  const sam = await consolePage(browser, 'sam@', '#/leave');
  await expect(sam.getByRole('heading', { name: 'Leave and cover', level: 1 })).toBeVisible();
  const form = sam.locator('form');
  await fillDateInput(form, 'First day away', today);
  await fillDateInput(form, 'Last day away', lastDay);
  await sam.getByLabel('Who looks after the caseload?').selectOption({ label: 'Jo Examplework' });
  await sam.getByLabel('Number people can call (optional)').fill(COVER_NUMBER);
  await expectAccessible(sam);
  await sam.getByRole('button', { name: 'Record leave' }).click();
  await expect(sam.getByText(/^Leave recorded for Sam Samplecase/)).toBeVisible();
  const row = sam.getByRole('row', { name: /Sam Samplecase/ });
  await expect(row).toContainText('Jo Examplework (01632 960123)');
  await expect(row).toContainText('On leave now');
  await shoot(sam, 'console-leave');

  // Jo sees Pat in her caseload and on Today, covering for Sam.
  const jo = await consolePage(browser, 'jo@');
  const patRow = jo.getByRole('row', { name: /Pat Covertest/ });
  await expect(patRow).toContainText(`Covering for Sam Samplecase until ${nhsDate(lastDay)}`);
  await expectAccessible(jo);
  await shoot(jo, 'console-jo-caseload');

  // Pat's phone says who is looking after them, on home, messages and Help now.
  await syncNow(phone);
  await phone.goto('/');
  const words = `Sam is away until ${nhsDate(lastDay)}. Jo is looking after you until Sam is back.`;
  await expect(phone.getByTestId('away-notice')).toHaveText(words);
  await expectAccessible(phone);
  await phone.goto('/help');
  const card = phone.getByRole('listitem').filter({ hasText: 'Jo is looking after you' });
  await expect(card).toContainText('Jo Examplework');
  await expect(card).toContainText(words);
  await expect(card.getByRole('link', { name: /Call/ }).first()).toHaveAttribute(
    'href',
    'tel:01632960123',
  );
  // At 200% text, once the kept profile has been read (the notice and the card are shown).
  for (const [path, shown, name] of [
    ['/', phone.getByTestId('away-notice'), 'phone-home'],
    ['/help', card, 'phone-help'],
  ] as const) {
    await phone.goto(path);
    await expect(shown).toContainText(words);
    await phone.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await scrollsSideways(phone), `${path} scrolls sideways at 200% text`).toBe(false);
    await shoot(phone, `${name}-200`);
  }

  // Jo keeps Pat's messages open; Pat writes; it arrives live (no reload) and Jo replies.
  await jo.goto(`/console/#/people/${personId}/messages`);
  await expect(jo.getByRole('heading', { name: 'Messages', level: 1 })).toBeVisible();
  await phone.goto('/messages');
  await expect(phone.getByTestId('away-notice')).toHaveText(words);
  await phone.getByLabel(/^Write a message to/).fill('Hello, is anyone there today?');
  await phone.getByRole('button', { name: 'Send' }).click();
  await expect(jo.getByText('Hello, is anyone there today?')).toBeVisible({ timeout: 15_000 });
  await jo.getByLabel('Reply to Pat Covertest').fill('Hi Pat, it is Jo. I can talk at 2pm.');
  await jo.getByRole('button', { name: 'Send reply' }).click();
  await expect(jo.getByText('Hi Pat, it is Jo. I can talk at 2pm.')).toBeVisible();
  await shoot(jo, 'console-jo-reply');

  await syncNow(phone);
  await phone.reload();
  const reply = phone.locator('li[data-from="caseworker"]').filter({ hasText: 'it is Jo' });
  await expect(reply).toBeVisible({ timeout: 15_000 });
  await expect(reply).toContainText('Jo');
  await expect(phone.getByRole('heading', { name: 'Messages with Jo', level: 1 })).toBeVisible();
  await shoot(phone, 'phone-messages');

  await jo.context().close();
  await sam.context().close();
  await phoneContext.close();
});

/** Jo's own API session, to put Jo on leave for a day (Sam may not record Jo's leave). */
async function joOnLeave(baseURL: string, day: string) {
  const api = await request.newContext({ baseURL });
  const { email, password } = staff('jo@');
  const login = await api.post('/api/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const { csrfToken, caseworker } = LoginResponse.parse(await login.json());
  const headers = { 'x-csrf-token': csrfToken };
  const id = randomUUID();
  const body = {
    caseworkerId: caseworker.id,
    firstDay: day,
    lastDay: day,
    cover: null,
    people: [],
  };
  const put = await api.put(`/api/leave/${id}`, { data: body, headers });
  expect(put.status(), await put.text()).toBe(200);
  return {
    async takeOff() {
      expect((await api.delete(`/api/leave/${id}`, { headers })).status()).toBe(200);
      await api.dispose();
    },
  };
}

test('Sam changes the leave: warned that Jo is away too, Pat gets their own cover and number, then Sam cancels it', async ({
  browser,
  baseURL,
}) => {
  const today = londonDate(new Date());
  const tomorrow = addDays(today, 1);
  const jo = await joOnLeave(baseURL ?? seed().baseURL, tomorrow);

  const sam = await consolePage(browser, 'sam@', '#/leave');
  const row = sam.getByRole('row', { name: /Sam Samplecase/ });
  await row.getByRole('button', { name: /^Change/ }).click();
  await expect(sam.getByRole('heading', { name: 'Change leave for Sam Samplecase' })).toBeFocused();
  const form = sam.locator('form');
  // The form holds the leave as it is, and says kindly that Jo, covering, is away tomorrow.
  await expect(form.getByRole('group', { name: 'Last day away' }).getByLabel('Day')).toHaveValue(
    String(Number(tomorrow.slice(8))),
  );
  await expect(sam.getByLabel('Number people can call (optional)')).toHaveValue(COVER_NUMBER);
  const warnings = sam.getByTestId('leave-warnings');
  await expect(warnings).toContainText(
    `Jo Examplework is away on ${nhsDate(tomorrow)}, but is named to look after the caseload.`,
  );

  // Alex looks after the caseload; Pat has Jo (who knows them) on Pat's own number.
  await sam.getByLabel('Who looks after the caseload?').selectOption({ label: 'Alex Demolead' });
  await expect(warnings).not.toContainText('named to look after the caseload');
  await expect(warnings).toContainText(`Jo Examplework is also away on ${nhsDate(tomorrow)}.`);
  await form.getByLabel('Pat Covertest', { exact: true }).selectOption({ label: 'Jo Examplework' });
  await form.getByLabel('Number Pat Covertest can call (optional)').fill(PAT_NUMBER);
  await expect(warnings).toContainText('but is named to look after Pat Covertest');
  await expectAccessible(sam);
  await shoot(sam, 'console-leave-change');
  await sam.getByRole('button', { name: 'Save changes' }).click();
  await expect(sam.getByText(/^Leave changed for Sam Samplecase/)).toBeVisible();
  await expect(row).toContainText(
    `Alex Demolead (${COVER_NUMBER}); Pat Covertest has Jo Examplework (${PAT_NUMBER})`,
  );

  // Pat's phone: Jo is still looking after Pat, now on Pat's own number.
  const phoneContext = await browser.newContext(PHONE);
  const phone = await phoneContext.newPage();
  await pairWithCode(phone, await api.pairingCode(personId));
  await phone.goto('/help');
  const card = phone.getByRole('listitem').filter({ hasText: 'Jo is looking after you' });
  await expect(card.getByRole('link', { name: /Call/ }).first()).toHaveAttribute(
    'href',
    'tel:01632960456',
  );
  await shoot(phone, 'phone-help-own-cover');

  // Sam comes back early: the leave is cancelled from the form, and cover ends at once.
  await row.getByRole('button', { name: /^Change/ }).click();
  await sam.getByRole('button', { name: /^Cancel this leave/ }).click();
  await expect(sam.getByText(/^Leave taken off for Sam Samplecase/)).toBeVisible();
  await expect(sam.getByRole('row', { name: /Sam Samplecase/ })).toHaveCount(0);
  await syncNow(phone);
  await phone.goto('/');
  await expect(phone.getByTestId('away-notice')).toHaveCount(0);

  await jo.takeOff();
  await phoneContext.close();
  await sam.context().close();
});
