import { expect, test, type Page } from '@playwright/test';
import { FEELING_QUESTIONS, FEELING_WORDS } from '#shared/journal';
import { expectReadableAt200, saveScreen, SMALL_PHONE } from './support/app';
import { expectAccessible } from './support/axe';
import { finishSentence, highlighted, said, spokenIn, stubSpeech } from './support/speech';

// "Read this to me": the phone's own voice reads the screen. speechSynthesis is the browser's,
// so it is replaced by a recorder (support/speech.ts) and the test plays the voice's part.
test.use({ viewport: SMALL_PHONE, locale: 'en-GB', timezoneId: 'Europe/London' });

const readButton = (page: Page) => page.getByRole('button', { name: 'Read this to me' });
const stopButton = (page: Page) => page.getByRole('button', { name: 'Stop reading' });

/** Reads on until `words` are handed to the voice; returns everything said by then. */
async function readUntil(page: Page, words: string): Promise<string[]> {
  for (let i = 0; i < 60; i++) {
    const now = await said(page);
    if (now.some((s) => s.includes(words))) return now;
    await finishSentence(page);
  }
  throw new Error(`"${words}" was never read`);
}

test('Help now is read from the screen, sentence by sentence, with the sentence highlighted', async ({
  page,
}) => {
  await stubSpeech(page);
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.goto('/help');
  await expect(page.locator('main li[data-kind="samaritans"]')).toBeVisible();
  // Help now never waits for the reader: its code is fetched on the first tap only.
  expect(asked.filter((p) => /\/reader-[^/]*\.js$/.test(p))).toEqual([]);

  await readButton(page).click();
  await expect(stopButton(page)).toBeVisible();
  expect(asked.filter((p) => /\/reader-[^/]*\.js$/.test(p))).toHaveLength(1);
  expect(await said(page)).toEqual(['Help now']);
  expect(await highlighted(page)).toBe('Help now');
  await saveScreen(page, 'read-aloud-help-first');

  await finishSentence(page);
  expect((await said(page))[1]).toBe('Who you can call or text right now.');
  // The highlight has moved on to the sentence now being read.
  expect(await highlighted(page)).toBe('Who you can call or text right now.');

  // Numbers are read as people say them: "Call 9 9 9", "Call 1 1 6, 1 2 3".
  const heard = await readUntil(page, '1 1 6, 1 2 3');
  expect(heard).toContain('Call 9 9 9');
  expect(await highlighted(page)).toBe('Call 116 123');
  await saveScreen(page, 'read-aloud-help-samaritans');
  await expectAccessible(page);

  await stopButton(page).click();
  await expect(readButton(page)).toBeVisible();
  expect(await highlighted(page)).toBe('');
  // The control's own words are never read.
  expect(await said(page)).not.toContain('Read this to me');
});

test('a sentence that changes while it is read is read again as the screen now says it', async ({
  page,
}) => {
  await stubSpeech(page);
  await page.goto('/help');
  await readButton(page).click();
  await expect(stopButton(page)).toBeVisible();
  await finishSentence(page);
  expect((await said(page)).at(-1)).toBe('Who you can call or text right now.');
  // As if the screen were drawn again with new words (Help now re-arranges itself each minute).
  await page.evaluate(() => {
    const lead = Array.from(document.querySelectorAll('main p')).find((p) =>
      p.textContent?.startsWith('Who you can call'),
    );
    if (lead) lead.textContent = 'Who you can call right now.';
  });
  await expect.poll(async () => (await said(page)).at(-1)).toBe('Who you can call right now.');
  expect(await highlighted(page)).toBe('Who you can call right now.');
});

