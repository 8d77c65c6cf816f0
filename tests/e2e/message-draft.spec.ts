import { expect, test, type Page } from '@playwright/test';
import type { Hours } from '#shared/schemas/hours';
import { setPin } from './support/app';
import { rawDrafts, unlockWith } from './support/drafts-store';
import { pairWithCode, phoneSpec, shoot, closedNow } from './support/phone-link';

/**
 * Words typed in the message box are never dropped: out of hours, "Write in my journal" takes
 * them into a new journal entry; the box keeps them through a reload or a closed tab, sealed
 * under the lock like the journal's drafts, until the message is sent.
 */

const api = phoneSpec({ timeout: 120_000 });

async function linked(page: Page, name: string, hours: Hours) {
  const personId = await api.addPerson(name);
  await api.setHours(personId, hours);
  await pairWithCode(page, await api.pairingCode(personId));
  return personId;
}

const box = (page: Page) => page.getByLabel('Write a message to Sam');

test('out of hours, "Write in my journal" opens the journal with the words typed', async ({
  page,
}) => {
  await linked(page, 'Jo Handovertest', closedNow(new Date()));
  await page.goto('/messages');
  await box(page).fill('I feel scared tonight');
  await page.getByRole('button', { name: 'Send' }).click();
  const warning = page.getByRole('region', { name: 'Sam is not working right now' });
  await warning.getByRole('link', { name: 'Write in my journal' }).click();

  await expect(page).toHaveURL(/\/journal\/feeling\?draft=[0-9a-f-]{36}$/);
  const happening = page.getByLabel("What's happening?");
  await expect(happening).toHaveValue('I feel scared tonight');
  await shoot(page, 'message-to-journal');
  // On the phone already, not only on the screen.
  await page.reload();
  await expect(happening).toHaveValue('I feel scared tonight');
  await happening.fill('I feel scared tonight. The house is too quiet.');
  await page.getByRole('button', { name: 'Next' }).click();

  // The message box still has them, until they are sent or deleted there.
  await page.goto('/messages');
  await expect(box(page)).toHaveValue('I feel scared tonight');
  // The journal lists the entry as unfinished, with the words added there.
  await page.goto('/journal');
  await expect(page.getByRole('main')).toContainText('The house is too quiet.');
});

test('the message box keeps its words through a reload, and a sent message clears them', async ({
  page,
}) => {
  await linked(page, 'Lee Drafttest', { kind: 'always' });
  await page.goto('/messages');
  await box(page).pressSequentially('half a thought about');
  // Reloaded while typing: no pause, no blur first.
  await page.reload();
  await expect(box(page)).toHaveValue('half a thought about');
  expect(await rawDrafts(page)).toContain('half a thought about');

  await box(page).fill('half a thought about tomorrow');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('list', { name: 'Messages with Sam' })).toContainText(
    'half a thought about tomorrow',
  );
  await expect(box(page)).toHaveValue('');
  await expect.poll(() => rawDrafts(page)).not.toContain('half a thought');
  await page.reload();
  await expect(page.getByRole('list', { name: 'Messages with Sam' })).toContainText(
    'half a thought about tomorrow',
  );
  await expect(box(page)).toHaveValue('');
});

test('with a lock set, the words in the message box are sealed on the phone', async ({ page }) => {
  await linked(page, 'Ash Sealtest', closedNow(new Date()));
  await setPin(page, '13579');
  await page.goto('/messages');
  await unlockWith(page, '13579');
  await box(page).fill('nobody else should read this');
  await box(page).blur();
  await expect.poll(() => rawDrafts(page)).toContain('box:message');
  expect(await rawDrafts(page)).not.toContain('nobody else should read');

  // Carried into the journal: sealed there too, and read back once unlocked.
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('link', { name: 'Write in my journal' }).click();
  await expect(page.getByLabel("What's happening?")).toHaveValue('nobody else should read this');
  expect(await rawDrafts(page)).not.toContain('nobody else should read');
  await page.goto('/messages');
  await unlockWith(page, '13579');
  await expect(box(page)).toHaveValue('nobody else should read this');
});
