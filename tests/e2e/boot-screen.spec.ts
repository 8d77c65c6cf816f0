import { expect, test, type Page } from '@playwright/test';
import { NATIONAL_CONTACTS } from '#shared/guide';
import { smsHref, telHref } from '#shared/guide-links';
import { SMALL_PHONE } from './support/app';

// The boot HTML is the first paint: Help now with every national number, before any script.
test.use({ viewport: SMALL_PHONE, serviceWorkers: 'block' });

function heardProblems(page: Page): string[] {
  const heard: string[] = [];
  page.on('console', (m) => {
    // The blocked scripts themselves are reported; anything else (a refused style) is a fault.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
      heard.push(m.text());
    }
  });
  return heard;
}

for (const path of ['/', '/help']) {
  test(`${path} with every script blocked still shows Help now with working numbers`, async ({
    page,
  }) => {
    const heard = heardProblems(page);
    let blocked = 0;
    await page.route('**/*.js', (route) => {
      blocked += 1;
      return route.abort('blockedbyclient');
    });
    await page.goto(path);
    expect(blocked).toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1, name: 'Help now' })).toBeVisible();

    // Each national number, as the app's guide data has it: the same name, words and link.
    expect(NATIONAL_CONTACTS.map((c) => c.kind)).toEqual([
      'emergency',
      'nhs111',
      'samaritans',
      'shout',
    ]);
    for (const contact of NATIONAL_CONTACTS) {
      const card = page.locator(`li[data-kind="${contact.kind}"]`);
      await expect(card.getByRole('heading', { name: contact.name })).toBeVisible();
      await expect(card.getByText(contact.whenToUse)).toBeVisible();
      if (contact.call) {
        await expect(card.getByRole('link', { name: `Call ${contact.call}` })).toHaveAttribute(
          'href',
          telHref(contact.call),
        );
      }
      if (contact.text) {
        const { number, body } = contact.text;
        await expect(card.getByRole('link', { name: `Text ${body} to ${number}` })).toHaveAttribute(
          'href',
          smsHref(number, body),
        );
      }
    }
    // The numbers a person would dial, spelled out once so a change in the data is seen here.
    const hrefs = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['tel:999', 'tel:111', 'tel:116123', 'sms:85258?&body=SHOUT']);
    // The bar's 999 is there too, and is a real link a tap can follow.
    const bar = page.getByRole('navigation', { name: 'Emergency help' });
    await expect(bar.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    // The pictures are inline (no request) and drawn at the app's size.
    const picture = page.locator('li[data-kind="samaritans"] svg.boot-picture');
    await expect(picture).toBeVisible();
    expect((await picture.boundingBox())?.width).toBe(56);
    // Styled by the inline CSS, which the page's policy lets through by its hash.
    await expect(page.getByRole('link', { name: 'Call 111' })).toHaveCSS(
      'background-color',
      'rgb(0, 127, 59)',
    );
    expect(heard).toEqual([]);
  });
}

const SCREENS = [
  ['/help', 'main li[data-kind="shout"]'],
  // Home waits behind the lock gate for the lock's code: the gate holds the room meanwhile.
  ['/', 'text=What would you like to do?'],
] as const;

for (const [path, shown] of SCREENS) {
  test(`${path}: the app takes over from the boot screen without moving anything (CLS 0)`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      type Shift = PerformanceEntry & {
        value: number;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      const w = window as unknown as { shifts: string[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[]) {
          // What moved, and from where to where, so a failure says which element to fix.
          const what = entry.sources.map((s) => {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            const r = (b: DOMRectReadOnly) => `${b.x},${b.y} ${b.width}x${b.height}`;
            return `${el?.outerHTML.slice(0, 80) ?? '?'} ${r(s.previousRect)} -> ${r(s.currentRect)}`;
          });
          w.shifts.push(`${entry.value.toFixed(4)}: ${what.join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    // The app's own Help now, with its Hide button (the boot screen has none).
    await expect(page.getByRole('button', { name: 'Hide' })).toBeVisible();
    await expect(page.locator('.boot')).toHaveCount(0);
    await expect(page.locator(shown)).toBeVisible();
    await page.waitForLoadState('networkidle');
    const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
    expect(shifts).toEqual([]);
  });
}
