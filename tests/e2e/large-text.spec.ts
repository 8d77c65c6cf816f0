import { expect, test, type Page } from '@playwright/test';
import { emergencyLink, scrollsSideways } from './support/app';
import { PROFILE_WITH_GP, storeProfile } from './support/profile';
import { saveWholeScreen } from './support/whole-screen';

/**
 * Help now and every screen at big text, measured (WCAG 1.4.4, 1.4.10): the app's own "Larger"
 * setting, the browser's text at 200% (its default font size doubled, as the phone's own
 * setting does), and a 320 px wide screen, alone and with "Larger". A card's words must use the
 * card's width and never break inside a word; the Help now / Call 999 bar stays one line.
 */

type Mode = {
  name: string;
  viewport: { width: number; height: number };
  larger: boolean;
  browserText200: boolean;
};

const MODES: readonly Mode[] = [
  { name: 'larger', viewport: { width: 360, height: 740 }, larger: true, browserText200: false },
  {
    name: 'browser-200',
    viewport: { width: 360, height: 740 },
    larger: false,
    browserText200: true,
  },
  { name: '320px', viewport: { width: 320, height: 640 }, larger: false, browserText200: false },
  {
    name: '320px-larger',
    viewport: { width: 320, height: 640 },
    larger: true,
    browserText200: false,
  },
];

/** Every screen of the app, as a person could open it (with a synced profile on the phone). */
const SCREENS = [
  ['help', '/help'],
  ['home', '/'],
  ['journal', '/journal'],
  ['feeling', '/journal/feeling'],
  ['entry', '/journal/entry/new'],
  ['plan', '/plan'],
  ['settings', '/settings'],
  ['install', '/install'],
  ['export', '/export'],
  ['hidden', '/hidden'],
  ['pair', '/pair'],
  ['messages', '/messages'],
  ['goals', '/goals'],
  ['contacts', '/contacts'],
  ['check-in', '/check-in'],
  ['not-found', '/no-such-page'],
] as const;

// Monday midday in November (GMT): the GP and the caseworker are open, so every card has a button.
const MONDAY_1200 = new Date('2026-11-23T12:00:00Z');

test.use({ deviceScaleFactor: 1 });
test.describe.configure({ timeout: 120_000 });

/**
 * The browser's own text size (Chrome's "Font size": 16 px to 32 px), set once the page is on
 * our origin: moving from about:blank to the server starts a new renderer, which would lose it.
 */
async function setBrowserText(page: Page, mode: Mode): Promise<void> {
  if (!mode.browserText200) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** The root font size this mode should give, checked on every screen so the setup is real. */
async function expectTextSize(page: Page, mode: Mode, where: string): Promise<void> {
  const expected = mode.larger || mode.browserText200 ? '32px' : '16px';
  const actual = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(actual, `${where}: the root text size`).toBe(expected);
}

async function setUp(page: Page, mode: Mode): Promise<void> {
  await page.setViewportSize(mode.viewport);
  await page.clock.install({ time: MONDAY_1200 });
  await page.goto('/');
  await setBrowserText(page, mode);
  await storeProfile(page, PROFILE_WITH_GP);
  if (mode.larger) {
    await page.goto('/settings');
    await page.getByLabel('Larger').check();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  }
}

/**
 * Words the browser split over two lines (a word is what lies between spaces and hyphens), in
 * the visible text under `selector`. A word on two lines has client rects on two lines.
 */
function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) => {
    const broken: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        // Text clipped to nothing for screen readers only (the skip link, hidden labels).
        if (!parent || parent.getBoundingClientRect().width < 2) continue;
        if (getComputedStyle(parent).visibility === 'hidden') continue;
        for (const match of (node.textContent ?? '').matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            Array.from(range.getClientRects())
              .filter((r) => r.width > 0)
              .map((r) => Math.round(r.top)),
          );
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

/** The Help now / Call 999 bar: one line, at most a fifth of the screen, 999 in view. */
async function expectEmergencyBarOnOneLine(page: Page, where: string): Promise<void> {
  const bar = page.getByRole('navigation', { name: 'Emergency help' });
  await expect(bar).toBeVisible();
  const measured = await bar.evaluate((nav) => {
    const links = Array.from(nav.querySelectorAll('a'));
    // How many lines of words each button has: the distinct tops of its text's line boxes.
    const lineCounts = links.map((link) => {
      const tops = new Set<number>();
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects()))
          if (r.width > 0) tops.add(Math.round(r.top));
      }
      return tops.size;
    });
    return {
      height: nav.getBoundingClientRect().height,
      screen: window.innerHeight,
      lines: Math.max(...lineCounts),
      buttons: new Set(links.map((a) => Math.round(a.getBoundingClientRect().top))).size,
    };
  });
  expect(measured.buttons, `${where}: the bar's buttons sit side by side`).toBe(1);
  expect(measured.lines, `${where}: the bar's words fit on one line`).toBe(1);
  expect(measured.height, `${where}: the bar's height`).toBeLessThanOrEqual(measured.screen * 0.2);
  expect(await brokenWords(page, 'nav[aria-label="Emergency help"]'), where).toEqual([]);
  await expect(emergencyLink(page)).toBeInViewport();
}

