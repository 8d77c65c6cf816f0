import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { FEELING_QUESTIONS } from '#shared/journal';
import { expectAccessible } from './support/axe';
import { OFFICE_HOURS, sam, samSession, seed } from './support/phone-link';

/**
 * Paper for people without a smartphone: from the console's "Print for paper" tab, the picture
 * guide, the crisis plan and the journal sheet print on A4 (page.pdf), in the app's words.
 * The PDFs are kept in test-results/paper/ to look at (pdftoppm -png makes pictures of them).
 */

const PERSON = 'Pat Papertest';
/** 210 × 297 mm in points; Chromium rounds to whole CSS pixels, within a point or two. */
const A4 = { width: 595.28, height: 841.89 };

test.use({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });

/** The page sizes in a PDF Chromium made (its page dictionaries are not compressed). */
function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

test('the picture guide, crisis plan and journal sheet print on A4 in the app’s words', async ({
  page,
}) => {
  const { api, headers, ok } = await samSession(seed().baseURL);
  const made = (await ok(
    await api.post('/api/people', { data: { displayName: PERSON }, headers }),
  )) as { id: string };
  const id = made.id;
  await ok(await api.put(`/api/people/${id}/hours`, { data: OFFICE_HOURS, headers }));
  const dropIn = {
    id: '6b2f1d4c-8e3a-4f7b-9c1d-2e3f4a5b6c7d',
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
  await ok(await api.put(`/api/people/${id}/guide`, { data: [dropIn], headers }));
  const sections = {
    warningSigns: ['Not sleeping'],
    selfHelp: ['Make a cup of tea', 'Ring my sister'],
    placesThatHelp: [],
    peopleToAsk: [],
    professionals: [],
    keepingSafe: [],
    whatMatters: ['My dog, Biscuit'],
    outOfHours: [],
  };
  await ok(await api.put(`/api/people/${id}/plan`, { data: { sections }, headers }));
  await api.dispose();

  await page.goto(`/console/#/people/${id}/paper`);
  await page.getByLabel('Email address').fill(sam().email);
  await page.getByLabel('Password', { exact: true }).fill(sam().password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Print for paper' })).toBeVisible();
  await expect(page.getByText('Who to call: Pat Papertest').first()).toBeVisible();
  await expectAccessible(page);

  mkdirSync('test-results/paper', { recursive: true });
  const checks: Record<string, string[]> = {
    guide: [
      'Who to call: Pat Papertest',
      'Emergency: 999',
      'Call 116 123',
      'Text SHOUT to 85258',
      'The Lighthouse drop-in',
      'Monday to Friday: 10am to 9pm',
      'Monday to Friday: 9am to 5pm',
      'closed on bank holidays',
      'Printed on',
    ],
    plan: ['My crisis plan: Pat Papertest', 'Things I can do myself', 'Ring my sister'],
    professional: [
      'Crisis plan for professionals: Pat Papertest',
      'What staff should do at night or at weekends',
      'What helps them feel calmer',
      'Ring my sister',
    ],
    journal: Object.values(FEELING_QUESTIONS).map((q) => q.question),
  };
  const labels = {
    guide: 'Picture guide: who to call',
    plan: 'Crisis plan',
    professional: 'Crisis plan for professionals',
    journal: 'Journal sheet',
  };
  for (const [sheet, words] of Object.entries(checks)) {
    await page.getByLabel(labels[sheet as keyof typeof labels], { exact: true }).check();
    await page.emulateMedia({ media: 'print' });
    // Only the sheet prints: the console's own header and tabs are hidden.
    const printed = page.locator('[data-print="paper"]');
    await expect(printed).toBeVisible();
    await expect(page.locator('#root')).toBeHidden();
    for (const w of words) await expect(printed).toContainText(w);
    await page.screenshot({ path: `test-results/paper/${sheet}.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(`test-results/paper/${sheet}.pdf`, pdf);
    const sizes = pageSizes(pdf);
    expect(sizes.length).toBeGreaterThan(0);
    // A journal sheet and both plans fit one page; the guide has a card for every number.
    expect(sizes.length).toBeLessThanOrEqual(sheet === 'guide' ? 3 : 1);
    for (const size of sizes) {
      expect(Math.abs(size.width - A4.width)).toBeLessThan(2);
      expect(Math.abs(size.height - A4.height)).toBeLessThan(2);
    }
    await page.emulateMedia({ media: 'screen' });
  }
});
