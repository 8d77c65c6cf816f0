import { expect, test, type Page } from '@playwright/test';
import { addDays, londonDate } from '#shared/london';
import { weekOf } from '#shared/weeks';
import { expectEmergencyCall, saveScreen, waitForServiceWorker } from './support/app';
import { everythingStored, setPin, unlock } from './support/lock';
import { pairWithCode, phoneSpec, sam, samSession, seed } from './support/phone-link';

/**
 * The app lock as an attacker sees it: a paired phone with goals, rewards, a contact plan and
 * log, agreed hours and local contacts; a PIN is set; then every store of every database,
 * localStorage and Cache Storage is read raw and searched for what says who the person is or
 * what they are working on. Only what Help now shows while locked may be there.
 */
const people = phoneSpec({ timeout: 120_000 });

const PERSON = 'Morwenna Quillfeather';
const GOAL = 'Go to the Tuesday walking group at Trelissick';
const MILESTONE = 'Ask Bryony where the walkers meet';
const REWARD = 'A cream tea at Polperro harbour';
/** The agreed hours: odd times, so they are known if found (the guide's are 8am to 6pm). */
const AGREED = { kind: 'weekly' as const, weekly: [{ day: 2, start: '10:15', end: '13:45' }] };
const DROP_IN = 'Harbourside drop-in cafe';
const DROP_IN_NUMBER = '01632 960456';
const SAM_NUMBER = '07700 900321';

/** Sets what a caseworker sets in the console: guide, goal with a reward, contact plan, a call. */
async function setUpInConsole(personId: string): Promise<{ contactId: string }> {
  const { api, headers, ok } = await samSession(seed().baseURL);
  const hours = {
    kind: 'weekly',
    weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, start: '08:00', end: '18:00' })),
    exceptions: [],
  };
  try {
    await people.setHours(personId, { ...AGREED, exceptions: [] });
    await ok(
      await api.put(`/api/people/${personId}/guide`, {
        headers,
        data: [
          {
            id: crypto.randomUUID(),
            kind: 'caseworker',
            name: sam().name,
            whenToUse: 'Call in your agreed hours. Not for emergencies.',
            call: SAM_NUMBER,
            hours,
            picture: 'caseworker',
          },
          {
            id: crypto.randomUUID(),
            kind: 'local',
            name: DROP_IN,
            whenToUse: 'Somewhere warm to talk, with tea.',
            call: DROP_IN_NUMBER,
            hours,
            picture: 'local',
          },
        ],
      }),
    );
    await ok(
      await api.post(`/api/people/${personId}/goals`, {
        headers,
        data: {
          title: GOAL,
          milestones: [
            { title: MILESTONE, targetDate: addDays(londonDate(new Date()), 5), reward: REWARD },
          ],
        },
      }),
    );
    await ok(
      await api.put(`/api/people/${personId}/contact-targets`, {
        headers,
        data: { steps: [{ fromWeek: weekOf(new Date()).key, times: 7 }] },
      }),
    );
    const call = (await ok(
      await api.post(`/api/people/${personId}/contacts`, {
        headers,
        data: { at: new Date().toISOString(), kind: 'call' },
      }),
    )) as { id: string };
    return { contactId: call.id };
  } finally {
    await api.dispose();
  }
}

/** The device token, read from where the service worker reads it. */
function deviceToken(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('hiu-companion');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('meta').objectStore('meta').get('device-link');
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { token: string }).token);
          };
        };
      }),
  );
}

test('with a lock set, nothing that says who the person is or what they work on is readable; Help now still works', async ({
  page,
}) => {
  const personId = await people.addPerson(PERSON);
  const { contactId } = await setUpInConsole(personId);
  await pairWithCode(page, await people.pairingCode(personId));
  await page.goto('/goals');
  await waitForServiceWorker(page);
  await expect(page.getByRole('heading', { name: GOAL })).toBeVisible();
  const token = await deviceToken(page);
  const [surname] = sam().name.split(' ').slice(-1);
  const secrets = [
    PERSON,
    'Quillfeather',
    surname!,
    seed().service.name,
    GOAL,
    'Trelissick',
    MILESTONE,
    REWARD,
    'Polperro',
    contactId,
    '10:15',
    '13:45',
  ];
  // Teeth: before the lock, all of it is on the phone in clear.
  const before = await everythingStored(page);
  for (const words of secrets) expect(before, words).toContain(words);

  await setPin(page, '470258');
  const sealed = await everythingStored(page);
  for (const words of secrets) expect(sealed, words).not.toContain(words);
  expect(sealed).not.toContain('470258');
  // The token stays in clear for the service worker's background sends (see src/app/lock
  // README, threat model): in exactly one place, the `device-link` record.
  expect(sealed.split(token).length - 1).toBe(1);
  // Help now's part stays readable: the guide and the caseworker's first name and number.
  for (const words of [DROP_IN, DROP_IN_NUMBER, SAM_NUMBER]) expect(sealed).toContain(words);

  // A fresh load is locked; a sync while locked must not bring any of it back in clear.
  await page.goto('/help');
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();
  await expect(page.getByRole('heading', { name: DROP_IN })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(SAM_NUMBER) }).first()).toBeVisible();
  await expectEmergencyCall(page);
  await saveScreen(page, 'lock-help-now-locked');
  await page.goto('/goals');
  await expect(page.getByRole('heading', { name: 'Your journal is locked' })).toBeVisible();
  await expect(page.getByText(GOAL)).toHaveCount(0);
  const afterSync = await everythingStored(page);
  for (const words of secrets) expect(afterSync, words).not.toContain(words);

  // Nothing was lost: unlocked, the goal and its reward are there again.
  await unlock(page, '470258');
  await expect(page.getByRole('heading', { name: GOAL })).toBeVisible();
  // In the goal's list of steps (home's "Next step" line names it too).
  await expect(
    page.getByRole('list', { name: `Steps for ${GOAL}` }).getByText(MILESTONE, { exact: true }),
  ).toBeVisible();
});