for (const mode of MODES) {
  test(`Help now at ${mode.name}: every card's words use the card's width and no word breaks`, async ({
    page,
  }) => {
    await setUp(page, mode);
    await page.goto('/help');
    await expect(page.locator('main li[data-kind="gp"]')).toBeVisible();
    await expectTextSize(page, mode, '/help');
    const cards = page.locator('main li[data-kind]');
    expect(await cards.count()).toBe(6);
    const narrow = await cards.evaluateAll((items) => {
      const half = document.documentElement.clientWidth / 2;
      return items.flatMap((card) =>
        Array.from(card.querySelectorAll('h2, h3, p'))
          .map((block) => ({ block, width: block.getBoundingClientRect().width }))
          .filter(({ width }) => width < half)
          .map(
            ({ block, width }) =>
              `${card.getAttribute('data-kind')}: "${block.textContent}" ${width}px`,
          ),
      );
    });
    expect(narrow, 'text blocks narrower than half the screen').toEqual([]);
    expect(await brokenWords(page, 'main li[data-kind]'), 'words broken inside').toEqual([]);
    await expectEmergencyBarOnOneLine(page, '/help');
    expect(await scrollsSideways(page), '/help scrolls sideways').toBe(false);
    await saveWholeScreen(page, `large-text-${mode.name}-help`);
  });

  test(`every screen at ${mode.name}: the bar is one line, 999 in view, no word breaks, no sideways scroll`, async ({
    page,
  }) => {
    await setUp(page, mode);
    for (const [name, path] of SCREENS) {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectTextSize(page, mode, path);
      // The neutral screen has no bar on purpose, only a plain "Emergency call" link.
      if (path === '/hidden') await expect(emergencyLink(page)).toBeInViewport();
      else await expectEmergencyBarOnOneLine(page, path);
      expect(await brokenWords(page, 'body'), `${path}: words broken inside`).toEqual([]);
      expect(await scrollsSideways(page), `${path} scrolls sideways`).toBe(false);
      await saveWholeScreen(page, `large-text-${mode.name}-${name}`);
    }
  });
}

// The first paint: the Help now in index.html with its critical CSS, before (or without) any
// script. The app's own text setting needs the script, so only the browser's text size and the
// narrow screen apply here.
for (const mode of MODES.filter((m) => !m.larger)) {
  test(`the first paint's Help now, with no script, at ${mode.name}: 999 in view, nothing squeezed or broken`, async ({
    page,
  }) => {
    await page.setViewportSize(mode.viewport);
    await page.route('**/*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/help');
    await setBrowserText(page, mode);
    const boot = page.locator('#app .boot');
    await expect(boot).toBeVisible();
    await expectTextSize(page, mode, 'the first paint');
    await expect(emergencyLink(page)).toBeInViewport();
    const narrow = await boot.locator('p').evaluateAll((blocks) => {
      const half = document.documentElement.clientWidth / 2;
      return blocks
        .filter((block) => block.getBoundingClientRect().width < half)
        .map((block) => block.textContent);
    });
    expect(narrow, 'text blocks narrower than half the screen').toEqual([]);
    expect(await brokenWords(page, '#app .boot'), 'words broken inside').toEqual([]);
    expect(await scrollsSideways(page), 'the first paint scrolls sideways').toBe(false);
    await saveWholeScreen(page, `large-text-${mode.name}-first-paint`);
  });
}
