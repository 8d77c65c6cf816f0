import { expect, test, type Page } from '@playwright/test';
import { saveScreen, expectReadableAt200 } from './support/app';
import { expectAccessible } from './support/axe';
import { readJournal } from './support/journal-db';

test.use({ viewport: { width: 360, height: 740 } });

const screen = (page: Page, name: string) => saveScreen(page, `journal-${name}`);

const privacy = 'Only you can see this. It stays on this phone.';

/** The drafts store, as text. */
const rawDrafts = async (page: Page) => (await readJournal(page)).drafts.join('\n');

test('a draft survives a reload mid-typing', async ({ page }) => {
  await page.goto('/journal/entry/new');
  const box = page.getByLabel('Write in my journal');
  await box.fill('I could not sleep again and the flat is so quiet');
  // Saved while typing, with no button pressed (a pagehide save is only a best effort).
  await expect.poll(() => rawDrafts(page)).toContain('the flat is so quiet');
  await page.reload();
  await expect(
    page.getByRole('heading', { name: 'You have words you did not finish' }),
  ).toBeVisible();
  await screen(page, 'resume');
  await expectAccessible(page);
  await page.getByRole('link', { name: /the flat is so quiet.*Carry on/ }).click();
  await expect(page.getByLabel('Write in my journal')).toHaveValue(
    'I could not sleep again and the flat is so quiet',
  );
});

test('a feeling draft survives a reload on the step the person was on', async ({ page }) => {
  await page.goto('/journal/feeling');
  await page.getByText('7', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('alone', { exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel("What's happening?").fill('Neighbours shouting, I feel unsafe');
  await expect.poll(() => rawDrafts(page)).toContain('Neighbours shouting');
  await page.reload();
  await page.getByRole('link', { name: /Neighbours shouting.*Carry on/ }).click();
  await expect(page.getByText('Step 3 of 6')).toBeVisible();
  await expect(page.getByLabel("What's happening?")).toHaveValue(
    'Neighbours shouting, I feel unsafe',
  );
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('checkbox', { name: 'alone' })).toBeChecked();
});

test('starting a new one keeps the earlier words as an entry', async ({ page }) => {
  await page.goto('/journal/entry/new');
  await page.getByLabel('Write in my journal').fill('words from before');
  await expect.poll(() => rawDrafts(page)).toContain('words from before');
  await page.reload();
  await page.getByRole('button', { name: 'Start a new one' }).click();
  await expect(page.getByLabel('Write in my journal')).toHaveValue('');
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /words from before/ })).toBeVisible();
});

test('a feeling entry can be saved with every step skipped', async ({ page }) => {
  await page.goto('/journal/feeling');
  for (let step = 1; step <= 5; step++) {
    await expect(page.getByText(`Step ${step} of 6`)).toBeVisible();
    await page.getByRole('button', { name: 'Skip this question' }).click();
  }
  await page.getByRole('button', { name: 'Skip this and save' }).click();
  await expect(page.getByRole('heading', { name: 'Saved. Only you can see this.' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Help now' })).toHaveAttribute(
    'href',
    '/help',
  );
  await screen(page, 'saved');
  await expectAccessible(page);
  await page.goto('/journal');
  await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
  await expect(page.getByRole('link', { name: /No answers written/ })).toBeVisible();
});

test('a feeling entry can be saved with every step filled', async ({ page }) => {
  test.setTimeout(90_000); // Seven axe checks on a shared machine.
  await page.goto('/journal/feeling');
  await expect(page.getByText(privacy)).toBeVisible();
  await page.getByText('8', { exact: true }).click();
  await expect(page.getByText('8 out of 10: very strong')).toBeVisible();
  await screen(page, 'feeling-1-strength');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByText('scared', { exact: true }).click();
  await page.getByText('panicky', { exact: true }).click();
  await page.getByLabel('Add your own word').fill('wobbly');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'wobbly' })).toBeChecked();
  await screen(page, 'feeling-2-words');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByLabel("What's happening?").fill('Chest feels tight and it is 3am');
  await screen(page, 'feeling-3-happening');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByText('Call 999', { exact: true }).last().click();
  const gentle = page.getByRole('note', { name: 'If you need help now' });
  await expect(gentle).toBeVisible();
  await expect(gentle.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
  await expect(gentle.getByRole('link', { name: 'Call 111' })).toHaveAttribute('href', 'tel:111');
  await page.getByText('Something else', { exact: true }).click();
  await page
    .getByLabel('What else did you feel like doing? You do not have to say.')
    .fill('Walk to the bridge');
  await screen(page, 'feeling-4-wanted');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByText('Called Samaritans').click();
  await page.getByLabel('Something else you did').fill('Held my cat');
  await screen(page, 'feeling-5-instead');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByText('I called 111').click();
  await screen(page, 'feeling-6-urgent');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Saved. Only you can see this.' })).toBeVisible();

  await page.goto('/journal');
  await page.getByRole('link', { name: /8 out of 10/ }).click();
  const main = page.getByRole('main');
  await expect(main.getByText('8 out of 10: very strong')).toBeVisible();
  await expect(main.getByText('scared, panicky, wobbly')).toBeVisible();
  await expect(main.getByText('Chest feels tight and it is 3am')).toBeVisible();
  await expect(main.getByText('Call 999. Something else: Walk to the bridge')).toBeVisible();
  await expect(main.getByText('Called Samaritans. Held my cat')).toBeVisible();
  await expect(main.getByText('I called 111.')).toBeVisible();
  await expect(main.getByText(privacy)).toBeVisible();
  await screen(page, 'entry-view');
  await expectAccessible(page);
});

