import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { saveScreen } from './support/app';
import { expectAccessible } from './support/axe';
import { holding, readJournal } from './support/journal-db';
import { openPhone, type Phone } from './support/persistent';
import { caseworkerApi, pairWithCode } from './support/phone-link';

/*
 * The journal tested the way phones break: the browser killed (SIGKILL, every process of it)
 * on a persistent profile, then opened again on the same profile.
 */

let phone: Phone;
test.beforeEach(async ({ baseURL }) => {
  phone = await openPhone(String(baseURL));
});
test.afterEach(async () => {
  await phone.close();
});

const firstPage = async (context: BrowserContext): Promise<Page> =>
  context.pages()[0] ?? (await context.newPage());

/** Kill the browser now and open the app again at `path`. */
async function killAndOpen(path: string): Promise<Page> {
  const page = await firstPage(await phone.killAndReopen());
  await page.goto(path);
  return page;
}

test('a save cut off at any moment from 0 to 500 ms is one entry, whichever button comes next', async () => {
  // About 2 minutes on a quiet machine (32 browser starts); room for a busy one.
  test.setTimeout(360_000);
  const RUNS = 30;
  // The moments are spread evenly over 0 to 500 ms after Save, so every run of the spec is the
  // same; two more runs die just before Save, so both buttons are always tried on a draft.
  const moments: (number | null)[] = [
    null,
    null,
    ...Array.from({ length: RUNS }, (_, i) => Math.round((i * 500) / (RUNS - 1))),
  ];
  const outcomes = { saved: 0, draft: 0 };
  let page = await firstPage(phone.context);
  for (const [run, after] of moments.entries()) {
    const words = `Run ${run}: the flat is so quiet and I keep thinking about it`;
    // Each run starts on an empty editor (the one the last run ended on, or a fresh one).
    if (run === 0 || !page.url().endsWith('/journal/entry/new')) {
      await page.goto('/journal/entry/new');
    }
    await page.getByLabel('Write in my journal').fill(words);
    // The person pauses: the draft is on disk (the 300 ms pause), then they press Save.
    await expect.poll(async () => holding((await readJournal(page)).drafts, words)).toBe(1);
    if (after !== null) {
      // The tap returns as soon as it is made, so the early kills land while the save runs.
      await page
        .getByRole('button', { name: 'Save' })
        .evaluate((button: HTMLElement) => button.click());
      await page.waitForTimeout(after);
    }
    page = await killAndOpen('/journal/entry/new');

    // Either the save committed (entry kept, draft gone) or it did not (draft kept): never both.
    const reopened = await readJournal(page);
    const inEntries = holding(reopened.entries, words);
    const inDrafts = holding(reopened.drafts, words);
    expect(`${inEntries} entry, ${inDrafts} draft`).toMatch(
      /^(1 entry, 0 draft|0 entry, 1 draft)$/,
    );

    outcomes[inDrafts === 1 ? 'draft' : 'saved'] += 1;
    if (inDrafts === 1) {
      await expect(
        page.getByRole('heading', { name: 'You have words you did not finish' }),
      ).toBeVisible();
      if (run % 2 === 0) {
        await page.getByRole('button', { name: 'Start a new one' }).click();
        await expect(page.getByLabel('Write in my journal')).toHaveValue('');
      } else {
        await page.getByRole('link', { name: new RegExp(`Run ${run}:.*Carry on`) }).click();
        await expect(page.getByLabel('Write in my journal')).toHaveValue(words);
        await page.getByRole('button', { name: 'Save' }).click();
        await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
        await page.goto('/journal/entry/new');
      }
    } else {
      // The entry is saved: nothing is offered again.
      await expect(page.getByLabel('Write in my journal')).toHaveValue('');
    }
    const settled = await readJournal(page);
    expect(holding(settled.entries, words)).toBe(1);
    expect(holding(settled.drafts, words)).toBe(0);
  }
  const { entries } = await readJournal(page);
  expect(entries).toHaveLength(moments.length);
  expect(new Set(entries).size).toBe(moments.length);
  test.info().annotations.push({
    type: 'kills',
    description: `${outcomes.saved} saves had committed, ${outcomes.draft} left the draft`,
  });
});

