import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { monthAt, monthIndex } from '../../src/shared/hospital-import';
import { expectAccessible } from './support/axe';
import { DESK, signInAs } from './support/console-walk';
import { seed } from './support/phone-link';

/*
 * The lead imports a trust's hospital-use file in real Chromium: a file with bad rows is refused
 * with each row's number and nothing is kept; the file put right is imported; the outcomes
 * dashboard shows before and after. The server's clock (and the page's) is moved 400 days on,
 * so demo people referred in the last few months have 12 months of "after" behind them; it is
 * put back at the end.
 *
 * The counts, per person, are built from their own referral month R: 3 A&E attendances in each
 * of the 12 months before (36), 1 in each of the 12 months after (12), and no 999 calls. For the
 * two people at 12 months: before 72 over 24 person-months = 3.00, after 24 over 24 = 1.00,
 * 1 − 1 / 3 = 67% fewer. 999 calls: 0 before, so no change can be given ("cannot say yet").
 */

const CLOSE = { Connection: 'close' };
const LATER = new Date(Date.now() + 400 * 86_400_000);

test.use({ ...DESK });
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: APIRequestContext;

async function serverClock(at: Date): Promise<void> {
  const res = await server.post('/__test/clock', {
    data: { now: at.toISOString() },
    headers: CLOSE,
  });
  expect(res.ok(), await res.text()).toBe(true);
}

test.beforeAll(async ({ baseURL }) => {
  server = await request.newContext({ baseURL: baseURL ?? seed().baseURL });
  await serverClock(LATER);
});

test.afterAll(async () => {
  await serverClock(new Date());
  await server.dispose();
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/console-${name}.png`, fullPage: true });
}

const shift = (month: string, by: number) => monthAt(monthIndex(month) + by);

/** A trust file as Excel saves it: BOM, CRLF, quoted headers, an NHS number column. */
function trustFile(people: { ref: string; nhs: string; referral: string }[], extra = ''): string {
  const lines = ['"NHS Number","Client ID","Month","A&E attendances","999 calls"'];
  for (const p of people) {
    for (let i = -12; i <= 12; i++) {
      if (i === 0) continue;
      const month = shift(p.referral, i);
      lines.push(`${p.nhs},${p.ref},${month},${i < 0 ? 3 : 1},0`);
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n${extra}`;
}

const PEOPLE = () => seed().people.slice(0, 2);

async function setReference(page: Page, personId: string, ref: string): Promise<string> {
  await page.goto(`/console/#/people/${personId}/hospital`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hospital use' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Service reference' }).fill(ref);
  await page.getByRole('button', { name: 'Save reference' }).click();
  await expect(page.getByText('The service reference is saved.')).toBeVisible();
  const res = await page.request.get(`/api/people/${personId}/hospital-use`);
  const view = (await res.json()) as { referralMonth: string; serviceRef: string };
  expect(view.serviceRef).toBe(ref);
  return view.referralMonth;
}

async function monthsKept(page: Page, personId: string): Promise<number> {
  const res = await page.request.get(`/api/people/${personId}/hospital-use`);
  return ((await res.json()) as { months: unknown[] }).months.length;
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.getByLabel('Choose the trust’s CSV file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(page.getByRole('heading', { name: 'Which column is which' })).toBeVisible();
}

test('a file with bad rows is refused by row number and nothing is imported; the file put right is; the dashboard shows before and after', async ({
  page,
}) => {
  await page.clock.install({ time: LATER });
  await signInAs(page, 'lead');
  const [a, b] = PEOPLE();
  if (!a || !b) throw new Error('The demo has two people');
  const people = [
    {
      ref: 'HIU-E2E-1',
      nhs: '943 476 5919',
      referral: await setReference(page, a.id, 'HIU-E2E-1'),
    },
    {
      ref: 'HIU-E2E-2',
      nhs: '943 476 5870',
      referral: await setReference(page, b.id, 'HIU-E2E-2'),
    },
  ];
  await shoot(page, 'hospital-person');

  // 1 header + 2 × 24 good rows = 49 rows, so the bad ones are rows 50 and 51.
  await page.goto('/console/#/outcomes/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import hospital use' })).toBeVisible();
  const bad = trustFile(
    people,
    '943 476 5919,HIU-NOPE,2026-01,1,0\r\n,HIU-E2E-1,"13/2026",2,x\r\n',
  );
  await chooseFile(page, 'trust-bad.csv', bad);
  await expect(page.getByText('“NHS Number” is left out')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Service reference' })).toHaveValue('1');
  await page.getByRole('button', { name: 'Import 50 rows' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await expect(refused).toContainText(
    'Nothing was imported. 2 rows have problems: put them right in the file and import it again.',
  );
  await expect(refused).toContainText(
    'Row 50: Nobody in this service has the reference “HIU-NOPE”.',
  );
  await expect(refused).toContainText(
    'Row 51: “13/2026” is not a month we can read (use 2026-03 or 03/2026); 999 calls “x” is not a whole number from 0 to 999.',
  );
  await shoot(page, 'hospital-import-refused');
  await expectAccessible(page);
  expect(await monthsKept(page, a.id)).toBe(0);
  expect(await monthsKept(page, b.id)).toBe(0);

  await chooseFile(page, 'trust.csv', trustFile(people));
  await page.getByRole('button', { name: 'Import 48 rows' }).click();
  const done = page.getByRole('status').filter({ hasText: 'Imported' });
  await expect(done).toContainText('Imported 48 rows for 2 people');
  await shoot(page, 'hospital-import-done');
  expect(await monthsKept(page, a.id)).toBeGreaterThanOrEqual(24);

  await done.getByRole('link', { name: 'See the outcomes' }).click();
  const section = page.getByRole('region', { name: 'Hospital use before and after support' });
  await expect(section).toBeVisible();
  await expect(section.getByLabel('Compare the 12 months before with')).toHaveValue('12');
  const ae = section.locator('tr[data-kind="ae"]');
  await expect(ae.locator('td[data-label="People counted"]')).toHaveText('2');
  await expect(ae.locator('td[data-label="Before"]')).toHaveText('3.00');
  await expect(ae.locator('td[data-label="After"]')).toHaveText('1.00');
  await expect(ae.locator('td[data-label="Change"]')).toHaveText('67% fewer');
  await expect(ae.locator('td[data-label="Totals"]')).toHaveText('72 before, 24 after');
  const calls = section.locator('tr[data-kind="calls999"]');
  await expect(calls.locator('td[data-label="Change"]')).toHaveText('cannot say yet');
  await expect(section.getByRole('img')).toHaveAttribute(
    'aria-label',
    /A&E attendances: before 3\.00, after 1\.00, 2 people/,
  );
  await section.screenshot({ path: 'test-results/screens/console-hospital-outcomes.png' });
  await expectAccessible(page);

  // Both people's page shows the months, marked as from a trust's file.
  await page.goto(`/console/#/people/${a.id}/hospital`);
  await expect(page.getByRole('cell', { name: 'A trust’s file' }).first()).toBeVisible();
  await expectAccessible(page);

  // 320 pixels wide (as 400% zoom on a laptop): the tables stack, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 800 });
  await shoot(page, 'hospital-person-320');
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(320);
});