test('an everyday entry can be changed, deleted and the delete undone', async ({ page }) => {
  await page.goto('/journal/entry/new');
  await page.getByLabel('Write in my journal').fill('Went to the café with Jo');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Saved. Only you can see this.' })).toBeVisible();

  await page.goto('/journal');
  await page.getByRole('link', { name: /Went to the café/ }).click();
  await page.getByRole('button', { name: 'Change this entry' }).click();
  await page.getByLabel('Change what you wrote').fill('Went to the café with Jo and Sam');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Went to the café with Jo and Sam')).toBeVisible();

  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await screen(page, 'delete-confirm');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { name: 'Entry deleted' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Went to the café with Jo and Sam')).toBeVisible();

  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await page.getByRole('link', { name: 'Back to my journal' }).click();
  await expect(page.getByText('Nothing written yet')).toBeVisible();
});

test('search finds entries by their words, in any case', async ({ page }) => {
  for (const words of [
    'Rang my sister about the pain',
    'Lovely walk by the sea',
    'Pain in my back again',
  ]) {
    await page.goto('/journal/entry/new');
    await page.getByLabel('Write in my journal').fill(words);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
  }
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /Lovely walk/ })).toBeVisible();
  await page.getByLabel('Search my journal').fill('PAIN');
  await expect(page.getByRole('link', { name: /sister/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /back again/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Lovely walk/ })).toHaveCount(0);
  await screen(page, 'list-search');
  await expectAccessible(page);
  await page.getByLabel('Search my journal').fill('holiday');
  await expect(page.getByText('Nothing matches that search.')).toBeVisible();
  await page.getByLabel('Search my journal').fill('');
  await expect(page.getByRole('link', { name: /Lovely walk/ })).toBeVisible();
  await screen(page, 'list');
  await expectAccessible(page);
});

test('the journal screens make no network requests of their own', async ({ page }) => {
  const api: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && !r.url().includes('/api/device/'))
      api.push(r.url());
  });
  await page.goto('/journal/entry/new');
  await page.getByLabel('Write in my journal').fill('nobody else should see this');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.goto('/journal');
  await page.getByLabel('Search my journal').fill('nobody');
  await expect(page.getByRole('link', { name: /nobody else/ })).toBeVisible();
  expect(api).toEqual([]);
});

test('export shows all my data on one page and downloads it as a JSON file', async ({ page }) => {
  await page.goto('/journal/entry/new');
  await page.getByLabel('Write in my journal').fill('A note to keep forever');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
  await page.goto('/settings');
  await page.getByRole('link', { name: 'See all my data on one page' }).click();
  await expect(page.getByRole('heading', { name: 'My data' })).toBeVisible();
  await expect(page.getByText('A note to keep forever')).toBeVisible();
  await screen(page, 'export');
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download it as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^my-journal-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const data = JSON.parse(await readFile(path, 'utf8'));
  expect(data.entries[0].everyday).toBe('A note to keep forever');
});

test('the journal screens still fit a small phone at 200% text size', async ({ page }) => {
  await expectReadableAt200(
    page,
    [
      ['/journal/feeling', 'zoom-feeling'],
      ['/journal', 'zoom-list'],
      ['/journal/entry/new', 'zoom-write'],
    ] as const,
    screen,
  );
});

test('writing left longer than the chosen time is offered once, to keep or delete', async ({
  page,
  context,
}) => {
  await page.goto('/settings');
  await page.getByLabel('Ask me what to do with it after').selectOption('3');
  const tabs = [page, await context.newPage(), await context.newPage()];
  const words = ['Kept after four days', 'Deleted after four days', 'Left for later'];
  // Every editor is open, and found no other drafts, before any tab writes: a tab that is still
  // loading when another one saves rightly offers that draft instead of an empty page.
  for (const tab of tabs) {
    await tab.goto('/journal/entry/new');
    await expect(tab.getByLabel('Write in my journal')).toBeVisible();
  }
  for (const [i, tab] of tabs.entries()) {
    await tab.getByLabel('Write in my journal').fill(words[i] ?? '');
    await tab.getByLabel('Write in my journal').blur();
  }
  for (const w of words) await expect.poll(() => rawDrafts(page)).toContain(w);
  for (const tab of tabs.slice(1)) await tab.close();

  // Four days on.
  await page.clock.install({ time: new Date(Date.now() + 4 * 24 * 60 * 60 * 1000) });
  await page.goto('/journal');
  const offer = page.getByRole('region', { name: 'Writing you did not finish' });
  await expect(offer.getByText(words[0] ?? '')).toBeVisible();
  await screen(page, 'old-drafts');
  await expectAccessible(page);
  const card = (w: string) => offer.locator('div', { hasText: w }).last();
  await card(words[0] ?? '')
    .getByRole('button', { name: 'Save it in my journal' })
    .click();
  await expect(page.getByRole('link', { name: /Kept after four days/ })).toBeVisible();
  await card(words[1] ?? '')
    .getByRole('button', { name: 'Delete it' })
    .click();
  await page.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(offer.getByText(words[1] ?? '')).toHaveCount(0);

  // Offered once: the one not answered is still kept, to carry on, and not asked about again.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Carry on where you left off' })).toContainText(
    'Left for later',
  );
  await expect(page.getByRole('region', { name: 'Writing you did not finish' })).toHaveCount(0);
  expect(await rawDrafts(page)).not.toContain('Deleted after four days');
});
