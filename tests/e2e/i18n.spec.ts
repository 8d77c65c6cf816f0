import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { saveScreen, SMALL_PHONE, waitForServiceWorker } from './support/app';
import { textsNotFromCatalogue } from './support/catalogue-check';
import { setPin } from './support/lock';
import {
  caseworkerApi,
  pairWithCode,
  samSession,
  seed,
  type CaseworkerApi,
} from './support/phone-link';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';

/*
 * Every word the app shows comes from a message catalogue. In the `en-XA` pseudo-locale each
 * catalogue message is accented inside ⟦brackets⟧, so any plain English left on a screen was
 * written into the code: these tests fail on it, screen by screen and state by state. `ar-XB`
 * lays the app out right to left, for the screenshots.
 */

// Monday midday (GMT): the GP and the caseworker are open, so every card shows its buttons.
const MONDAY_1200 = new Date('2026-11-23T12:00:00Z');

/** The app's screens, as a person could open them with a synced profile on the phone. */
const SCREENS = [
  ['help', '/help'],
  ['settings', '/settings'],
  ['messages before linking', '/messages'],
  ['link my phone', '/pair'],
  ['install', '/install'],
  ['export', '/export'],
  ['a page that is not there', '/no-such-page'],
  ['home', '/'],
  ['my journal', '/journal'],
  ['how I am feeling', '/journal/feeling'],
  ['a new journal entry', '/journal/entry/new'],
  ['my plan', '/plan'],
  ['the plan for a professional', '/plan/professional'],
  ['calm', '/calm'],
  ['the hope box', '/hope'],
  ['goals', '/goals'],
  ['staying in touch', '/contacts'],
  ['the check-in', '/check-in'],
] as const;

test.use({ viewport: SMALL_PHONE });

/** The check, once the screen has drawn its heading from a catalogue. */
async function expectAllFromCatalogue(page: Page, heading = page.locator('main h1').first()) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(heading).toContainText('⟦');
  expect(await textsNotFromCatalogue(page)).toEqual([]);
}

/** Sets a PIN in English (the helpers speak it), then comes back to the pseudo-locale locked. */
async function lockedInPseudo(page: Page) {
  await page.goto('/help?lang=en-GB');
  await setPin(page, '4826');
  await page.goto('/settings?lang=en-XA');
  await expect(page.locator('#unlock-secret')).toBeVisible();
}

