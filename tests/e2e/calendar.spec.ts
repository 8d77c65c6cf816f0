import { randomUUID } from 'node:crypto';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { waitForServiceWorker } from './support/app';
import { expectAccessible } from './support/axe';
import { PROFILE_WITH_GP } from './support/profile';
import { OFFICE_HOURS, pairWithCode, sam, samSession, seed } from './support/phone-link';

/**
 * The service calendar, end to end against the real server. The phone is linked before
 * Christmas; with the server's clock and the phone's at 7:30am on Christmas Day 2026 (a
 * Friday), it syncs once and goes offline: Help now shows the GP surgery closed, and never
 * says it "opens at 8am today" (its next opening is Tuesday 29 December, after the Boxing Day
 * substitute). The lead's calendar screen saves a team closure; a caseworker sees it read-only.
 */

const CLOSE = { Connection: 'close' };
/** Wednesday 23 December 2026, 10am (GMT, so Z is London time). */
const BEFORE_CHRISTMAS = new Date('2026-12-23T10:00:00Z');
/** Friday 25 December 2026, 7:30am: the GP's usual hours would open at 8am. */
const CHRISTMAS_0730 = new Date('2026-12-25T07:30:00Z');

test.describe.configure({ mode: 'serial', timeout: 120_000 });
test.use({ locale: 'en-GB', timezoneId: 'Europe/London' });

let server: APIRequestContext;

async function setServerClock(at: Date): Promise<void> {
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

test.beforeAll(async ({ baseURL }) => {
  server = await request.newContext({ baseURL: baseURL ?? seed().baseURL });
});

test.afterAll(async () => {
  // Back to real time for the specs that follow.
  await setServerClock(new Date());
  await server.dispose();
});

function card(page: Page, kind: string) {
  return page.locator(`main li[data-kind="${kind}"]`);
}

test.describe('on the phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });

  test('on Christmas Day, offline, Help now shows the GP closed and does not say it opens today', async ({
    page,
    context,
  }) => {
    await setServerClock(BEFORE_CHRISTMAS);
    await page.clock.install({ time: BEFORE_CHRISTMAS });
    const { api, headers, ok } = await samSession(seed().baseURL);
    const made = (await ok(
      await api.post('/api/people', { data: { displayName: 'Pat Christmastest' }, headers }),
    )) as { id: string };
    const personId = made.id;
    await ok(await api.put(`/api/people/${personId}/hours`, { data: OFFICE_HOURS, headers }));
    // A GP surgery open 8am to 6:30pm on weekdays, as a caseworker would add it.
    const guide = PROFILE_WITH_GP.guide
      .filter((c) => c.kind === 'gp')
      .map((c) => ({ ...c, id: randomUUID() }));
    await ok(await api.put(`/api/people/${personId}/guide`, { data: guide, headers }));
    const { code } = (await ok(
      await api.post(`/api/people/${personId}/pairing-codes`, { headers }),
    )) as { code: string };
    await api.dispose();
    await pairWithCode(page, code);

    // Christmas morning: the phone syncs once with the server, then the network goes.
    await setServerClock(CHRISTMAS_0730);
    await page.clock.setSystemTime(CHRISTMAS_0730);
    // The first sync made at the server's Christmas Day, read as it arrives.
    let calendar: unknown;
    const synced = page.waitForResponse(async (r) => {
      if (!r.url().includes('/api/device/sync') || r.status() !== 200) return false;
      const body = (await r.json().catch(() => null)) as {
        profile: { calendar?: unknown; syncedAt: string };
      } | null;
      if (!body?.profile.syncedAt.startsWith('2026-12-25')) return false;
      calendar = body.profile.calendar;
      return true;
    });
    await page.goto('/help');
    await synced;
    expect(calendar).toEqual({ nations: ['england-and-wales'], closures: [] });
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();

    const gp = card(page, 'gp');
    await expect(gp).toHaveAttribute('data-open', 'false');
    await expect(gp).toContainText('Closed now. Opens at 8am on Tuesday');
    await expect(gp).not.toContainText('today');
    // The closed GP is below the numbers open now, and 999 is still first.
    await expect(page.locator('main li[data-kind]').first()).toHaveAttribute(
      'data-kind',
      'emergency',
    );
    await expect(card(page, 'samaritans')).toHaveAttribute('data-open', 'true');
    await page.screenshot({
      path: 'test-results/screens/calendar-christmas-help.png',
      fullPage: true,
    });
  });
});

test.describe('in the console', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  async function signIn(page: Page, email: string, password: string) {
    await page.goto('/console/#/calendar');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Service calendar' })).toBeVisible();
  }

  test('the lead adds a team closure; a wrong date is shown by its field; a caseworker sees it read-only', async ({
    page,
    browser,
  }) => {
    await setServerClock(new Date());
    const lead = seed().staff.find((s) => s.role === 'lead');
    if (!lead) throw new Error('No seeded lead');
    await signIn(page, lead.email, lead.password);
    await expect(page.getByLabel('England and Wales')).toBeChecked();
    await expect(page.getByLabel('Scotland')).not.toBeChecked();
    // Christmas Day is in the coming closed days whatever today is.
    await expect(page.getByRole('cell', { name: 'Christmas Day' }).first()).toBeVisible();

    await page.getByRole('button', { name: 'Add a team closure' }).click();
    await page.getByLabel('What it is').fill('Team training day');
    await page.getByLabel('First day').fill('2027-03-10');
    await page.getByLabel('Last day').fill('2027-03-09');
    await page.getByRole('button', { name: 'Save the service calendar' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Team training day, last day');
    await expect(summary).toContainText('on or after the first day');
    await page.screenshot({
      path: 'test-results/screens/console-calendar-error.png',
      fullPage: true,
    });

    await page.getByLabel('Last day').fill('2027-03-10');
    await page.getByRole('button', { name: 'Save the service calendar' }).click();
    await expect(page.getByText('The service calendar is saved.')).toBeVisible();
    await expect(
      page.getByRole('row', { name: /Wednesday 10 March 2027 Team training day/ }),
    ).toBeVisible();
    await expectAccessible(page);
    // At 200% zoom on a laptop (640 CSS pixels wide) nothing scrolls sideways.
    await page.setViewportSize({ width: 640, height: 400 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: 'test-results/screens/console-calendar-zoom-200.png',
      fullPage: true,
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({
      path: 'test-results/screens/console-calendar-lead.png',
      fullPage: true,
    });

    // Sam, a caseworker, sees the calendar but cannot change it.
    const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await other.newPage();
    await signIn(desk, sam().email, sam().password);
    await expect(desk.getByText('Team training day: Wednesday 10 March 2027')).toBeVisible();
    await expect(desk.getByRole('checkbox')).toHaveCount(0);
    await expect(desk.getByRole('button', { name: 'Save the service calendar' })).toHaveCount(0);
    await expectAccessible(desk);
    await desk.screenshot({
      path: 'test-results/screens/console-calendar-caseworker.png',
      fullPage: true,
    });
    await other.close();

    // Leave the seeded calendar as it was for the specs that follow.
    await page.getByRole('button', { name: 'Remove Team training day' }).click();
    await page.getByRole('button', { name: 'Save the service calendar' }).click();
    await expect(page.getByText('No team closures added.')).toBeVisible();
  });
});
