import { expect, test, type Page } from '@playwright/test';
import { APP_ROUTES, saveScreen, setPin, SMALL_PHONE } from './support/app';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';
import { addDays, isoWeekday, londonDate } from '#shared/london';
import { SCORE_QUESTIONS } from '../../src/app/pages/check-in/questions';
import { offStyle } from './support/nhs-words';
import { pairWithCode, samSession, seed } from './support/phone-link';

/*
 * Words and style to the NHS service manual, checked in real Chromium: at most one green
 * (primary) button per screen, times as "9am" never "09:00", and error messages that screen
 * readers hear as "Error: …".
 */

test.use({ viewport: SMALL_PHONE, deviceScaleFactor: 2 });

// Wednesday 2 December 2026, 5am in London (GMT): everyone local is closed.
const FIVE_AM = new Date('2026-12-02T05:00:00Z');
// The same day at midday: the GP and the caseworker are open.
const MIDDAY = new Date('2026-12-02T12:00:00Z');

/** A screen's own visible green buttons (the shell's Help now bar aside): `.btn`, not secondary or red. */
function primaryButtons(page: Page) {
  return page
    .locator('main .btn:not(.btn-secondary):not(.btn-warning)')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => (e.textContent ?? '').trim()),
    );
}

/** Words found above a reading age of 9 on earlier screens, said more simply now. */
const HARD_WORDS = /encrypt|the browser clearing|professionals should|out of hours with these/i;

async function withProfile(page: Page, time: Date) {
  await page.clock.install({ time });
  await page.goto('/');
  await storeProfile(page, PROFILE_WITH_GP);
}

for (const [label, time] of [
  ['5am', FIVE_AM],
  ['midday', MIDDAY],
] as const) {
  test(`at ${label} no app screen has more than one green button, and times and dates are the NHS way`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await withProfile(page, time);
    for (const path of [...APP_ROUTES, '/goals', '/contacts', '/check-in', '/messages']) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      const green = await primaryButtons(page);
      expect(green.length, `${path} has green buttons: ${green.join(' | ')}`).toBeLessThanOrEqual(
        1,
      );
      const text = await page.locator('body').innerText();
      expect(offStyle(text), `${path} writes a time or date another way`).toEqual([]);
      expect(text, `${path} uses words above a reading age of 9`).not.toMatch(HARD_WORDS);
    }
  });
}

test('Settings puts the common choices first: how it looks, the lock, quick hide', async ({
  page,
}) => {
  await withProfile(page, MIDDAY);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 2, name: 'How the app looks' })).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings.slice(0, 3)).toEqual([
    'How the app looks',
    expect.stringMatching(/lock/i),
    'Quick hide',
  ]);
  await expect(page.getByRole('navigation', { name: 'Settings on this page' })).toContainText(
    'Most used',
  );
});

test('Help now at 5am: closed contacts say when they open and what happens if you call, numbers kept', async ({
  page,
}) => {
  await withProfile(page, FIVE_AM);
  await page.goto('/help');
  const sam = page.locator('main li[data-kind="caseworker"]');
  const gp = page.locator('main li[data-kind="gp"]');
  await expect(sam).toContainText('Not working now. Back at 9am today');
  await expect(sam).toContainText(
    'If you call or text now, they will not answer until they are back.',
  );
  await expect(gp).toContainText('Closed now. Opens at 8am today');
  await expect(gp).toContainText('If you call now, they may not answer until they open.');
  // The numbers stay, as links, but not as the big buttons the open services have.
  const samCall = sam.getByRole('link', { name: 'Call 07700 900123' });
  await expect(samCall).toHaveAttribute('href', 'tel:07700900123');
  await expect(sam.locator('.btn')).toHaveCount(0);
  await expect(gp.locator('.btn')).toHaveCount(0);
  const box = await samCall.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  // Open 24/7 numbers keep big buttons; exactly one of them is green.
  await expect(page.locator('main li[data-kind="samaritans"] .btn')).toHaveCount(1);
  expect(await primaryButtons(page)).toHaveLength(1);
  await saveScreen(page, 'words-help-5am');
});

test('Settings: a screenshot to look at', async ({ page }) => {
  await withProfile(page, MIDDAY);
  await page.goto('/settings');
  await expect(page.locator('h1')).toBeVisible();
  await saveScreen(page, 'words-settings');
});

