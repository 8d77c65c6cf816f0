import { expect, test } from '@playwright/test';
import { entryReplyOpening } from '#shared/entry-reply';
import { DESK, signInAs } from './support/console-walk';
import { expectAccessible, pairWithCode, phoneSpec, writeNote } from './support/phone-link';

/**
 * Replying from a shared entry, two contexts against one real server: the person shares a note
 * from their phone; Sam presses "Reply" on it in the console and writes back; the phone shows
 * it in messages as a normal reply, opening with the day the entry was written and without
 * repeating the entry's words.
 */
const api = phoneSpec({ timeout: 120_000 });

test('a reply from a shared entry reaches the phone’s messages', async ({ page, browser }) => {
  const personId = await api.addPerson('Robin Replytest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
  const words = 'Bad night, I nearly rang the ambulance but waited for the morning';
  await writeNote(page, words);
  await page.getByRole('link', { name: 'Share with Sam' }).click();
  await page.getByRole('button', { name: 'Share with Sam' }).click();
  await expect(page.getByTestId('share-state')).toHaveText('Sent to Sam', { timeout: 15_000 });
  const [shared] = await api.sharedEntries(personId);
  expect(shared).toBeDefined();

  const context = await browser.newContext(DESK);
  const desk = await context.newPage();
  await signInAs(desk, 'sam');
  await desk.goto(`/console/#/people/${personId}/journal`);
  const entry = desk.getByRole('article', { name: /Everyday note/ });
  await expect(entry).toContainText(words);
  await entry.getByRole('button', { name: /^Reply/ }).click();
  const box = entry.getByLabel('Your reply');
  await expect(box).toBeFocused();
  // Sending nothing is refused kindly.
  await entry.getByRole('button', { name: 'Send reply' }).click();
  await expect(entry.getByRole('alert').first()).toContainText('Enter your reply');
  const reply = 'Thank you for telling me. Shall we plan for nights like that on Monday?';
  await box.fill(reply);
  await expectAccessible(desk);
  await desk.screenshot({ path: 'test-results/screens/entry-reply-console.png', fullPage: true });
  await entry.getByRole('button', { name: 'Send reply' }).click();
  await expect(
    entry.getByText('Your reply is in your messages with Robin Replytest.'),
  ).toBeVisible();

  // The console's thread has it, once.
  const createdAt = await page.evaluate(() => new Date().toISOString());
  const thread = await api.messages(personId);
  const sent = thread.filter((m) => m.from === 'caseworker');
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatch(/^About your entry from \w+day \d{1,2} \w+: Thank you/);
  expect(sent[0]!.body).not.toContain('ambulance');
  // The note was written today: the opening names today (the phone's London day).
  expect(sent[0]!.body.startsWith(entryReplyOpening(new Date(createdAt), new Date()))).toBe(true);

  // The phone shows it as a normal reply.
  await page.goto('/messages');
  await expect(page.getByRole('heading', { name: 'Messages with Sam' })).toBeVisible();
  const phoneThread = page.getByRole('list', { name: 'Messages with Sam' });
  await expect(phoneThread).toContainText(sent[0]!.body, { timeout: 15_000 });
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screens/entry-reply-phone.png', fullPage: true });
  await context.close();
});