test.describe('with a synced profile on the phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: MONDAY_1200 });
    await page.goto('/?lang=en-XA');
    await storeProfile(page, PROFILE_WITH_GP);
  });

  for (const [name, path] of SCREENS) {
    test(`every word on ${name} comes from a catalogue`, async ({ page }) => {
      await page.goto(path);
      await expectAllFromCatalogue(page);
    });
  }

  test('the quick-hide notes come from a catalogue', async ({ page }) => {
    await page.goto('/hidden');
    await expectAllFromCatalogue(page, page.locator('h1').first());
  });

  test('no signal: the offline note comes from a catalogue', async ({ page, context }) => {
    await page.goto('/help');
    await expect(page.locator('main h1')).toContainText('⟦');
    await context.setOffline(true);
    await page.evaluate(() => window.dispatchEvent(new Event('offline')));
    await expect(page.getByRole('status').filter({ hasText: '⟦' }).first()).toBeVisible();
    await expectAllFromCatalogue(page);
    await context.setOffline(false);
  });

  test('the pseudo-locale is kept: the next visit without ?lang= is still in it', async ({
    page,
  }) => {
    await page.goto('/help');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('⟦Ĥéĺƥ ñöŵ⟧');
  });

  test('the check itself finds words written into the code', async ({ page }) => {
    await page.goto('/help');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('⟦');
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Written into the code';
      document.querySelector('main')?.append(p);
    });
    expect(await textsNotFromCatalogue(page)).toEqual(['Written into the code']);
  });

  test('right to left: the page is mirrored and 999 stays one tap away', async ({ page }) => {
    await page.goto('/help?lang=ar-XB');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const call = page.locator('a[data-emergency="999"]');
    await expect(call).toBeVisible();
    await expect(call).toHaveAttribute('href', 'tel:999');
    await expect(call).toContainText('999');
    await saveScreen(page, 'i18n-rtl-help');
    await page.goto('/settings');
    await expect(page.locator('main h1')).toBeVisible();
    await saveScreen(page, 'i18n-rtl-settings');
    // Back to English for the other tests' phones.
    await page.goto('/help?lang=en-GB');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });

  test('every word of each feeling step, the saved screen, the list and the entry comes from a catalogue', async ({
    page,
  }) => {
    await page.goto('/journal/feeling');
    const heading = page.locator('main h1').first();
    for (let step = 1; step <= 6; step++) {
      await expect(page.getByText(new RegExp(`${step}.*6`)).first()).toBeVisible();
      await expect(heading).toContainText('⟦');
      // Answer the first two steps, so the entry has words of ours to show later.
      if (step <= 2) await page.locator('main label').first().click();
      expect(await textsNotFromCatalogue(page), `step ${step}`).toEqual([]);
      await page.locator('main form button[type=submit]').click();
    }
    await expect(page.locator('main a[href="/journal"]')).toBeVisible();
    expect(await textsNotFromCatalogue(page), 'saved').toEqual([]);
    await page.goto('/journal');
    const entry = page.locator('main a[href^="/journal/entry/"]:not([href$="/new"])').first();
    await expect(entry).toBeVisible();
    expect(await textsNotFromCatalogue(page), 'the list').toEqual([]);
    await entry.click();
    await expect(page.locator('main dl')).toBeVisible();
    expect(await textsNotFromCatalogue(page), 'the entry').toEqual([]);
  });

  test('a linked phone: home, goals, staying in touch and the check-in come from catalogues', async ({
    page,
    baseURL,
  }) => {
    // Linked in English (the pairing helper reads the English words), then looked at in en-XA.
    await page.goto('/?lang=en-GB');
    const { api, headers, ok } = await samSession(baseURL ?? seed().baseURL);
    const person = (await ok(
      await api.post('/api/people', { data: { displayName: 'Rui Catalogue' }, headers }),
    )) as { id: string };
    await ok(
      await api.put(`/api/people/${person.id}/hours`, { data: { kind: 'always' }, headers }),
    );
    await ok(
      await api.post(`/api/people/${person.id}/goals`, {
        data: {
          title: 'Go to the Tuesday walking group',
          milestones: [{ title: 'Find out where they meet', targetDate: null, reward: 'A film' }],
        },
        headers,
      }),
    );
    const code = (await ok(
      await api.post(`/api/people/${person.id}/pairing-codes`, { headers }),
    )) as { code: string };
    await pairWithCode(page, code.code);
    await api.dispose();
    for (const path of ['/', '/goals', '/contacts', '/check-in']) {
      await page.goto(`${path}?lang=en-XA`);
      await expect(page.locator('main h1').first()).toContainText('⟦');
      await expect(page.locator('main')).not.toContainText('Opening');
      expect(await textsNotFromCatalogue(page), path).toEqual([]);
    }
    await page.goto('/?lang=en-GB');
  });

  test('right to left: a feeling step, home and Calm, for looking at', async ({ page }) => {
    await page.goto('/journal/feeling?lang=ar-XB');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('main h1').first()).toBeVisible();
    await saveScreen(page, 'i18n-rtl-feeling-strength');
    await page.locator('main form button[type=submit]').click();
    await expect(page.locator('main label').first()).toBeVisible();
    await saveScreen(page, 'i18n-rtl-feeling-words');
    await page.goto('/');
    await expect(page.locator('main h1').first()).toBeVisible();
    await saveScreen(page, 'i18n-rtl-home');
    await page.goto('/calm');
    await expect(page.locator('main h1').first()).toBeVisible();
    await saveScreen(page, 'i18n-rtl-calm');
    await page.goto('/help?lang=en-GB');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  });
});

