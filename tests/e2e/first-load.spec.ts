import { expect, test, type Page } from '@playwright/test';
import { emergencyLink, SMALL_PHONE } from './support/app';

// The first load is only what index.html names (the entry and its modulepreloads). Everything
// else (the lock's code, sync, the editors) loads after the first paint: these tests refuse
// every other script, as a lost signal on a first visit would, and check what still works.
test.use({ viewport: SMALL_PHONE, serviceWorkers: 'block' });

/** Refuse every script index.html does not name. Returns the paths that were refused. */
async function onlyTheFirstLoad(page: Page): Promise<string[]> {
  const refused: string[] = [];
  const html = await (await page.request.get('/')).text();
  const named = new Set(
    [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]),
  );
  expect(named.size).toBeGreaterThan(0);
  await page.route('**/assets/*.js', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (named.has(path)) return route.continue();
    refused.push(path);
    return route.abort('internetdisconnected');
  });
  return refused;
}

test('with only the first load, Help now, 999 and the national numbers all work', async ({
  page,
}) => {
  const refused = await onlyTheFirstLoad(page);
  await page.goto('/');
  await expect(emergencyLink(page)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Help now' })).toBeVisible();
  // The lock's code never came: the screen behind the gate shows nothing, not even "Hello".
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(page.getByText('What would you like to do?')).toHaveCount(0);

  await page.getByRole('link', { name: 'Help now' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Help');
  const samaritans = page.locator('main li[data-kind="samaritans"]');
  await expect(samaritans.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute(
    'href',
    'tel:116123',
  );
  await expect(
    page.locator('main li[data-kind="nhs111"]').getByRole('link', { name: 'Call 111' }),
  ).toHaveAttribute('href', 'tel:111');
  expect(await emergencyLink(page).getAttribute('href')).toBe('tel:999');
});

test('a cold start on Help now needs nothing but the first load', async ({ page }) => {
  await onlyTheFirstLoad(page);
  await page.goto('/help');
  await expect(page.locator('main li[data-kind="emergency"]')).toBeVisible();
  await expect(page.locator('main li[data-kind="shout"]').getByRole('link')).toHaveAttribute(
    'href',
    'sms:85258?&body=SHOUT',
  );
});

test('with every script allowed, home shows once the lock code has loaded after the first paint', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByText('What would you like to do?')).toBeVisible();
  const order = await page.evaluate(() => {
    const mark = performance.getEntriesByName('hiu:first-screen', 'mark')[0]?.startTime ?? -1;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js'))
      .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime }));
    return { mark, scripts };
  });
  expect(order.mark).toBeGreaterThan(0);
  const html = await (await page.request.get('/')).text();
  for (const script of order.scripts) {
    // Only what index.html names is asked for before the mark: nothing else is in the first load.
    if (script.start < order.mark) expect(html).toContain(`"${script.path}"`);
  }
  expect(order.scripts.some((s) => s.start >= order.mark)).toBe(true);
});

test('nothing in the first seconds loads the browser’s language data, which would block a tap', async ({
  page,
}) => {
  // Every way a page reaches ICU: the first use costs a cheap phone 100 to 200 ms in one go.
  await page.addInitScript(() => {
    const used: string[] = [];
    (window as unknown as { __languageData: string[] }).__languageData = used;
    const intl = Intl as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(Intl)) {
      const real = intl[name];
      if (typeof real !== 'function') continue;
      intl[name] = new Proxy(real, {
        construct: (target, args) => (used.push(`Intl.${name}`), Reflect.construct(target, args)),
        apply: (target, self, args) => (
          used.push(`Intl.${name}`),
          Reflect.apply(target, self, args)
        ),
      });
    }
    const methods: [object, string][] = [
      [String.prototype, 'localeCompare'],
      [String.prototype, 'toLocaleUpperCase'],
      [String.prototype, 'toLocaleLowerCase'],
      [Date.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleDateString'],
      [Date.prototype, 'toLocaleTimeString'],
      [Number.prototype, 'toLocaleString'],
      [Array.prototype, 'toLocaleString'],
    ];
    for (const [proto, name] of methods) {
      const holder = proto as Record<string, (...args: unknown[]) => unknown>;
      const real = holder[name]!;
      holder[name] = function (this: unknown, ...args: unknown[]) {
        used.push(name);
        return real.apply(this, args);
      };
    }
  });
  await page.goto('/');
  await expect(page.getByText('What would you like to do?')).toBeVisible();
  await page.getByRole('link', { name: 'Help now' }).click();
  await expect(page.locator('main li[data-kind="nhs111"]')).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Who is open was worked out (the London clock is read on Help now) without any of it.
  expect(
    await page.evaluate(() => (window as unknown as { __languageData: string[] }).__languageData),
  ).toEqual([]);
});

test('what loads once the first screen is up adds no list of scripts to fetch ahead', async ({
  page,
}) => {
  // Each <link rel=modulepreload> is work for the page; dozens added at once by the code that
  // loads after the first screen made a long task on a slow phone. That code comes from the
  // service worker's cache, so it fetches its own imports as it goes.
  const preloads = () => page.locator('link[rel="modulepreload"]').count();
  await page.goto('/');
  await expect(page.getByText('What would you like to do?')).toBeVisible();
  const withTheLock = await preloads();
  // The last thing loaded after the first screen: the journal editors, fetched ahead of a tap.
  await expect
    .poll(
      () =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .some((r) => /\/assets\/entry-[\w-]+\.js$/.test(new URL(r.name).pathname)),
        ),
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(await preloads()).toBe(withTheLock);
});

test('none of the phone’s files carries the console’s part of the API', async ({ page }) => {
  // The phone calls only its own endpoints and consent; the table's other groups (staff
  // sign-in, caseloads, triage) would be schemas built for nothing on every start-up.
  const worker = await (await page.request.get('/index.js')).text();
  const scripts = [...new Set(worker.match(/assets\/[\w.-]+\.js/g) ?? [])];
  expect(scripts.length).toBeGreaterThan(10);
  const carrying: string[] = [];
  for (const script of scripts) {
    const code = await (await page.request.get(`/${script}`)).text();
    if (code.includes('/api/auth/login') || code.includes('/api/triage')) carrying.push(script);
  }
  expect(carrying).toEqual([]);
});