test('the plan and a feeling step are read aloud; leaving the step stops it', async ({ page }) => {
  await stubSpeech(page);
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Write my plan' }).click();
  await page.getByLabel('Things I can do myself').fill('Make a cup of tea. Ring my sister');
  await page.getByRole('button', { name: 'Save my plan' }).click();
  await expect(page.getByText('Ring my sister')).toBeVisible();
  await readButton(page).click();
  await expect(stopButton(page)).toBeVisible();
  expect(await said(page)).toEqual(['My plan']);
  const plan = await readUntil(page, 'Ring my sister');
  // One sentence at a time, and each list item on its own.
  expect(plan).toContain('What helps you when things get hard.');
  expect(plan).toContain('Things I can do myself');
  expect(plan).toContain('Make a cup of tea.');
  expect(await highlighted(page)).toBe('Ring my sister');
  await saveScreen(page, 'read-aloud-plan');

  // Hide stops the voice at once: nothing private is read out after the screen has gone.
  await expect(stopButton(page)).toBeVisible();
  await page.getByRole('button', { name: /^Hide/ }).click();
  await expect(page).toHaveURL(/\/hidden$/);
  expect(
    await page.evaluate(() =>
      (window as unknown as { __speech: { speaking(): string | null } }).__speech.speaking(),
    ),
  ).toBeNull();
  const hidden = (await said(page)).length;
  await finishSentence(page);
  expect((await said(page)).length).toBe(hidden);

  await page.goto('/journal/feeling');
  await page.getByRole('button', { name: 'Skip this question' }).click();
  const { question, hint } = FEELING_QUESTIONS.feelings;
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  const before = (await said(page)).length;
  await readButton(page).click();
  await expect(stopButton(page)).toBeVisible();
  const step = (await readUntil(page, FEELING_WORDS[1] ?? '')).slice(before);
  expect(step.slice(0, 3)).toEqual([expect.stringMatching(/^Step 2 of \d+$/), question, hint]);
  expect(step).toContain(FEELING_WORDS[0]);
  // "Back" is a way out, not what the screen says.
  expect(step).not.toContain('Back');
  await saveScreen(page, 'read-aloud-feeling');
  await expectAccessible(page);

  // The next step is a new screen: reading the old one stops, and nothing more is said.
  await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(readButton(page)).toBeVisible();
  const after = (await said(page)).length;
  await finishSentence(page);
  expect((await said(page)).length).toBe(after);
  expect(await highlighted(page)).toBe('');
});

test('a phone with no voice, or no speech at all, is told so kindly', async ({ browser }) => {
  for (const [options, words] of [
    [{ voices: [] }, 'this phone has no voice to read aloud with'],
    [{ supported: false }, 'this phone cannot read aloud in this app'],
    [
      { voices: [{ name: 'Online voice', lang: 'en-GB', localService: false }] },
      'your words stay on your phone',
    ],
  ] as const) {
    const context = await browser.newContext({ viewport: SMALL_PHONE });
    const page = await context.newPage();
    await stubSpeech(page, options);
    await page.goto('/help');
    await readButton(page).click();
    await expect(page.getByRole('status').filter({ hasText: words })).toBeVisible();
    await expect(readButton(page)).toBeVisible();
    // Help now is all still there and working.
    await expect(page.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
    if (words.startsWith('this phone has no voice')) {
      await saveScreen(page, 'read-aloud-no-voice');
      await expectAccessible(page);
    }
    await context.close();
  }
});

test('a screen is read in its own language, and never in a voice of another', async ({ page }) => {
  // The phone has a British English voice only.
  await stubSpeech(page);
  const control = page.locator('[data-read-skip]');
  await page.goto('/help');
  await readButton(page).click();
  expect(await spokenIn(page)).toEqual(['en-GB']);
  await stopButton(page).click();

  // The accented pseudo-locale is English: read, in its own tag.
  await page.goto('/help?lang=en-XA');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await control.getByRole('button').click();
  expect(await spokenIn(page)).toEqual(['en-XA']);
  await control.getByRole('button').click();

  // Right to left is another language: no voice of its own, so it is not read in English.
  await page.goto('/help?lang=ar-XB');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar-XB');
  await control.getByRole('button').click();
  await expect(control.getByRole('status')).toContainText('text-to-speech');
  expect(await said(page)).toEqual([]);
  await page.goto('/help?lang=en-GB');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});

test('at 200% text the control fits the screen, reading or not', async ({ page }) => {
  await stubSpeech(page);
  await expectReadableAt200(
    page,
    [
      ['/help', 'read-aloud-help-200'],
      ['/plan', 'read-aloud-plan-200'],
    ],
    async (p, name) => {
      await readButton(p).click();
      await expect(stopButton(p)).toBeVisible();
      await saveScreen(p, name);
      await expectAccessible(p);
    },
  );
});
