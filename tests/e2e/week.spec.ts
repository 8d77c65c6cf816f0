import { readFileSync } from 'node:fs';
import {
  expect,
  test,
  type APIRequestContext,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import { expectEmergencyCall } from './support/app';
import {
  caseworkerApi,
  expectAccessible,
  pairWithCode,
  sam,
  seed,
  writeNote,
} from './support/phone-link';
import { fillDateInput } from './support/date-input';

/**
 * The caseworker's journal beside the person's: Robin shares one entry from their phone (and
 * keeps another private), Sam writes notes from Today and from Robin's page and logs a call, and
 * the week side by side puts each on its own day, Monday to Sunday; printed, it is A4 without
 * the console around it. Every clock is Wednesday 24 March 2027, midday in London.
 */

const WEDNESDAY_NOON = new Date('2027-03-24T12:00:00Z');
const MONDAY = '2027-03-22';
const TUESDAY = '2027-03-23';
const WEDNESDAY = '2027-03-24';
const SHARED = 'I went to the drop-in and it helped';
const PRIVATE = 'Only for me, never for the week view';
const CLOSE = { Connection: 'close' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: APIRequestContext;
let phoneContext: BrowserContext;
let deskContext: BrowserContext;
let phone: Page;
let desk: Page;
let personId = '';

test.beforeAll(async ({ browser, playwright, baseURL }) => {
  server = await playwright.request.newContext({ baseURL: baseURL ?? seed().baseURL });
  const res = await server.post('/__test/clock', {
    data: { now: WEDNESDAY_NOON.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok()).toBe(true);
  const common = { locale: 'en-GB', timezoneId: 'Europe/London' };
  phoneContext = await browser.newContext({
    ...common,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
  });
  deskContext = await browser.newContext({ ...common, viewport: { width: 1280, height: 800 } });
  phone = await phoneContext.newPage();
  desk = await deskContext.newPage();
  await phone.clock.setFixedTime(WEDNESDAY_NOON);
  await desk.clock.setFixedTime(WEDNESDAY_NOON);
});

test.afterAll(async () => {
  await server.post('/__test/clock', { data: { now: new Date().toISOString() }, headers: CLOSE });
  await Promise.all([phoneContext.close(), deskContext.close(), server.dispose()]);
});

test('notes, contacts and a shared entry each land on their own day, and the week prints on A4', async ({
  baseURL,
}) => {
  const api = await caseworkerApi(baseURL ?? seed().baseURL);
  personId = await api.addPerson('Robin Weektest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(phone, await api.pairingCode(personId));
  await api.dispose();

  // Robin keeps one entry to themselves and shares another.
  await writeNote(phone, PRIVATE);
  await writeNote(phone, SHARED);
  await phone.getByRole('link', { name: 'Share with Sam' }).click();
  await phone.getByRole('button', { name: 'Share with Sam' }).click();
  await expect(phone.getByTestId('share-state')).toHaveText('Sent to Sam', { timeout: 15_000 });

  // The phone says plainly that the team keeps notes, and that Robin can ask to see them.
  await phone.goto('/settings');
  const notesSection = phone.getByRole('region', { name: 'Notes about your support' });
  await expect(notesSection).toContainText('Sam keeps short notes about your support');
  await expect(notesSection).toContainText('You can ask to see them at any time.');
  await expectEmergencyCall(phone);
  await notesSection.screenshot({ path: 'test-results/screens/settings-notes.png' });

  // Sam, on Today: a quick note from Robin's row.
  const who = sam();
  await desk.goto('/console/#/today');
  await desk.getByLabel('Email address').fill(who.email);
  await desk.getByLabel('Password', { exact: true }).fill(who.password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  const row = desk.getByRole('listitem').filter({ hasText: 'Robin Weektest' }).first();
  await row.getByText('Write today’s note').click();
  await row.getByLabel('What happened').fill('Robin shared an entry about the drop-in.');
  await row.screenshot({ path: 'test-results/screens/console-today-quick-note.png' });
  await row.getByRole('button', { name: 'Save your note' }).click();
  await expect(row.getByRole('status')).toContainText(
    'Your note about Robin Weektest for Wednesday 24 March is saved.',
  );

  // On Robin's page: today's note already there, added to; then a note for Monday.
  await desk.goto(`/console/#/people/${personId}/notes`);
  await expect(desk.getByRole('heading', { name: 'Your note for today' })).toBeVisible();
  await expect(desk.getByLabel('What happened')).toHaveValue(
    'Robin shared an entry about the drop-in.',
  );
  await desk.getByLabel('How Robin Weektest seemed').fill('Brighter than last week.');
  await desk.getByRole('button', { name: 'Save changes to your note' }).click();
  await expect(desk.getByRole('status').filter({ hasText: 'is saved' })).toContainText(
    'Your note about Robin Weektest for Wednesday 24 March is saved.',
  );
  await desk.getByLabel('Day', { exact: true }).fill(MONDAY);
  await expect(desk.getByRole('heading', { name: 'Your note for Monday 22 March' })).toBeVisible();
  await desk.getByLabel('Calls').fill('Robin rang about the rent letter.');
  await desk.getByRole('button', { name: 'Save your note' }).click();
  await expect(desk.getByRole('heading', { name: 'Monday 22 March 2027' })).toBeVisible();
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-notes.png', fullPage: true });

  // A call on Tuesday afternoon, logged on the contact tab.
  await desk.goto(`/console/#/people/${personId}/contact`);
  const log = desk.getByRole('region', { name: 'Log a contact' });
  await log.getByRole('radio', { name: 'Call', exact: true }).check();
  await fillDateInput(log, 'Date of the contact', TUESDAY);
  await log.getByLabel('Time').fill('15:00');
  await log.getByRole('button', { name: 'Log this contact' }).click();
  await expect(log.getByRole('status')).toContainText('3pm is logged');

  // The week side by side.
  await desk.goto(`/console/#/people/${personId}/week`);
  await expect(
    desk.getByRole('heading', {
      name: 'Robin Weektest: Monday 22 March to Sunday 28 March 2027',
    }),
  ).toBeVisible();
  const day = (d: string) => desk.locator(`[data-day="${d}"]`);
  await expect(desk.locator('[data-day]')).toHaveCount(7);
  await expect(day(MONDAY).locator('[data-kind]')).toHaveCount(1);
  await expect(day(MONDAY).locator('[data-kind="note"]')).toContainText('rent letter');
  await expect(day(TUESDAY).locator('[data-kind]')).toHaveCount(1);
  await expect(day(TUESDAY).locator('[data-kind="contact"]')).toContainText('Call');
  await expect(day(TUESDAY).locator('[data-kind="contact"]')).toContainText('3pm');
  await expect(day(WEDNESDAY).locator('[data-kind="shared-entry"]')).toContainText(SHARED);
  await expect(day(WEDNESDAY).locator('[data-kind="note"]')).toContainText(
    'Brighter than last week.',
  );
  await expect(day('2027-03-28')).toContainText('Nothing this day.');
  // What Robin kept to themselves never reaches the console.
  await expect(desk.getByText(PRIVATE)).toHaveCount(0);
  await expect(desk.getByText(/^Printed /)).toBeHidden();
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/console-week.png', fullPage: true });

  // Printed: A4, only the week (no console header, tabs or buttons).
  await desk.emulateMedia({ media: 'print' });
  await expect(desk.getByRole('button', { name: 'Print this week' })).toBeHidden();
  await expect(desk.getByRole('banner')).toBeHidden();
  await expect(desk.getByText('Printed Wednesday 24 March 2027.')).toBeVisible();
  await expect(desk.getByRole('navigation', { name: 'About Robin Weektest' })).toBeHidden();
  await desk.setViewportSize({ width: 794, height: 1123 });
  await desk.screenshot({ path: 'test-results/screens/console-week-print.png', fullPage: true });
  const pdf = await desk.pdf({
    path: 'test-results/screens/console-week.pdf',
    preferCSSPageSize: true,
  });
  // Every page of the PDF is A4 (595 by 842 points, give or take a rounding).
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.round(Number(w))).toBe(595);
    expect(Math.round(Number(h))).toBe(842);
  }
  expect(readFileSync('test-results/screens/console-week.pdf').length).toBeGreaterThan(1000);
  await desk.emulateMedia({ media: 'screen' });

  // Another console page is not changed by the week's print rules.
  await desk.goto(`/console/#/people/${personId}/notes`);
  await desk.emulateMedia({ media: 'print' });
  await expect(desk.getByRole('banner')).toBeVisible();
  await desk.emulateMedia({ media: 'screen' });

  // At 200% zoom on a laptop (640 CSS pixels wide) nothing scrolls sideways.
  await desk.setViewportSize({ width: 640, height: 800 });
  for (const tab of ['notes', 'week']) {
    await desk.goto(`/console/#/people/${personId}/${tab}`);
    await expect(desk.locator('main h2').first()).toBeVisible();
    const overflow = await desk.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    await desk.screenshot({
      path: `test-results/screens/console-zoom-200-${tab}.png`,
      fullPage: true,
    });
  }
});

test('the lead downloads Robin’s whole record, notes included, as plain text and as JSON', async () => {
  const lead = seed().staff.find((s) => s.role === 'lead');
  if (!lead) throw new Error('No seeded lead');
  const context = await desk
    .context()
    .browser()!
    .newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
  const page = await context.newPage();
  await page.clock.setFixedTime(WEDNESDAY_NOON);
  await page.goto(`/console/#/people/${personId}`);
  await page.getByLabel('Email address').fill(lead.email);
  await page.getByLabel('Password', { exact: true }).fill(lead.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const card = page.getByRole('region', { name: 'Download record' });
  await expect(card).toContainText('subject access request');
  await expectAccessible(page);

  const [text] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: /Download as plain text/ }).click(),
  ]);
  expect(text.suggestedFilename()).toBe(`record-${WEDNESDAY}.txt`);
  const words = readFileSync(await text.path(), 'utf8');
  expect(words).toContain('Everything the service keeps about Robin Weektest');
  expect(words).toContain('Calls: Robin rang about the rent letter.');
  expect(words).toContain(SHARED);
  expect(words).not.toContain(PRIVATE);

  const [json] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('link', { name: /Download as JSON/ }).click(),
  ]);
  expect(json.suggestedFilename()).toBe(`record-${WEDNESDAY}.json`);
  const record = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
    notes: { day: string }[];
  };
  expect(record.notes.map((n) => n.day).sort()).toEqual([MONDAY, WEDNESDAY]);

  // Both downloads are on the audit log.
  await page.goto(`/console/#/audit`);
  await expect(
    page.getByText('Downloaded the whole record: As plain text (subject access request)'),
  ).toBeVisible();
  await expect(
    page.getByText('Downloaded the whole record: As JSON (subject access request)'),
  ).toBeVisible();
  await expect(page.getByText(/^Wrote a note: Monday 22 March 2027/)).toBeVisible();
  await context.close();
});