test('two tabs writing two new entries: after a kill both drafts are offered', async () => {
  const one = await firstPage(phone.context);
  const two = await phone.context.newPage();
  await one.goto('/journal/entry/new');
  await two.goto('/journal/entry/new');
  const first = 'Tab one: the neighbours were shouting again';
  const second = 'Tab two: I could not sleep so I made some tea';
  await one.getByLabel('Write in my journal').fill(first);
  await two.getByLabel('Write in my journal').fill(second);
  await expect
    .poll(async () => {
      const { drafts } = await readJournal(one);
      return [holding(drafts, first), holding(drafts, second)];
    })
    .toEqual([1, 1]);

  let page = await killAndOpen('/journal');
  const list = page.getByRole('region', { name: 'Carry on where you left off' });
  await expect(list.getByRole('link', { name: /Tab one/ })).toBeVisible();
  await expect(list.getByRole('link', { name: /Tab two/ })).toBeVisible();
  // Newest first: tab two was written last.
  await expect(list.getByRole('link')).toHaveText([/Tab two/, /Tab one/]);
  await saveScreen(page, 'journal-carry-on-list');
  await expectAccessible(page);

  await page.goto('/journal/entry/new');
  await expect(
    page.getByRole('heading', { name: 'You have words you did not finish' }),
  ).toBeVisible();
  await saveScreen(page, 'journal-resume-list');
  await expectAccessible(page);
  await page.getByRole('link', { name: /Tab one/ }).click();
  await expect(page.getByLabel('Write in my journal')).toHaveValue(first);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();

  page = await killAndOpen('/journal/entry/new');
  await page.getByRole('link', { name: /Tab two/ }).click();
  await expect(page.getByLabel('Write in my journal')).toHaveValue(second);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
  const { entries, drafts } = await readJournal(page);
  expect([holding(entries, first), holding(entries, second), drafts.length]).toEqual([1, 1, 0]);
});

/**
 * Hold the app's timers (Playwright's clock), so the 300 ms pause can never save: whatever is
 * on disk then was saved by the moment under test (hidden, or the box losing focus).
 */
async function holdTimers(page: Page) {
  await page.clock.install({ time: new Date('2026-11-30T02:00:00Z') });
}

test('words typed just before the page is hidden are all kept when the browser dies', async () => {
  let page = await firstPage(phone.context);
  await holdTimers(page);
  await page.goto('/journal/entry/new');
  const box = page.getByLabel('Write in my journal');
  await expect(box).toBeVisible();
  await page.clock.pauseAt(new Date('2026-11-30T02:01:00Z'));
  const words = 'I rang Sam and nobody answered, so I sat by the window and wrote this instead';
  await box.pressSequentially(words, { delay: 5 });
  // Switching app or locking the screen: the page is hidden.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(async () => holding((await readJournal(page)).drafts, words)).toBe(1);

  page = await killAndOpen('/journal/entry/new');
  await page.getByRole('link', { name: /I rang Sam/ }).click();
  await expect(page.getByLabel('Write in my journal')).toHaveValue(words);
});

test('a feeling typed and left (the box loses focus) is kept when the browser dies', async () => {
  let page = await firstPage(phone.context);
  await holdTimers(page);
  await page.goto('/journal/feeling');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await page.clock.pauseAt(new Date('2026-11-30T02:01:00Z'));
  const words = 'My chest is tight and I want to go to A&E';
  await page.getByLabel("What's happening?").fill(words);
  await page.getByLabel("What's happening?").blur();
  await expect.poll(async () => holding((await readJournal(page)).drafts, words)).toBe(1);

  page = await killAndOpen('/journal/feeling');
  await page.getByRole('link', { name: /My chest is tight/ }).click();
  await expect(page.getByLabel("What's happening?")).toHaveValue(words);
});

test('the plan being written is kept when the browser dies, and offered when it opens again', async () => {
  let page = await firstPage(phone.context);
  await holdTimers(page);
  await page.goto('/plan');
  await page.getByRole('button', { name: /Write my plan|Change my plan/ }).click();
  await page.clock.pauseAt(new Date('2026-11-30T02:01:00Z'));
  const box = page.getByRole('textbox').first();
  const words = 'Ring my sister. Put the radio on.';
  await box.fill(words);
  await box.blur();
  await expect.poll(async () => (await readJournal(page)).drafts.join()).toContain(words);

  page = await killAndOpen('/plan');
  await page.getByRole('button', { name: /Write my plan|Change my plan/ }).click();
  await expect(page.getByText('We kept what you were writing last time.')).toBeVisible();
  await expect(page.getByRole('textbox').first()).toHaveValue(words);
});

test('a message being written is kept when the browser dies, then sent once', async ({
  baseURL,
}) => {
  const api = await caseworkerApi(String(baseURL));
  const personId = await api.addPerson('Kim Killtest');
  await api.setHours(personId, { kind: 'always' });
  let page = await firstPage(phone.context);
  await pairWithCode(page, await api.pairingCode(personId));
  await page.goto('/messages');
  const words = 'Can you ring me tomorrow? Last night was hard';
  const box = page.getByLabel('Write a message to Sam');
  await box.fill(words);
  await box.blur();
  await expect.poll(async () => holding((await readJournal(page)).drafts, words)).toBe(1);

  page = await killAndOpen('/messages');
  await expect(page.getByLabel('Write a message to Sam')).toHaveValue(words);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam');
  expect(holding((await readJournal(page)).drafts, words)).toBe(0);

  // Sent, and its words gone from the box in the same write: a kill now brings nothing back.
  page = await killAndOpen('/messages');
  await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam');
  await expect(page.getByLabel('Write a message to Sam')).toHaveValue('');
  expect((await api.messages(personId)).map((m) => m.body)).toEqual([words]);
  await api.dispose();
});
