import { expect, test } from '@playwright/test';
import { expectEmergencyCall } from './support/app';
import {
  expectAccessible,
  expectBigTargets,
  OFFICE_HOURS,
  pairWithCode,
  phoneSpec,
  shoot,
  writeNote,
} from './support/phone-link';

/**
 * Sharing a journal entry with the caseworker, on a small phone against the real
 * server: the screen says who can read it and when; it waits while offline and goes once
 * online (exactly one copy); "Sam has read this" comes back; "Stop sharing" deletes it.
 */

const api = phoneSpec({ timeout: 120_000 });

test('an entry shared offline waits, goes once online, is read, and can be taken back', async ({
  page,
}) => {
  const personId = await api.addPerson('Robin Sharetest');
  await api.setHours(personId, OFFICE_HOURS);
  await pairWithCode(page, await api.pairingCode(personId));

  const words = 'I wanted to go to A&E at 2am but I rang Samaritans instead';
  const entryPath = await writeNote(page, words);
  const share = page.getByRole('link', { name: 'Share with Sam' });
  await expect(share).toBeVisible();
  await expect(page.getByText('Would you like Sam to read this?')).toBeVisible();
  await expect(page.getByText('Only you can see this. It stays on this phone.')).toBeVisible();
  await share.click();

  await expect(page.getByRole('heading', { name: 'Share this entry with Sam?' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(
    'Sam Samplecase, your caseworker at Riverside HIU (demo), will be able to read it.',
  );
  await expect(page.getByRole('main')).toContainText(
    /Sam is (working now, so Sam may read it soon|not working now\. Sam can read it from (\d{1,2}(:\d\d)?(am|pm)|midday|midnight) )/,
  );
  await expect(page.getByRole('main')).toContainText(words);
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await expectBigTargets(page);
  await shoot(page, 'share-ask');

  // No signal: it is kept on the phone, waiting.
  await page.context().setOffline(true);
  await expect(page.getByRole('main')).toContainText('You have no internet right now.');
  await page.getByRole('button', { name: 'Share with Sam' }).click();
  await expect(page).toHaveURL(entryPath);
  await expect(page.getByTestId('share-state')).toHaveText('Waiting to send');
  await expect(page.getByText('It will send when you are back online.')).toBeVisible();
  await expectEmergencyCall(page);
  await shoot(page, 'share-waiting');

  // Signal again: it goes by itself, once.
  await page.context().setOffline(false);
  await expect(page.getByTestId('share-state')).toHaveText('Sent to Sam', { timeout: 15_000 });
  // Shared, it no longer says it stays on this phone.
  await expect(page.getByText('Only you can see this. It stays on this phone.')).toHaveCount(0);
  const onServer = await api.sharedEntries(personId);
  expect(onServer).toHaveLength(1);
  expect(onServer[0]?.entry.everyday).toBe(words);
  await expectAccessible(page);
  await shoot(page, 'share-sent');

  // Sam reads it; the phone hears at its next sync (here: opening the app again).
  await api.markRead(personId, onServer[0]?.id ?? '');
  await page.reload();
  await expect(page.getByTestId('share-state')).toHaveText('Sam has read this');

  // Stop sharing: it is deleted from the server, and stays in the journal.
  await page.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(page.getByRole('group', { name: 'Stop sharing this entry?' })).toContainText(
    'Sam has read it already, but it will be taken off Sam’s list. It stays in your journal.',
  );
  await shoot(page, 'share-stop');
  await page.getByRole('button', { name: 'Yes, stop sharing' }).click();
  await expect(page.getByRole('link', { name: 'Share with Sam' })).toBeVisible();
  await expect.poll(async () => (await api.sharedEntries(personId)).length).toBe(0);
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /I wanted to go to A&E/ })).toBeVisible();
});

test('entries that are not shared never leave the phone', async ({ page }) => {
  const personId = await api.addPerson('Robin Privatetest');
  await api.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await api.pairingCode(personId));
  const sent: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/')) sent.push(r.postData() ?? '');
  });
  const secret = 'a private thought nobody else should read';
  await writeNote(page, secret);
  await page.goto('/messages');
  await page.getByLabel('Write a message to Sam').fill('Just saying hello');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByTestId('message-status')).toHaveText('Sent to Sam', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Messages with Sam' })).toBeVisible();
  expect(sent.join('\n')).not.toContain(secret);
  expect(sent.join('\n')).toContain('Just saying hello');
});

test('a phone that is not linked offers no sharing at all', async ({ page }) => {
  await writeNote(page, 'nothing to share here');
  await expect(page.getByRole('link', { name: /^Share with/ })).toHaveCount(0);
  await page.goto(`${new URL(page.url()).pathname}/share`);
  await expect(page.getByRole('heading', { name: 'Share this entry' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Link my phone' })).toBeVisible();
  await expectEmergencyCall(page);
});
