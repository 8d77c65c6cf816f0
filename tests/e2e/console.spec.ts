import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { DESK } from './support/console-walk';

/**
 * The caseworker console in real Chromium at laptop size, against the real server with demo
 * data (tests/e2e/support/serve.ts writes the seeded accounts and codes to e2e-seed.json).
 */

type SeedStaff = {
  name: string;
  email: string;
  role: 'lead' | 'caseworker';
  password: string;
  mustChangePassword: boolean;
};
type Seed = {
  staff: SeedStaff[];
  people: { id: string; displayName: string; caseworkerEmail: string; pairingCode: string }[];
};

const SEED_FILE = process.env.E2E_SEED ?? 'test-results/e2e-seed.json';
const seed = (): Seed => JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Seed;
/** Passwords chosen during this run, by email (a one-time password can be used once). */
const passwords = new Map<string, string>();
/**
 * The person this spec adds. Edits happen on them, not on the seeded people, whom other specs
 * sharing this server may rely on.
 */
let alexId = '';

test.use({
  ...DESK,
});
// Several screens, each checked with axe: more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/console-${name}.png`, fullPage: true });
}

function staff(role: 'lead' | 'caseworker'): SeedStaff {
  const found = seed().staff.find((s) => s.role === role);
  if (!found) throw new Error(`No seeded ${role}`);
  return found;
}

/** Signs in; if the console asks for a new password, chooses one and remembers it. */
async function signIn(page: Page, who: SeedStaff): Promise<void> {
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password', { exact: true }).fill(passwords.get(who.email) ?? who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const changeHeading = page.getByRole('heading', { name: 'Choose your own password' });
  const signedIn = page.getByText('Signed in as');
  await expect(changeHeading.or(signedIn)).toBeVisible();
  if (await changeHeading.isVisible()) {
    const chosen = `e2e ${who.role} chose this ${Date.now()}`;
    await page.getByLabel('One-time password').fill(passwords.get(who.email) ?? who.password);
    await page.getByLabel('New password', { exact: true }).fill(chosen);
    await page.getByLabel('Type the new password again').fill(chosen);
    await page.getByRole('button', { name: 'Save my new password' }).click();
    await expect(signedIn).toBeVisible();
    passwords.set(who.email, chosen);
  }
}

async function openConsole(page: Page, path = ''): Promise<void> {
  await page.goto(`/console/${path}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function addPerson(page: Page, name: string): Promise<string> {
  await page.getByRole('link', { name: 'Add a person' }).click();
  await expect(page.getByRole('heading', { name: 'Add a person' })).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Add this person' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const id = /#\/people\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!id) throw new Error(`No person id in ${page.url()}`);
  return id;
}

async function profileStatus(request: APIRequestContext, token: string) {
  const response = await request.get('/api/device/profile', {
    // A phone's requests come minutes apart: no kept-alive connection to race the server's timeout.
    headers: { Authorization: `Bearer ${token}`, Connection: 'close' },
  });
  return { status: response.status(), body: (await response.json()) as { error?: string } };
}

test('someone with a one-time password must choose their own before going on', async ({ page }) => {
  const newcomer = seed().staff.findLast((s) => s.mustChangePassword);
  if (!newcomer) throw new Error('No seeded account with a one-time password');
  await openConsole(page);
  await expect(
    page.getByRole('heading', { name: 'Sign in to the caseworker console' }),
  ).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'sign-in');

  await page.getByLabel('Email address').fill(newcomer.email);
  await page.getByLabel('Password', { exact: true }).fill(newcomer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  // Nothing else is reachable until the password is changed.
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expectAccessible(page);

  // Too short first: the message sits beside the field, and the summary links to it.
  await page.getByLabel('One-time password').fill(newcomer.password);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.locator('#new-password-error')).toContainText('at least 12 characters');
  await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute(
    'aria-describedby',
    /new-password-error/,
  );
  await expectAccessible(page);
  await shoot(page, 'change-password');

  // A common password: the same rule as the server says so while they type, and on saving.
  await page.getByLabel('New password', { exact: true }).fill('Password123!');
  await expect(page.locator('#new-password-strength')).toContainText(
    'lots of people use, so it is easy to guess. Use three or four random words instead.',
  );
  await page.getByLabel('Type the new password again').fill('Password123!');
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page.locator('#new-password-error')).toContainText('lots of people use');
  await expectAccessible(page);

  const chosen = 'a newcomer picked this long password';
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await expect(page.locator('#new-password-strength')).toHaveText(
    'This looks hard to guess. Good choice.',
  );
  await page.getByLabel('Type the new password again').fill(chosen);
  await page.getByRole('button', { name: 'Save my new password' }).click();
  passwords.set(newcomer.email, chosen);
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${newcomer.name}`)).toBeVisible();

  // The chosen password works next time; the one-time password does not.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await page.getByLabel('Email address').fill(newcomer.email);
  await page.getByLabel('Password', { exact: true }).fill(newcomer.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await page.getByLabel('Password', { exact: true }).fill(chosen);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
});

