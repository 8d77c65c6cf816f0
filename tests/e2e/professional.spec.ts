import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectReadableAt200, saveScreen, setPin } from './support/app';
import { expectAccessible } from './support/axe';
import {
  OFFICE_HOURS,
  pairWithCode,
  phoneSpec,
  sam,
  samSession,
  seed,
  writeNote,
} from './support/phone-link';

// "Show to a professional": the crisis plan alone, out of hours first, with the caseworker's
// number from the person's own guide; with a lock set, only what the person chose. The PDFs are
// kept in test-results/professional/ (pdftoppm -png -r 60 makes pictures of them).

const api = phoneSpec({ timeout: 120_000 });
const A4 = { width: 595.28, height: 841.89 };

const CASEWORKER_CALL = '07700 900456';
const SECTIONS = {
  warningSigns: ['Pacing at night', 'Not answering the door'],
  selfHelp: ['Breathing: in for 4, out for 6'],
  placesThatHelp: ['The Lighthouse drop-in'],
  peopleToAsk: ['My sister Jo, 07700 900999'],
  professionals: ['Dr Patel at Riverside Surgery'],
  keepingSafe: ['Tablets kept at my sister’s'],
  whatMatters: ['My dog, Biscuit'],
  outOfHours: [
    'Talk to me calmly and let me sit somewhere quiet',
    'Call my caseworker in the morning',
  ],
};

function pageSizes(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** A person on Sam's caseload with a plan, and a guide card for Sam with Sam's number. */
async function personWithPlan(name: string): Promise<string> {
  const { api: http, headers, ok } = await samSession(seed().baseURL);
  const id = await api.addPerson(name);
  await api.setHours(id, OFFICE_HOURS);
  const card = {
    id: crypto.randomUUID(),
    kind: 'caseworker',
    name: 'Sam',
    whenToUse: 'Call Sam in working hours.',
    call: CASEWORKER_CALL,
    hours: OFFICE_HOURS,
    picture: 'caseworker',
  };
  await ok(await http.put(`/api/people/${id}/guide`, { data: [card], headers }));
  await ok(await http.put(`/api/people/${id}/plan`, { data: { sections: SECTIONS }, headers }));
  await http.dispose();
  return id;
}

async function printOnePage(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  mkdirSync('test-results/professional', { recursive: true });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  writeFileSync(`test-results/professional/${name}.pdf`, pdf);
  const sizes = pageSizes(pdf);
  expect(sizes).toHaveLength(1);
  expect(Math.abs((sizes[0]?.width ?? 0) - A4.width)).toBeLessThan(2);
  expect(Math.abs((sizes[0]?.height ?? 0) - A4.height)).toBeLessThan(2);
  await page.emulateMedia({ media: 'screen' });
}

test('the view shows the plan out of hours first, the caseworker’s number, and prints on one A4 page', async ({
  page,
}) => {
  const id = await personWithPlan('Robin Professional');
  await pairWithCode(page, await api.pairingCode(id));
  await page.goto('/plan');
  await page.getByRole('link', { name: 'Show to a professional' }).click();
  await expect(page).toHaveURL(/\/plan\/professional$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(
    'Crisis plan for professionals: Robin Professional',
  );
  // Out of hours is the first thing under the title.
  await expect(main.getByRole('heading', { level: 2 }).first()).toHaveText(
    'What staff should do at night or at weekends',
  );
  await expect(main.getByText('Talk to me calmly and let me sit somewhere quiet')).toBeVisible();
  // The number is the one on the person's own guide card, as Help now calls it.
  const call = main.getByRole('link', { name: `Call ${CASEWORKER_CALL}` });
  await expect(call).toHaveAttribute('href', 'tel:07700900456');
  await expect(main.getByText('Monday to Friday: 9am to 5pm')).toBeVisible();
  // Friends' numbers are left out until the person adds them.
  await expect(main.getByText('My sister Jo')).toHaveCount(0);
  await saveScreen(page, 'professional-view');
  await expectAccessible(page);

  await printOnePage(page, 'phone');
  // A fresh start (as from the home screen) still has the number, without waiting for a sync.
  await page.goto('/plan/professional');
  await expect(call).toHaveAttribute('href', 'tel:07700900456');
  await expect(page.getByText('Their guide has no number for the caseworker.')).toHaveCount(0);
  await expectReadableAt200(page, [['/plan/professional', 'professional-200']], saveScreen);
});

test('with a lock set, a locked phone shows only what the person chose, never the journal', async ({
  page,
}) => {
  const id = await personWithPlan('Alex Lockedview');
  await pairWithCode(page, await api.pairingCode(id));
  await writeNote(page, 'A private night, never for anyone else');
  await page.goto('/plan/professional');
  await expect(page.getByRole('heading', { name: 'Choose what this shows' })).toBeVisible();
  await page.getByLabel('My name').uncheck();
  await page.getByLabel('Things I can do myself').uncheck();
  await page.getByRole('button', { name: 'Save what this shows' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByText('Breathing: in for 4')).toHaveCount(0);

  // Set a PIN (choices made before it still count), then lock.
  await setPin(page, '482916');
  await page.getByRole('button', { name: 'Lock now' }).click();

  await page.goto('/plan/professional');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Crisis plan for professionals');
  await expect(main.getByText('Talk to me calmly and let me sit somewhere quiet')).toBeVisible();
  await expect(main.getByText('Pacing at night')).toBeVisible();
  await expect(main.getByRole('link', { name: `Call ${CASEWORKER_CALL}` })).toHaveAttribute(
    'href',
    'tel:07700900456',
  );
  for (const hidden of [
    'Alex Lockedview',
    'Breathing: in for 4',
    'My sister Jo',
    'A private night',
  ]) {
    await expect(main.getByText(hidden)).toHaveCount(0);
  }
  await expect(
    page.getByText('Only what you chose to show can be seen without your PIN.'),
  ).toBeVisible();
  await saveScreen(page, 'professional-locked');
  await expectAccessible(page);

  // What is kept in clear for it holds only the chosen parts.
  const clear = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result
            .transaction('meta')
            .objectStore('meta')
            .get('professional-shown');
          read.onsuccess = () => resolve(JSON.stringify(read.result ?? null));
        };
      }),
  );
  expect(clear).toContain('Talk to me calmly');
  for (const hidden of ['Alex Lockedview', 'Breathing', 'My sister Jo', 'A private night']) {
    expect(clear).not.toContain(hidden);
  }
  await printOnePage(page, 'locked');
});