test('error messages: red, bold, and "Error:" for screen readers, on pairing, unlock and the lock form', async ({
  page,
}) => {
  await page.goto('/pair');
  const code = page.getByLabel('The code from your caseworker');
  await code.fill('ACDE-FHJ0');
  await page.getByRole('button', { name: 'Link my phone' }).click();
  const pairError = page.locator('#pair-code-problem');
  await expect(pairError).toHaveText(/^Error: There is no 0 in a code\./);
  await expect(pairError.locator('.visually-hidden')).toHaveText('Error:');
  await expect(pairError).toHaveCSS('color', 'rgb(213, 40, 27)');
  await expect(pairError).toHaveCSS('font-weight', '700');
  await expect(code).toHaveAccessibleDescription(/Error: There is no 0 in a code/);
  await saveScreen(page, 'words-pair-error');

  // The lock form has three fields: a summary at the top links to each message.
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set a PIN or passphrase' }).click();
  await page.getByLabel('A PIN (numbers)').check();
  await page.getByLabel('Choose a PIN').fill('482916');
  await page.getByLabel('Type the PIN again').fill('482917');
  await page.getByRole('button', { name: 'Lock with this PIN' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await summary.getByRole('link').first().click();
  await expect(page.getByLabel('Type the PIN again')).toBeFocused();
  await expect(page.getByLabel('Type the PIN again')).toHaveAccessibleDescription(/^Error: /);

  // A wrong PIN on the lock screen: the same pattern, not plain black text.
  await setPin(page, '482916');
  await page.getByRole('button', { name: 'Lock now' }).click();
  const pin = page.getByLabel('Type your PIN to unlock');
  await pin.fill('111111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  const wrong = page.locator('#unlock-error');
  await expect(wrong).toHaveText('Error: That PIN did not work. Please try again.');
  await expect(wrong).toHaveCSS('color', 'rgb(213, 40, 27)');
  await expect(pin).toHaveAttribute('aria-invalid', 'true');
  await expect(pin).toHaveAccessibleDescription(/Error: That PIN did not work/);
  await saveScreen(page, 'words-unlock-error');
});

/**
 * A phone linked to a new person of Sam's, as pairing would leave it. Their agreed hours are one
 * morning three days away (closed now) unless `open`; with `goal`, a goal of three steps.
 */
async function linkedPhone(
  page: Page,
  baseURL: string | undefined,
  name: string,
  options: { open?: boolean; goal?: boolean } = {},
) {
  const { api, headers, ok } = await samSession(baseURL ?? seed().baseURL);
  const person = (await ok(
    await api.post('/api/people', { data: { displayName: name }, headers }),
  )) as { id: string };
  const day = isoWeekday(addDays(londonDate(new Date()), 3));
  const hours = options.open
    ? { kind: 'always' }
    : { kind: 'weekly', weekly: [{ day, start: '09:00', end: '12:00' }], exceptions: [] };
  await ok(await api.put(`/api/people/${person.id}/hours`, { data: hours, headers }));
  if (options.goal) {
    await ok(
      await api.post(`/api/people/${person.id}/goals`, {
        data: {
          title: 'Go to the Tuesday walking group',
          milestones: ['Find out where they meet', 'Go once with Sam', 'Go on my own'].map(
            (title) => ({ title, targetDate: null, reward: null }),
          ),
        },
        headers,
      }),
    );
  }
  const code = (await ok(
    await api.post(`/api/people/${person.id}/pairing-codes`, { headers }),
  )) as { code: string };
  await pairWithCode(page, code.code);
  await api.dispose();
}

test('the check-in keeps the ONS words for each question, with a plain hint under it', async ({
  page,
  baseURL,
}) => {
  await linkedPhone(page, baseURL, 'Lee Onstest', { open: true });
  await page.goto('/check-in');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  for (const q of SCORE_QUESTIONS) {
    const question = page.getByRole('group', { name: q.question });
    await expect(question).toBeVisible();
    // Read with the question, and shown under it.
    await expect(question).toHaveAccessibleDescription(q.hint);
    const legend = await question.locator('legend').boundingBox();
    const hint = await question.locator('.hint').boundingBox();
    expect(hint?.y ?? 0).toBeGreaterThan((legend?.y ?? 0) + (legend?.height ?? 0) - 1);
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
  }
  await expect(page.getByRole('group', { name: 'How often do you feel lonely?' })).toBeVisible();
  await saveScreen(page, 'words-check-in-lonely');
});

test('a linked phone: one green button on each screen, the out-of-hours panel and a goal of several steps too', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await linkedPhone(page, baseURL, 'Ash Greentest', { goal: true });
  for (const path of ['/', '/messages', '/goals', '/contacts', '/check-in', '/pair', '/help']) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    const green = await primaryButtons(page);
    expect(green.length, `${path} has green buttons: ${green.join(' | ')}`).toBeLessThanOrEqual(1);
    const text = await page.locator('body').innerText();
    expect(offStyle(text), `${path} writes a time or date another way`).toEqual([]);
  }

  await page.goto('/messages');
  await page.getByLabel('Write a message to Sam').fill('I cannot sleep');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('region', { name: 'Sam is not working right now' })).toBeVisible();
  expect(await primaryButtons(page)).toEqual(['Help now']);
  await saveScreen(page, 'words-out-of-hours-panel');

  await page.goto('/goals');
  await expect(page.getByRole('main')).toContainText('Go once with Sam');
  await expect(page.getByRole('button', { name: /^I did it/ }).first()).toBeVisible();
  expect((await primaryButtons(page)).length).toBeLessThanOrEqual(1);
  await saveScreen(page, 'words-goals');
});
