import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_SERVICE, DEMO_STAFF } from '../../src/server/seed/demo-content';
import { DEMO_PEOPLE, type DemoPerson } from '../../src/server/seed/demo-people';
import { expectAccessible } from './support/axe';
import { DESK } from './support/console-walk';

/**
 * The lead's outcomes dashboard in real Chromium, against the real server with a copy of the
 * demo service that no other spec changes (`untouched` in tests/e2e/support/serve.ts). The
 * expected figures are worked out here from the demo content itself
 * (src/server/seed/demo-content.ts), not read back from the API.
 */

type SeedStaff = { name: string; email: string; role: string; password: string };
type UntouchedSeed = { service: { name: string }; staff: SeedStaff[] };
const SEED_FILE = process.env.E2E_SEED ?? 'test-results/e2e-seed.json';
const seed = () =>
  (JSON.parse(readFileSync(SEED_FILE, 'utf8')) as { untouched: UntouchedSeed }).untouched;

test.use({
  ...DESK,
  acceptDownloads: true,
});
test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/console-${name}.png`, fullPage: true });
}

async function signInAsLead(page: Page): Promise<void> {
  const lead = seed().staff.find((s) => s.role === 'lead');
  if (!lead) throw new Error('No seeded lead');
  await page.goto('/console/#/outcomes');
  await page.getByLabel('Email address').fill(lead.email);
  await page.getByLabel('Password', { exact: true }).fill(lead.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outcomes' })).toBeVisible();
}

/** What the demo content says, for a group of demo people. */
function expected(people: DemoPerson[]) {
  const progressing = people.filter((p) =>
    p.goals.some(
      (g) =>
        g.milestones.some((m) => m.doneDaysAgo !== null && m.doneDaysAgo < 90) ||
        (g.status?.to === 'finished' && g.status.daysAgo < 90),
    ),
  );
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const reports = people.flatMap((p) => p.urgentCare.filter((u) => u.daysAgo < 300));
  return {
    supportedNow: people.length,
    withGoal: people.filter((p) => p.goals.length > 0).length,
    progressing: progressing.length,
    /** All contacts each of the 12 weeks, oldest first. */
    contacts: Array.from({ length: 12 }, (_, i) =>
      sum(people.map((p) => p.contactsPerWeek[i] ?? 0)),
    ),
    wellbeingPeople: people.filter((p) => p.checkIns.length >= 2).length,
    ae: reports.filter((u) => u.wentToAe).length,
    c999: reports.filter((u) => u.called999).length,
    c111: reports.filter((u) => u.called111).length,
  };
}

/** Opens the "Show the numbers as a table" under a chart (it stays open when the group changes). */
async function openTable(page: Page, region: RegExp): Promise<void> {
  const details = page.getByRole('region', { name: region }).locator('details');
  if ((await details.getAttribute('open')) === null) {
    await details.getByText('Show the numbers as a table').click();
  }
  await expect(details).toHaveAttribute('open', '');
}

/** The numbers in one column of a table (its cells with that data-label). */
async function column(table: Locator, label: string): Promise<number[]> {
  const texts = await table.locator(`td[data-label="${label}"]`).allInnerTexts();
  return texts.map((t) => Number(t.trim()));
}

async function checkFigures(page: Page, want: ReturnType<typeof expected>): Promise<void> {
  await expect(page.locator('[data-figure="supported-now"]')).toHaveText(String(want.supportedNow));
  await expect(page.locator('[data-figure="progressing"]')).toHaveText(
    `${want.progressing} of ${want.withGoal}`,
  );
  const contacts = page.getByRole('table', { name: 'Contacts and targets each week' });
  await openTable(page, /Contacts against targets/);
  await expect(contacts).toBeVisible();
  expect(await column(contacts, 'All contacts')).toEqual(want.contacts);
  if (want.wellbeingPeople > 0) {
    await expect(
      page.getByText(
        `From the ${want.wellbeingPeople} ${want.wellbeingPeople === 1 ? 'person' : 'people'} who sent at least two`,
      ),
    ).toBeVisible();
  }
  await openTable(page, /Urgent care/);
  const urgent = page.getByRole('table', { name: 'Urgent care each month' });
  const total = async (label: string) => (await column(urgent, label)).reduce((s, v) => s + v, 0);
  expect(await total('Went to A&E')).toBe(want.ae);
  expect(await total('Called 999')).toBe(want.c999);
  expect(await total('Called 111')).toBe(want.c111);
}

test('the lead sees the demo service’s outcomes, per caseworker too, with charts and tables', async ({
  page,
}) => {
  await signInAsLead(page);
  // In the lead's navigation, marked as the current page.
  await expect(page.getByRole('link', { name: 'Outcomes' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(
    page.getByRole('img', { name: /Bar chart of new people each quarter/ }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /contacts against targets/ })).toBeVisible();
  await expect(
    page.getByRole('img', { name: /Bar chart of urgent care each month/ }),
  ).toBeVisible();
  await shoot(page, 'outcomes');

  await checkFigures(page, expected(DEMO_PEOPLE));
  await expectAccessible(page);

  // One caseworker: only the people assigned to them.
  const sam = DEMO_STAFF.find((s) => s.key === 'sam');
  if (!sam) throw new Error('No Sam in the demo');
  await page.getByLabel('Show figures for').selectOption({ label: sam.name });
  await expect(
    page.getByRole('heading', { name: `Figures for ${sam.name}’s people` }),
  ).toBeVisible();
  await checkFigures(page, expected(DEMO_PEOPLE.filter((p) => p.caseworker === 'sam')));
  await shoot(page, 'outcomes-caseworker');

  // Narrow, as on a small laptop window or at high zoom: still readable.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('region', { name: /Contacts against targets/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/console-outcomes-narrow.png' });
  await expectAccessible(page);
});

test('the CSV download has the figures and no names or free text', async ({ page }) => {
  await signInAsLead(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^outcomes-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  const lines = text.trimEnd().split('\r\n');
  expect(lines[0]).toBe('service_ref,scope,caseworker_ref,period_type,period,measure,value');
  const want = expected(DEMO_PEOPLE);
  expect(
    lines
      .find((l) => /,service,,day,[\d-]+,supported_now,/.test(l))
      ?.split(',')
      .at(-1),
  ).toBe(String(want.supportedNow));
  const names = [
    DEMO_SERVICE,
    seed().service.name,
    ...DEMO_STAFF.map((s) => s.name),
    ...DEMO_PEOPLE.map((p) => p.displayName),
  ];
  const words = [
    ...names,
    ...DEMO_PEOPLE.flatMap((p) => [
      ...p.goals.flatMap((g) => [
        g.title,
        ...g.milestones.flatMap((m) => [m.title, m.reward ?? '', m.encouragement ?? '']),
      ]),
    ]),
  ].filter(Boolean);
  const lower = text.toLowerCase();
  for (const phrase of words) expect(lower).not.toContain(phrase.toLowerCase());
  // First names and surnames on their own too.
  for (const word of names.flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 3)) {
    expect(lower).not.toContain(word.toLowerCase());
  }
  for (const line of lines.slice(1)) {
    expect(line).toMatch(
      /^[0-9a-f-]{36},(service|caseworker),(C\d+)?,(day|quarter|week|month|months_after),[\dQ-]+,[a-z0-9_]+,-?[\d.]*$/,
    );
  }
});
