/**
 * Helpers for the phone-side connection specs (pair, share, messages): the caseworker's API
 * (signed in as seeded Sam, in its own request context) to add a person, set their agreed
 * hours, make a pairing code, read what the phone sent and revoke it; and pairing a phone page.
 */
import { readFileSync } from 'node:fs';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { addDays, isoWeekday, londonDate } from '#shared/london';
import type { Hours, WeeklyHours } from '#shared/schemas/hours';
import { formatPairingCode } from '#shared/schemas/pairing';

export { expectAccessible } from './axe';

type SeedStaff = { name: string; email: string; role: 'lead' | 'caseworker'; password: string };
type SeedPerson = { id: string; displayName: string; caseworkerEmail: string };
type Seed = {
  baseURL: string;
  /** The local web-push-testing service, and the server's VAPID key to subscribe there with. */
  pushServiceURL: string;
  vapidPublicKey: string;
  service: { name: string };
  staff: SeedStaff[];
  /** The demo people, with their messages, entries, goals and check-ins. */
  people: SeedPerson[];
};

const SEED_FILE = process.env.E2E_SEED ?? 'test-results/e2e-seed.json';
export const seed = (): Seed => JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Seed;

/** Sam, the seeded caseworker: "Share with Sam". */
export function sam(): SeedStaff {
  const found = seed().staff.find((s) => s.email.startsWith('sam@'));
  if (!found) throw new Error('No seeded Sam');
  return found;
}

// The server may close idle kept-alive connections; each call gets a fresh one.
const CLOSE = { Connection: 'close' };

/**
 * Sam signed in to the console's API in a request context of their own: the context, the
 * headers every write needs (CSRF), and `ok`, which fails the test on any answer but a 2xx and
 * returns the JSON (null for a 204).
 */
export async function samSession(baseURL: string) {
  const api: APIRequestContext = await request.newContext({ baseURL });
  const who = sam();
  const login = await api.post('/api/auth/login', {
    data: { email: who.email, password: who.password },
    headers: CLOSE,
  });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken, ...CLOSE };
  const ok = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.ok(), `${response.url()}: ${await response.text()}`).toBe(true);
    return response.status() === 204 ? null : ((await response.json()) as unknown);
  };
  return { api, headers, ok };
}

/** The caseworker console's API as Sam: cookie session and CSRF token. */
export async function caseworkerApi(baseURL: string) {
  const { api, headers, ok } = await samSession(baseURL);
  return {
    /** A new person on Sam's caseload (so specs never share one). Returns their id. */
    async addPerson(displayName: string): Promise<string> {
      const body = await ok(await api.post('/api/people', { data: { displayName }, headers }));
      return (body as { id: string }).id;
    },
    async setHours(personId: string, hours: Hours): Promise<void> {
      await ok(await api.put(`/api/people/${personId}/hours`, { data: hours, headers }));
    },
    /** A fresh single-use code, formatted as the console shows it (ABCD-EFGH). */
    async pairingCode(personId: string): Promise<string> {
      const body = await ok(await api.post(`/api/people/${personId}/pairing-codes`, { headers }));
      return formatPairingCode((body as { code: string }).code);
    },
    async sharedEntries(personId: string) {
      const body = await ok(await api.get(`/api/people/${personId}/shared-entries`, { headers }));
      return body as { id: string; entry: { everyday?: string }; readAt: string | null }[];
    },
    async markRead(personId: string, entryId: string): Promise<void> {
      await ok(
        await api.post(`/api/people/${personId}/shared-entries/${entryId}/read`, { headers }),
      );
    },
    async messages(personId: string) {
      const body = await ok(await api.get(`/api/people/${personId}/messages`, { headers }));
      return body as { id: string; from: string; body: string; heldUntil: string | null }[];
    },
    async reply(personId: string, body: string): Promise<void> {
      await ok(await api.post(`/api/people/${personId}/messages`, { data: { body }, headers }));
    },
    /** Revoke every phone linked to the person, as the console's "Unlink this phone" does. */
    async revokePhones(personId: string): Promise<void> {
      const devices = (await ok(await api.get(`/api/people/${personId}/devices`, { headers }))) as {
        id: string;
        revokedAt: string | null;
      }[];
      for (const device of devices.filter((d) => !d.revokedAt)) {
        await ok(
          await api.post(`/api/people/${personId}/devices/${device.id}/revoke`, { headers }),
        );
      }
    },
    /** Sam's own photo, as the console's guide editor uploads it. */
    async uploadPhoto(png: Buffer): Promise<void> {
      await ok(
        await api.post('/api/auth/photo', {
          data: png,
          headers: { ...headers, 'content-type': 'image/png' },
        }),
      );
    },
    dispose: () => api.dispose(),
  };
}
export type CaseworkerApi = Awaited<ReturnType<typeof caseworkerApi>>;

/**
 * A phone spec's set-up in one call: a small phone in London time, a time limit per test, and
 * Sam's API signed in once for the file (disposed after). Use the returned object in tests.
 */
export function phoneSpec(options: { timeout: number }): CaseworkerApi {
  test.use({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    timezoneId: 'Europe/London',
  });
  test.describe.configure({ timeout: options.timeout });
  let api: CaseworkerApi | undefined;
  test.beforeAll(async ({ baseURL }) => {
    api = await caseworkerApi(baseURL ?? seed().baseURL);
  });
  test.afterAll(async () => api?.dispose());
  return new Proxy({} as CaseworkerApi, {
    get(_, key: keyof CaseworkerApi) {
      if (!api) throw new Error('The caseworker API is ready only inside a test');
      return api[key];
    },
  });
}

/** Weekday office hours, like most teams agree. */
export const OFFICE_HOURS: WeeklyHours = {
  kind: 'weekly',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '17:00' })),
  exceptions: [],
};

/** Agreed hours that are closed now: one morning, three days from today. */
export function closedNow(now: Date): Hours {
  const day = isoWeekday(addDays(londonDate(now), 3));
  return { kind: 'weekly', weekly: [{ day, start: '09:00', end: '12:00' }], exceptions: [] };
}

/** Links the phone with `code` through the pairing screen, the way a person would. */
export async function pairWithCode(page: Page, code: string): Promise<void> {
  await page.goto('/pair');
  await page.getByLabel('The code from your caseworker').fill(code);
  await page.getByRole('button', { name: 'Link my phone' }).click();
  await expect(page.getByRole('heading', { name: 'Your phone is linked' })).toBeVisible();
}

/** A journal note written the way a person would; returns the entry's address. */
export async function writeNote(page: Page, words: string): Promise<string> {
  await page.goto('/journal/entry/new');
  await page.getByLabel('Write in my journal').fill(words);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: /Saved/ })).toBeVisible();
  await page.goto('/journal');
  await page.getByRole('link', { name: new RegExp(words.slice(0, 20)) }).click();
  await expect(page.getByRole('heading', { name: 'My note' })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** A full-page screenshot for people to look at: test-results/screens/connect-<name>.png. */
export async function shoot(page: Page, name: string): Promise<void> {
  // From the top: the sticky emergency bar would otherwise sit over the middle of the picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/connect-${name}.png`, fullPage: true });
}

/** Every interactive thing on screen is at least 44 by 44 CSS pixels (inline text links aside). */
export async function expectBigTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('main button, main a.btn, main input, main textarea'),
    )
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ el }) => el.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
}