test('locked: the unlock screen, a wrong PIN and Settings with a lock come from catalogues', async ({
  page,
}) => {
  await lockedInPseudo(page);
  await expectAllFromCatalogue(page);
  await page.locator('#unlock-secret').fill('0000');
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#unlock-error')).toContainText('⟦');
  await expectAllFromCatalogue(page);
  await page.locator('details summary').click();
  await expectAllFromCatalogue(page);

  // Unlocked: Settings now shows the lock's own choices and the auto-lock.
  await page.locator('#unlock-secret').fill('4826');
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#autolock')).toBeVisible();
  await expectAllFromCatalogue(page);
  await page.goto('/help?lang=en-GB');
});

test('locked, right to left: the unlock screen keeps 999 first', async ({ page }) => {
  await page.goto('/help?lang=en-GB');
  await setPin(page, '4826');
  await page.goto('/settings?lang=ar-XB');
  await expect(page.locator('#unlock-secret')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('main a[href="tel:999"]')).toBeVisible();
  await saveScreen(page, 'i18n-rtl-locked');
  await page.goto('/help?lang=en-GB');
});

test('a new version is ready: the banner comes from a catalogue', async ({ page }) => {
  await page.goto('/settings?lang=en-XA');
  await waitForServiceWorker(page);
  const script = await page.evaluate(
    async () => new URL((await navigator.serviceWorker.ready).active?.scriptURL ?? '').pathname,
  );
  // A "new version", as update.spec deploys one: the same worker, a byte different.
  const file = resolve(import.meta.dirname, '../../dist/app', `.${script}`);
  const original = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, `${original}\n// next version\n`);
    await page.locator('section[aria-labelledby="updates-title"] button').first().click();
    await expect(page.locator('#update-title')).toBeVisible();
    await expectAllFromCatalogue(page);
  } finally {
    writeFileSync(file, original);
  }
});

test.describe('when a screen crashes', () => {
  // Blocked so a screen's code can be swapped for one that throws (as shell.spec does).
  test.use({ serviceWorkers: 'block' });

  test('the error screen comes from a catalogue', async ({ page }) => {
    await page.route(/\/assets\/install-[^/]*\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "export default function Broken() { throw new Error('forced test crash'); }",
      }),
    );
    page.on('pageerror', () => {});
    await page.goto('/install?lang=en-XA');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAllFromCatalogue(page);
  });
});

test.describe('a phone linked to the team', () => {
  test.describe.configure({ timeout: 120_000 });
  let api: CaseworkerApi;
  test.beforeAll(async ({ baseURL }) => {
    api = await caseworkerApi(baseURL ?? seed().baseURL);
  });
  test.afterAll(async () => api.dispose());

  test('linked, with messages, then unlinked: every state comes from catalogues', async ({
    page,
  }) => {
    const person = await api.addPerson('Robin I18n');
    const code = await api.pairingCode(person);
    await page.goto('/help?lang=en-GB');
    await pairWithCode(page, code);
    await api.reply(person, 'Hello from Sam');

    await page.goto('/pair?lang=en-XA');
    await expectAllFromCatalogue(page);

    await page.goto('/messages');
    await expect(page.getByText('Hello from Sam')).toBeVisible({ timeout: 20_000 });
    await page.locator('#message-words').fill('Thank you');
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByText('Thank you', { exact: true })).toBeVisible();
    await expectAllFromCatalogue(page);

    await page.goto('/settings');
    await expect(page.locator('#sharing-title')).toBeVisible();
    await expect(page.locator('#consent-title')).toBeVisible();
    await expectAllFromCatalogue(page);

    await api.revokePhones(person);
    await page.goto('/messages');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.locator('#unlinked-title')).toBeVisible({ timeout: 20_000 });
    await expectAllFromCatalogue(page, page.locator('#unlinked-title'));
    await page.goto('/help?lang=en-GB');
  });
});