test('with a lock set and nothing chosen, the view asks for the PIN first', async ({ page }) => {
  const id = await personWithPlan('Jamie Nochoice');
  await pairWithCode(page, await api.pairingCode(id));
  await setPin(page, '482916');
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.goto('/plan/professional');
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
  await expect(page.getByText('Talk to me calmly')).toHaveCount(0);
  await page.getByLabel('Type your PIN to unlock').fill('482916');
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByText('Talk to me calmly and let me sit somewhere quiet')).toBeVisible();
});

test('the console prints the crisis plan for professionals on one A4 page', async ({ browser }) => {
  const id = await personWithPlan('Casey Consoleprint');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/console/#/people/${id}/paper`);
  await page.getByLabel('Email address').fill(sam().email);
  await page.getByLabel('Password', { exact: true }).fill(sam().password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Crisis plan for professionals').check();
  const preview = page.getByLabel('Preview');
  await expect(
    preview.getByText('Crisis plan for professionals: Casey Consoleprint'),
  ).toBeVisible();
  await expect(preview.getByText(`Call ${CASEWORKER_CALL}`)).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('[data-print="paper"]');
  await expect(printed).toContainText('What staff should do at night or at weekends');
  await expect(page.locator('#root')).toBeHidden();
  await page.screenshot({ path: 'test-results/professional/console.png', fullPage: true });
  await printOnePage(page, 'console');
  await context.close();
});
