import { expect, test, type Page } from '@playwright/test';
import { saveScreen } from './support/app';
import { expectAccessible } from './support/axe';

test.use({ viewport: { width: 360, height: 740 } });

const screen = (page: Page, name: string) => saveScreen(page, `plan-${name}`);

test('before pairing, the person can write their own plan on the phone', async ({ page }) => {
  await page.goto('/plan');
  await expect(page.getByText('You have not written a plan yet.')).toBeVisible();
  await screen(page, 'plan-empty');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Write my plan' }).click();
  await page.getByLabel('Signs I am starting to struggle').fill('Not sleeping\nNot eating');
  await page.getByLabel('Things I can do myself').fill('Make a cup of tea\n\nRing my sister');
  await screen(page, 'plan-edit');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save my plan' }).click();

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Things I can do myself' })).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: 'Ring my sister' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'Keeping my space safe' })).toHaveCount(0);
  await page.reload();
  await expect(main.getByRole('listitem').filter({ hasText: 'Not eating' })).toBeVisible();
  await screen(page, 'plan');
  await expectAccessible(page);
});

test('"things I can do myself" from the plan are one-tap choices in the feeling flow', async ({
  page,
}) => {
  await page.goto('/plan');
  await page.getByRole('button', { name: 'Write my plan' }).click();
  await page.getByLabel('Things I can do myself').fill('Cuddle the dog\nPut on my music');
  await page.getByRole('button', { name: 'Save my plan' }).click();
  await expect(page.getByText('Cuddle the dog')).toBeVisible();

  await page.goto('/journal/feeling');
  for (let i = 0; i < 4; i++)
    await page.getByRole('button', { name: 'Skip this question' }).click();
  await expect(page.getByRole('heading', { name: 'From your plan' })).toBeVisible();
  await page.getByText('Put on my music').click();
  await expect(page.getByRole('checkbox', { name: 'Put on my music' })).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Skip this and save' }).click();
  await page.getByRole('link', { name: 'See my journal' }).click();
  await page
    .getByRole('link', { name: /How I was feeling/ })
    .first()
    .click();
  await expect(page.getByText('Put on my music')).toBeVisible();
});

test('a plan synced from the caseworker is shown read-only, and opens offline', async ({
  page,
  context,
}) => {
  await page.goto('/plan');
  await expect(page.getByText('You have not written a plan yet.')).toBeVisible();
  // The connection issue's sync writes this record; here it is put in place with plain IndexedDB.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('plan', 'readwrite');
          tx.objectStore('plan').put({
            id: 'synced',
            updatedAt: '2026-11-20T10:00:00Z',
            body: {
              sealed: false,
              value: {
                updatedAt: '2026-11-20T10:00:00Z',
                sections: {
                  warningSigns: ['Pacing at night'],
                  selfHelp: ['Breathing: in for 4, out for 6'],
                  placesThatHelp: [],
                  peopleToAsk: ['My brother Dave'],
                  professionals: [],
                  keepingSafe: [],
                  whatMatters: ['My cat, Biscuit'],
                  outOfHours: ['Talk calmly, I get scared of loud voices'],
                },
              },
            },
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  const main = page.getByRole('main');
  await expect(main.getByText('To change it, talk to your caseworker.')).toBeVisible();
  await expect(
    main.getByRole('heading', { name: 'What staff should do at night or at weekends' }),
  ).toBeVisible();
  await expect(main.getByText('Talk calmly, I get scared of loud voices')).toBeVisible();
  await expect(main.getByRole('button', { name: 'Write my plan' })).toHaveCount(0);
  await screen(page, 'plan-synced');
  await expectAccessible(page);

  // Offline: once the service worker controls the page, the plan still opens.
  const controlled = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return false;
    await Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 10_000))]);
    return true;
  });
  expect(controlled).toBe(true);
  await page.reload();
  await context.setOffline(true);
  await page.reload();
  await expect(main.getByText('Talk calmly, I get scared of loud voices')).toBeVisible();
  await context.setOffline(false);
});
