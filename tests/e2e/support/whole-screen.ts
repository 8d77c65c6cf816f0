import type { Page } from '@playwright/test';

/**
 * A screenshot of the whole page for people to look at: test-results/screens/<name>.png. Not
 * Playwright's fullPage, which puts the browser's own text size back to 16 px while it shoots.
 */
export async function saveWholeScreen(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  if (!size) throw new Error('No viewport');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
  await page.screenshot({ path: `test-results/screens/${name}.png` });
  await page.setViewportSize(size);
}
