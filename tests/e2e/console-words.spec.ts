import { expect, test } from '@playwright/test';
import { deskPage, openScreen, PERSON_TABS, signInAs } from './support/console-walk';
import { offStyle } from './support/nhs-words';
import { seed } from './support/phone-link';

/*
 * The console's words, screen by screen, in the NHS content style the app uses: times as "5pm"
 * or "5:23am", never "17:00" or "05:23"; dates as "Wednesday 2 December", never "2/12/2026",
 * "2026-12-02" or a day and month without the weekday. The seeded demo people have messages,
 * entries, goals, contacts, check-ins and agreed hours, so every kind of date is on some screen.
 */

test.describe.configure({ timeout: 180_000 });

test('every console screen writes times and dates the NHS way', async ({ browser }) => {
  const page = await deskPage(browser);
  await signInAs(page, 'lead');
  const screens = [
    '#/',
    '#/today',
    '#/outcomes',
    '#/audit',
    '#/caseworkers',
    '#/my-hours',
    '#/calendar',
    '#/safeguarding',
  ];
  for (const person of seed().people) {
    for (const tab of PERSON_TABS) screens.push(`#/people/${person.id}/${tab}`);
  }
  const problems: string[] = [];
  for (const hash of screens) {
    await openScreen(page, hash);
    // A chart is one image, described in full words and with a table beside it: only its
    // drawn axis may shorten a week to "23 Nov".
    const text = await page.evaluate(() => {
      const charts = Array.from(document.querySelectorAll('svg'));
      for (const chart of charts) chart.style.display = 'none';
      const words = document.body.innerText;
      for (const chart of charts) chart.style.display = '';
      return words;
    });
    problems.push(...offStyle(text).map((p) => `${hash}: ${p}`));
  }
  expect([...new Set(problems)]).toEqual([]);
});

test('the check catches times and dates written another way, and passes the NHS ones', () => {
  expect(offStyle('Sent 05:23 on 2 December, seen 17:00 on 2/12/2026 and December 2')).toHaveLength(
    5,
  );
  expect(
    offStyle('Wednesday 2 December at 5:23am. 9am to 5pm. Mon 30 Nov. Tuesday 1 December 2026.'),
  ).toEqual([]);
});
