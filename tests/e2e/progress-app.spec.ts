import { expect, test, type Page } from '@playwright/test';
import { addDays, londonDate } from '#shared/london';
import type { ContactsView } from '#shared/schemas/contact';
import type { Goal, GoalInput } from '#shared/schemas/goal';
import type { WellbeingView } from '#shared/schemas/wellbeing';
import { weekOf } from '#shared/weeks';
import {
  expectEmergencyCall,
  saveScreen,
  scrollsSideways,
  SMALL_PHONE,
  waitForServiceWorker,
} from './support/app';
import {
  caseworkerApi,
  expectAccessible,
  expectBigTargets,
  pairWithCode,
  samSession,
  seed,
  type CaseworkerApi,
} from './support/phone-link';

/**
 * Goals, contacts and check-ins on the phone, against the real server: goals set in the console show offline, a
 * milestone ticked offline shows the reward and reaches the console once online; "I called Sam"
 * counts against the weekly aim; check-ins stay on the phone unless the person chooses to send
 * them; stepped-back support keeps the app and says the team can be contacted again.
 */

test.use({ viewport: SMALL_PHONE, deviceScaleFactor: 2, timezoneId: 'Europe/London' });
test.describe.configure({ timeout: 120_000 });

/** The console API for goals, contact plan, wellbeing and support, signed in as Sam. */
async function progressApi(baseURL: string) {
  const { api, headers, ok } = await samSession(baseURL);
  return {
    async addGoal(personId: string, goal: GoalInput): Promise<Goal> {
      return (await ok(
        await api.post(`/api/people/${personId}/goals`, { data: goal, headers }),
      )) as Goal;
    },
    async goals(personId: string): Promise<Goal[]> {
      return (await ok(await api.get(`/api/people/${personId}/goals`, { headers }))) as Goal[];
    },
    async setTarget(personId: string, times: number): Promise<void> {
      const steps = [{ fromWeek: weekOf(new Date()).key, times }];
      await ok(
        await api.put(`/api/people/${personId}/contact-targets`, { data: { steps }, headers }),
      );
    },
    async contacts(personId: string): Promise<ContactsView> {
      return (await ok(
        await api.get(`/api/people/${personId}/contacts`, { headers }),
      )) as ContactsView;
    },
    async logCall(personId: string): Promise<void> {
      const data = { at: new Date().toISOString(), kind: 'call' };
      await ok(await api.post(`/api/people/${personId}/contacts`, { data, headers }));
    },
    async wellbeing(personId: string): Promise<WellbeingView> {
      return (await ok(
        await api.get(`/api/people/${personId}/wellbeing`, { headers }),
      )) as WellbeingView;
    },
    /** Pause, restart or finish a goal as the console's Goals tab does (PUT with the goal). */
    async setStatus(personId: string, goal: Goal, status: Goal['status']): Promise<void> {
      const data: GoalInput = {
        id: goal.id,
        title: goal.title,
        status,
        milestones: goal.milestones.map((m) => ({
          id: m.id,
          title: m.title,
          targetDate: m.targetDate,
          reward: m.reward,
        })),
      };
      await ok(await api.put(`/api/people/${personId}/goals/${goal.id}`, { data, headers }));
    },
    async support(personId: string, status: 'active' | 'stepped-back'): Promise<void> {
      await ok(await api.put(`/api/people/${personId}/support`, { data: { status }, headers }));
    },
    dispose: () => api.dispose(),
  };
}

let people: CaseworkerApi;
let progress: Awaited<ReturnType<typeof progressApi>>;
test.beforeAll(async ({ baseURL }) => {
  people = await caseworkerApi(baseURL ?? seed().baseURL);
  progress = await progressApi(baseURL ?? seed().baseURL);
});
test.afterAll(async () => {
  await people.dispose();
  await progress.dispose();
});

/** A new person on Sam's caseload with this phone linked to them. */
async function linkedPerson(page: Page, name: string): Promise<string> {
  const personId = await people.addPerson(name);
  await people.setHours(personId, { kind: 'always' });
  await pairWithCode(page, await people.pairingCode(personId));
  return personId;
}

/** A sync now, as when the phone comes back online. */
async function syncNow(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
}

const today = () => londonDate(new Date());