test('a caseworker signs in and sees their caseload: each person, phone and status', async ({
  page,
}) => {
  const sam = staff('caseworker');
  await openConsole(page);
  // A wrong password gets a kind message in an error summary, and nothing else happens.
  await page.getByLabel('Email address').fill(sam.email);
  await page.getByLabel('Password', { exact: true }).fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match');
  await expectAccessible(page);
  await shoot(page, 'sign-in-error');

  await signIn(page, sam);
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  await expect(page.getByText(`Signed in as ${sam.name}`)).toBeVisible();
  const mine = seed().people.filter((p) => p.caseworkerEmail === sam.email);
  expect(mine.length).toBeGreaterThan(0);
  for (const person of mine) {
    const row = page.getByRole('row', { name: new RegExp(person.displayName) });
    await expect(row).toContainText(/Linked|Not linked/);
    await expect(row).toContainText(/Active|Stepped back/);
  }
  // Every person here is Sam's own: no caseworker column to read past.
  await expect(page.getByRole('columnheader', { name: 'Caseworker' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Only my own caseload' })).toHaveCount(0);

  // Search by the start of a name; the list and its count follow, and say so when none match.
  const [first, ...rest] = mine;
  if (!first) throw new Error('No seeded person for Sam');
  const search = page.getByLabel('Search by name');
  const prefix = first.displayName.slice(0, 3).toLowerCase();
  await search.fill(prefix);
  await expect(page.getByRole('link', { name: first.displayName })).toBeVisible();
  const wordStarts = (name: string) =>
    name
      .toLowerCase()
      .split(/[\s'’-]+/)
      .some((word) => word.startsWith(prefix));
  for (const person of rest.filter((p) => !wordStarts(p.displayName))) {
    await expect(page.getByRole('link', { name: person.displayName })).toHaveCount(0);
  }
  await search.fill('nobody by this name');
  await expect(page.getByText('No one matches that name.')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'caseload-no-match');
  // Going into a person and back keeps the choices.
  await search.fill(first.displayName);
  await page.getByRole('link', { name: first.displayName }).click();
  await page.getByRole('link', { name: 'Back to the caseload' }).click();
  await expect(page.getByLabel('Search by name')).toHaveValue(first.displayName);
  await search.fill('');
  await page.getByLabel('Sort by').selectOption({ label: 'Longest since contact first' });
  await page.getByRole('radio', { name: 'Support stepped back' }).check();
  // Only people whose support stepped back (there may be none yet).
  await expect(page.locator('tbody tr').filter({ hasText: 'Active' })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Everyone' }).check();
  for (const person of mine) {
    await expect(page.getByRole('link', { name: person.displayName })).toBeVisible();
  }
  // Someone else's person is not on this caseload.
  const others = seed().people.filter((p) => p.caseworkerEmail !== sam.email);
  for (const person of others) {
    await expect(page.getByRole('link', { name: person.displayName })).toHaveCount(0);
  }
  // A caseworker has no lead pages.
  await expect(page.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await expectAccessible(page);
  await shoot(page, 'caseload');
});

test('a new person gets a pairing code and QR, a phone pairs with it, and revoking it locks the phone out', async ({
  page,
  request,
}) => {
  await openConsole(page);
  await signIn(page, staff('caseworker'));
  alexId = await addPerson(page, 'Alex Testperson');
  await expect(page.getByText('Not linked yet')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Make a pairing code' }).click();
  const codeText = (await page.locator('p', { hasText: 'Pairing code:' }).innerText()).trim();
  const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(codeText)?.[1];
  expect(code).toBeTruthy();
  const qr = page.getByRole('img', { name: `QR code for pairing code ${code}` });
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByText('The code lasts 24 hours')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'person-pairing');

  // The phone's side, through the real API.
  const paired = await request.post('/api/device/pair', {
    data: { code },
    headers: { Connection: 'close' },
  });
  expect(paired.ok()).toBe(true);
  const { token } = (await paired.json()) as { token: string };
  expect((await profileStatus(request, token)).status).toBe(200);

  await page.reload();
  await expect(page.getByText('Linked', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revoke this phone' })).toBeVisible();
  await page.getByRole('button', { name: 'Revoke this phone' }).click();
  await expect(page.getByRole('heading', { name: 'Revoke this phone?' })).toBeFocused();
  await expect(page.getByText('This phone is no longer linked to your support team')).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'person-revoke-confirm');
  await page.getByRole('button', { name: 'Yes, revoke this phone' }).click();
  await expect(page.getByText('The phone has been revoked')).toBeVisible();
  await expect(page.getByText('Not linked yet')).toBeVisible();

  const after = await profileStatus(request, token);
  expect(after.status).toBe(401);
  expect(after.body.error).toBe('device_revoked');

  await page.goto('/console/#/');
  await expect(page.getByRole('row', { name: /Alex Testperson/ })).toContainText('Not linked');
});

test('the crisis plan, agreed hours and guide save, and a bad value is shown beside its field', async ({
  page,
}) => {
  expect(alexId).toMatch(/^[0-9a-f-]{36}$/);
  await openConsole(page, `#/people/${alexId}/plan`);
  await signIn(page, staff('caseworker'));
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();

  const signs = page.getByLabel('Signs I am starting to struggle');
  await signs.fill('Not sleeping\nSkipping meals\n\n  Staying in bed all day  ');
  await page.getByRole('button', { name: 'Save the plan' }).click();
  await expect(page.getByText('The plan is saved')).toBeVisible();
  await expect(signs).toHaveValue('Not sleeping\nSkipping meals\nStaying in bed all day');
  await expectAccessible(page);
  await shoot(page, 'plan');
  await page.reload();
  await expect(page.getByLabel('Signs I am starting to struggle')).toHaveValue(
    'Not sleeping\nSkipping meals\nStaying in bed all day',
  );

  await page.getByRole('link', { name: 'Agreed hours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agreed hours' })).toBeVisible();
  await page.getByRole('radio', { name: 'Set times each week' }).check();
  const saturday = page.getByRole('group', { name: 'Saturday' });
  await saturday.getByRole('button', { name: 'Add a time on Saturday' }).click();
  await saturday.getByLabel('From').fill('10:00');
  await saturday.getByLabel('Until').fill('12:00');
  // A bank holiday, closed all day.
  await page.getByRole('button', { name: 'Add a date' }).click();
  const added = page.getByRole('group', { name: /^Date \d+$/ });
  await added.getByLabel('Reason (optional)').fill('Early May bank holiday');
  await added.getByLabel('Date', { exact: true }).fill('2027-05-03');
  const mayDay = page.getByRole('group', { name: 'Monday 3 May 2027' });
  await expect(mayDay.getByRole('radio', { name: 'Not available all day' })).toBeChecked();
  // And a time left empty, which the server refuses.
  await saturday.getByRole('button', { name: 'Add a time on Saturday' }).click();
  await saturday.getByLabel('From').nth(1).fill('');
  await page.getByRole('button', { name: 'Save the hours' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Saturday, from');
  const badInput = saturday.getByLabel('From').nth(1);
  const errorId = await badInput.getAttribute('aria-describedby');
  expect(errorId).toBeTruthy();
  await expect(page.locator(`#${errorId}`)).toContainText('Enter a time');
  await expect(badInput).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
  await shoot(page, 'hours-error');
  // The summary's link takes you to the field.
  await summary.getByRole('link').first().click();
  await expect(badInput).toBeFocused();

  await saturday.getByRole('button', { name: /Remove Saturday, \? to/ }).click();
  await page.getByRole('button', { name: 'Save the hours' }).click();
  await expect(page.getByText('The agreed hours are saved')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Saturday' }).getByLabel('From')).toHaveValue(
    '10:00',
  );
  await expect(mayDay.getByLabel('Reason (optional)')).toHaveValue('Early May bank holiday');
  await expectAccessible(page);
  await shoot(page, 'hours');

  await page.getByRole('link', { name: 'Who to call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Who to call' })).toBeVisible();
  await page.getByRole('button', { name: 'Add their GP' }).click();
  const gp = page.getByRole('region', { name: 'GP surgery' });
  await gp.getByLabel('Surgery name').fill('Riverside Surgery');
  await gp.getByLabel('Number to call').fill('call reception');
  await page.getByRole('button', { name: 'Save the guide' }).click();
  await expect(page.getByRole('alert')).toContainText('Riverside Surgery, number to call');
  const callError = await gp.getByLabel('Number to call').getAttribute('aria-describedby');
  await expect(page.locator(`#${callError?.split(' ').pop() ?? 'none'}`)).toContainText('digits');
  await expectAccessible(page);
  await shoot(page, 'guide-error');
  await gp.getByLabel('Number to call').fill('01632 960123');
  await page.getByRole('button', { name: 'Save the guide' }).click();
  await expect(page.getByText('The guide is saved')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'GP surgery' }).getByLabel('Number to call'),
  ).toHaveValue('01632 960123');
  await expectAccessible(page);
  await shoot(page, 'guide');
});

test('the lead adds a person for a caseworker, adds a caseworker, reassigns a person, and reads the audit log', async ({
  page,
}) => {
  const lead = staff('lead');
  const jo = seed().staff.filter((s) => s.role === 'caseworker')[1];
  if (!jo) throw new Error('No second seeded caseworker');
  await openConsole(page);
  await signIn(page, lead);
  await expect(page.getByRole('heading', { level: 1, name: 'Everyone we support' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Alex Testperson/ })).toBeVisible();
  // The lead sees whose caseload each person is on, and can narrow it to their own.
  await expect(page.getByRole('columnheader', { name: 'Caseworker' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Only my own caseload' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'lead-caseload');

  // The lead chooses whose caseload a new person joins.
  await page.getByRole('link', { name: 'Add a person' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Jamie Leadadded');
  await page.getByLabel('Caseworker').selectOption({ label: jo.name });
  await expectAccessible(page);
  await shoot(page, 'add-person-lead');
  await page.getByRole('button', { name: 'Add this person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jamie Leadadded' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: jo.name })).toBeVisible();

  await page.getByRole('link', { name: 'Caseworkers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseworkers' })).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'caseworkers');
  await page.getByRole('link', { name: 'Add a caseworker' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Morgan Newstarter');
  await page.getByLabel('Work email address').fill('morgan@hiu-e2e.example.org');
  await page.getByRole('button', { name: 'Add caseworker' }).click();
  await expect(page.getByRole('heading', { name: 'Caseworker added' })).toBeVisible();
  const oneTime = (await page.locator('#one-time-password').innerText())
    .replace('One-time password:', '')
    .trim();
  expect(oneTime.length).toBeGreaterThanOrEqual(12);
  await expectAccessible(page);
  await shoot(page, 'caseworker-added');

  await page.goto('/console/#/');
  await page.getByRole('link', { name: 'Alex Testperson' }).click();
  const change = page.getByLabel('Caseworker', { exact: true });
  await change.selectOption({ label: 'Morgan Newstarter' });
  await page.getByRole('button', { name: 'Change caseworker' }).click();
  await expect(
    page.getByText('Alex Testperson is now supported by Morgan Newstarter'),
  ).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'lead-person');
  await page.goto('/console/#/');
  await expect(page.getByRole('row', { name: /Alex Testperson/ })).toContainText(
    'Morgan Newstarter',
  );

  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Changed caseworker' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Revoked a phone' }).first()).toBeVisible();
  await expectAccessible(page);
  await shoot(page, 'audit');

  // The new caseworker signs in with the one-time password and must choose their own.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  const morgan: SeedStaff = {
    name: 'Morgan Newstarter',
    email: 'morgan@hiu-e2e.example.org',
    role: 'caseworker',
    password: oneTime,
    mustChangePassword: true,
  };
  await page.getByLabel('Email address').fill(morgan.email);
  await page.getByLabel('Password', { exact: true }).fill(oneTime);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await expectAccessible(page);
  await signInAgainAfterChange(page, morgan);
  await expect(page.getByRole('row', { name: /Alex Testperson/ })).toBeVisible();
});

async function signInAgainAfterChange(page: Page, who: SeedStaff): Promise<void> {
  const chosen = 'morgan chose a long password';
  await page.getByLabel('One-time password').fill(who.password);
  await page.getByLabel('New password', { exact: true }).fill(chosen);
  await page.getByLabel('Type the new password again').fill(chosen);
  await page.getByRole('button', { name: 'Save my new password' }).click();
  await expect(page.getByText(`Signed in as ${who.name}`)).toBeVisible();
  passwords.set(who.email, chosen);
}

test('when the session ends, sign-in says so kindly and returns you to the same page', async ({
  page,
  context,
}) => {
  const person = seed().people.find((p) => p.caseworkerEmail === staff('caseworker').email);
  if (!person) throw new Error('No seeded person for the caseworker');
  await openConsole(page, `#/people/${person.id}/hours`);
  await signIn(page, staff('caseworker'));
  await expect(page.getByRole('heading', { level: 1, name: 'Agreed hours' })).toBeVisible();

  await context.clearCookies();
  // Going to another tab by its address: the console may already have noticed the session end
  // through its live connection and shown sign-in (which keeps the address), or notices now.
  await page.evaluate((id) => {
    location.hash = `#/people/${id}/plan`;
  }, person.id);
  await expect(
    page.getByRole('heading', { name: 'Sign in to the caseworker console' }),
  ).toBeVisible();
  await expect(page.getByText('You were signed out')).toBeVisible();
  expect(page.url()).toContain(`#/people/${person.id}/plan`);
  await shoot(page, 'session-ended');
  await signIn(page, staff('caseworker'));
  await expect(page.getByRole('heading', { level: 1, name: 'Crisis plan' })).toBeVisible();
});

test('the console reflows at 200% zoom on a laptop and fits a tablet', async ({ browser }) => {
  for (const [name, size] of [
    ['zoom-200', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
    ['tablet', { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 1 }],
  ] as const) {
    const context = await browser.newContext({
      ...size,
      isMobile: false,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      baseURL: test.info().project.use.baseURL,
    });
    const page = await context.newPage();
    const person = seed().people.find((p) => p.caseworkerEmail === staff('caseworker').email);
    if (!person) throw new Error('No seeded person for the caseworker');
    await openConsole(page, `#/people/${person.id}/hours`);
    await signIn(page, staff('caseworker'));
    const tabs = [
      ['Overview', page.getByRole('heading', { name: 'Linked phones' })],
      ['Crisis plan', page.getByRole('button', { name: 'Save the plan' })],
      ['Who to call', page.getByRole('button', { name: 'Save the guide' })],
      ['Agreed hours', page.getByRole('button', { name: 'Save the hours' })],
    ] as const;
    for (const [tab, loaded] of tabs) {
      await page.getByRole('link', { name: tab, exact: true }).click();
      await expect(loaded).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} ${tab} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await shoot(page, `${name}-hours`);
    await page.goto('/console/#/');
    await expect(page.getByRole('table')).toBeVisible();
    await shoot(page, `${name}-caseload`);
    await context.close();
  }
});

test('a screen whose code cannot be fetched says so and loads when tried again', async ({
  page,
}) => {
  await openConsole(page, '#/my-hours');
  // The connection drops just as the screen's own code is asked for.
  let blocked = true;
  await page.route(/\/console\/assets\/working-hours-[\w-]+\.js$/, (route) =>
    blocked ? route.abort('internetdisconnected') : route.continue(),
  );
  await signIn(page, staff('caseworker'));
  await expect(page.getByRole('alert')).toHaveText(
    'This page could not be loaded. Check your connection and try again.',
  );
  await expect(page.getByRole('link', { name: 'My caseload' })).toBeVisible();
  blocked = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My working hours' })).toBeVisible();
});