test('a goal set in the console shows offline; a tick offline shows the reward and reaches the console once online', async ({
  page,
  context,
}) => {
  const personId = await linkedPerson(page, 'Jo Goaltest');
  await page.goto('/');
  await waitForServiceWorker(page);
  const future = addDays(today(), 12);
  const goal = await progress.addGoal(personId, {
    title: 'Go to the Tuesday walking group',
    milestones: [
      { title: 'Find out where they meet', targetDate: addDays(today(), -3), reward: null },
      { title: 'Go once with Sam', targetDate: future, reward: 'Ice cream on the beach' },
    ],
  });
  await syncNow(page);
  await expect(page.getByRole('link', { name: /^My goals/ })).toContainText(
    'Next step: Find out where they meet',
  );

  // No signal from here on.
  await context.setOffline(true);
  await page.goto('/goals');
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Go to the Tuesday walking group' }),
  ).toBeVisible();
  await expect(page.getByText('Next step: Find out where they meet')).toBeVisible();
  // A missed date is never shown as late; a coming one is hoped for.
  const [y, m, d] = future.split('-').map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long' });
  await expect(page.getByText(new RegExp(`^Hoped for by ${d} ${month}`))).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText(/late|failed|missed|overdue/i);
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await expectBigTargets(page);
  await saveScreen(page, 'progress-goals');

  await page.getByRole('button', { name: 'I did it: Find out where they meet' }).click();
  const celebration = page.getByTestId('celebration');
  await expect(celebration.getByRole('heading', { name: 'Well done!' })).toBeFocused();
  await expect(celebration).toContainText('You did it: Find out where they meet.');
  // Motion is allowed here (the phone does not ask for less): the sparkles show.
  await expect(page.getByTestId('sparkles')).toHaveCount(1);
  await page.getByRole('button', { name: 'Back to my goals' }).click();
  await expect(page.getByText('Next step: Go once with Sam')).toBeVisible();

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'I did it: Go once with Sam' }).click();
  await expect(celebration.getByRole('heading', { name: 'Well done!' })).toBeVisible();
  await expect(celebration).toContainText('Your reward: Ice cream on the beach');
  await expect(page.getByTestId('sparkles')).toHaveCount(0);
  await expectAccessible(page);
  await saveScreen(page, 'progress-well-done');

  // Still offline: the console has not heard yet.
  expect(
    (await progress.goals(personId)).find((g) => g.id === goal.id)?.milestones.map((m) => m.doneAt),
  ).toEqual([null, null]);

  await context.setOffline(false);
  await expect
    .poll(
      async () =>
        (await progress.goals(personId))
          .find((g) => g.id === goal.id)
          ?.milestones.map((m) => m.doneAt !== null),
      { timeout: 20_000 },
    )
    .toEqual([true, true]);
  // The tick reached the goal's history as the person's own.
  const history = (await progress.goals(personId)).find((g) => g.id === goal.id)?.history ?? [];
  expect(history.filter((h) => h.kind === 'milestone-done').map((h) => h.by)).toEqual([
    'person',
    'person',
  ]);
});

test('paused goals rest without blame; finished ones are done', async ({ page }) => {
  const personId = await linkedPerson(page, 'Kim Restingtest');
  const resting = await progress.addGoal(personId, {
    title: 'Cook a meal each week',
    milestones: [{ title: 'Buy a pan', targetDate: addDays(today(), -10), reward: null }],
  });
  const finished = await progress.addGoal(personId, {
    title: 'Walk to the shop',
    milestones: [{ title: 'Walk there once', targetDate: null, reward: null }],
  });
  await progress.addGoal(personId, {
    title: 'Join the library',
    milestones: [{ title: 'Ask where it is', targetDate: null, reward: null }],
  });
  await progress.setStatus(personId, resting, 'paused');
  await progress.setStatus(personId, finished, 'finished');
  await page.goto('/goals');
  await syncNow(page);
  const restingSection = page.getByRole('region', { name: 'Resting for now' });
  await expect(restingSection).toContainText('Cook a meal each week');
  await expect(restingSection.getByRole('button')).toHaveCount(0);
  const doneSection = page.getByRole('region', { name: 'Done', exact: true });
  await expect(doneSection).toContainText('Walk to the shop');
  await expect(page.getByRole('heading', { name: 'Join the library' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^I did it/ })).toHaveCount(1);
  await expect(page.locator('main')).not.toContainText(/failed|late|missed|overdue/i);
  await expectAccessible(page);
  await saveScreen(page, 'progress-goals-resting');
});

test('"I called Sam" counts against this week’s aim, with Undo, and the console sees the same count', async ({
  page,
}) => {
  const personId = await linkedPerson(page, 'Lee Contacttest');
  await progress.setTarget(personId, 5);
  await page.goto('/contacts');
  await syncNow(page);
  const words = page.getByTestId('week-words');
  await expect(words).toHaveText('0 contacts so far this week. We agreed up to 5 this week.');

  const call = page.getByRole('button', { name: /^I called/ });
  await expect(call).toHaveText('I called Sam');
  for (let i = 0; i < 3; i++) await call.click();
  await expect(words).toHaveText('3 contacts so far this week. We agreed up to 5 this week.');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(words).toHaveText('2 contacts so far this week. We agreed up to 5 this week.');
  await expect
    .poll(
      async () =>
        (await progress.contacts(personId)).events.filter((e) => e.source === 'person').length,
      {
        timeout: 20_000,
      },
    )
    .toBe(2);

  // The caseworker logs a call in the console: it counts on the phone after a sync.
  await progress.logCall(personId);
  await syncNow(page);
  await expect(words).toHaveText('3 contacts so far this week. We agreed up to 5 this week.');
  const server = await progress.contacts(personId);
  const week = weekOf(new Date()).key;
  expect(server.events.filter((e) => weekOf(new Date(e.at)).key === week)).toHaveLength(3);

  // The 12-week picture, and the same in a table.
  const chart = page.getByRole('img', { name: /Contacts each week for the last 12 weeks/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAttribute(
    'aria-label',
    /to 3 this week\. We agreed up to 5 this week\./,
  );
  await page.getByText('See the numbers as a table').click();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(13);
  await expect(rows.last()).toContainText('3');
  // Friendly: nothing on the screen is red.
  const red = await page.locator('main *').evaluateAll(
    (els) =>
      els.filter((el) => {
        const style = getComputedStyle(el);
        return [style.color, style.backgroundColor, style.fill, style.borderLeftColor].includes(
          'rgb(213, 40, 27)',
        );
      }).length,
  );
  expect(red).toBe(0);
  await expectEmergencyCall(page);
  await expectAccessible(page);
  await expectBigTargets(page);
  await saveScreen(page, 'progress-contacts');
});

test('a check-in stays on the phone until the person chooses to send it', async ({ page }) => {
  const personId = await linkedPerson(page, 'Max Checkintest');
  await page.goto('/');
  const card = page.getByTestId('check-in-card');
  await expect(card).toBeVisible();
  await card.getByRole('link', { name: 'Start the check-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How are you doing?' })).toBeVisible();
  await expectEmergencyCall(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();

  await expect(page.getByText('Question 1 of 5')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  await page.locator('label').filter({ hasText: /^7$/ }).click();
  await expect(page.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  await expectAccessible(page);
  await saveScreen(page, 'progress-check-in');
  await page.getByRole('button', { name: 'Next' }).click();
  for (const n of [2, 3, 4]) {
    await expect(page.getByText(`Question ${n} of 5`)).toBeVisible();
    await page.getByRole('button', { name: 'Skip' }).click();
  }
  await expect(page.getByText('How often do you feel lonely?')).toBeVisible();
  await page.locator('label').filter({ hasText: 'Hardly ever' }).click();
  await page.getByRole('button', { name: 'Finish' }).click();

  // Asked once, clearly.
  await expect(page.getByRole('heading', { name: 'Send your check-ins to Sam?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'No, keep them on my phone' }).click();
  await expect(page.getByText('Your check-in is saved on this phone.')).toBeVisible();
  await page.waitForTimeout(1500);
  expect((await progress.wellbeing(personId)).checkIns).toEqual([]);
  // Done for now: no card on Home.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /^Hello/ })).toBeVisible();
  await expect(page.getByTestId('check-in-card')).toHaveCount(0);

  // Changed in Settings: now it is sent.
  await page.goto('/settings');
  const sharing = page.getByRole('region', { name: 'Sharing with Sam' });
  const sendCheckIns = sharing.getByLabel('Send my check-ins');
  await expect(sendCheckIns).not.toBeChecked();
  await expect(
    sharing.getByLabel('Send when I went to A&E or called 999 or 111'),
  ).not.toBeChecked();
  await sendCheckIns.check();
  await expect
    .poll(async () => (await progress.wellbeing(personId)).checkIns.map((c) => c.answers), {
      timeout: 20_000,
    })
    .toEqual([
      { satisfied: 7, worthwhile: null, happy: null, anxious: null, lonely: 'hardly-ever' },
    ]);
  await expectAccessible(page);
});

test('urgent care from the journal is sent only when chosen, with no words, and taken back when the entry goes', async ({
  page,
}) => {
  const personId = await linkedPerson(page, 'Rae Urgenttest');
  const words = 'My chest was tight so I rang them at 3am';
  await page.goto('/journal/feeling');
  await page.getByText('6', { exact: true }).click();
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel("What's happening?").fill(words);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('I called 111').click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Saved. Only you can see this.' })).toBeVisible();
  await page.waitForTimeout(1500);
  expect((await progress.wellbeing(personId)).urgentCare).toEqual([]);

  await page.goto('/settings');
  await page
    .getByRole('region', { name: 'Sharing with Sam' })
    .getByLabel('Send when I went to A&E or called 999 or 111')
    .check();
  await expect
    .poll(async () => (await progress.wellbeing(personId)).urgentCare, { timeout: 20_000 })
    .toHaveLength(1);
  const [report] = (await progress.wellbeing(personId)).urgentCare;
  expect(report).toMatchObject({ wentToAe: false, called999: false, called111: true });
  expect(JSON.stringify(report)).not.toContain('chest');

  // With sending on, the saved screen no longer says nobody sees anything of it.
  await page.goto('/journal/feeling');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByText('I went to A&E').click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { name: 'Saved. Your words stay on this phone.' }),
  ).toBeVisible();
  await expect(page.getByText('They will not see what you wrote.')).toBeVisible();
  await expect
    .poll(async () => (await progress.wellbeing(personId)).urgentCare, { timeout: 20_000 })
    .toHaveLength(2);

  // Deleting the entry takes it back (the other one stays).
  await page.goto('/journal');
  await page.getByRole('link', { name: /6 out of 10/ }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: /^Yes, delete/ }).click();
  await expect(page.getByRole('heading', { name: 'Entry deleted' })).toBeVisible();
  await expect
    .poll(async () => (await progress.wellbeing(personId)).urgentCare.map((r) => r.wentToAe), {
      timeout: 20_000,
    })
    .toEqual([true]);
});

test('stepped-back support: Home and Messages say the team can be contacted again; plan and journal stay', async ({
  page,
}) => {
  const personId = await linkedPerson(page, 'Ash Stepbacktest');
  await progress.support(personId, 'stepped-back');
  await page.goto('/');
  await syncNow(page);
  const words = 'Your support has stepped back. You can always contact the team again.';
  await expect(page.getByText(words)).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: /^My plan/ })).toBeVisible();
  await expect(page.locator('main').getByRole('link', { name: /^My journal/ })).toBeVisible();
  // The last check-in, offered once when support steps back.
  await expect(page.getByTestId('check-in-card')).toContainText('stepping back');
  await expect(page.locator('main')).not.toContainText(/discharge/i);
  await expectAccessible(page);
  await saveScreen(page, 'progress-home-stepped-back');
  await page.goto('/messages');
  await expect(page.getByText(words)).toBeVisible();
  await page.goto('/plan');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('at 200% text the new screens fit a small phone with nothing sideways', async ({ page }) => {
  const personId = await linkedPerson(page, 'Sky Bigtexttest');
  await progress.setTarget(personId, 4);
  await progress.addGoal(personId, {
    title: 'Go to the Tuesday walking group at the community centre',
    milestones: [
      {
        title: 'Find out where the group meets',
        targetDate: addDays(today(), 9),
        reward: 'Ice cream on the beach',
      },
    ],
  });
  await page.goto('/settings');
  await page.getByLabel('Larger').check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await syncNow(page);
  for (const [name, path] of [
    ['goals', '/goals'],
    ['contacts', '/contacts'],
    ['check-in', '/check-in'],
    ['home', '/'],
  ] as const) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    if (name === 'goals') await expect(page.getByText(/^Next step/)).toBeVisible();
    expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
    await saveScreen(page, `progress-${name}-larger-text`);
  }
});
