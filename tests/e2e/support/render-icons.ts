/**
 * Renders the app's SVG icons to the PNGs the manifest needs, with the same headless Chromium
 * the e2e tests use. Run after changing an SVG in public/icons, then commit the PNGs:
 *   npx tsx tests/e2e/support/render-icons.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const icons = resolve(import.meta.dirname, '../../../public/icons');

const JOBS: ReadonlyArray<readonly [svg: string, png: string, size: number, transparent: boolean]> =
  [
    ['icon.svg', 'icon-192.png', 192, true],
    ['icon.svg', 'icon-512.png', 512, true],
    ['maskable.svg', 'maskable-192.png', 192, false],
    ['maskable.svg', 'maskable-512.png', 512, false],
    ['maskable.svg', 'apple-touch-icon.png', 180, false],
    ['shortcut-help.svg', 'shortcut-help-96.png', 96, false],
    ['shortcut-journal.svg', 'shortcut-journal-96.png', 96, false],
  ];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const [svg, png, size, transparent] of JOBS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = readFileSync(resolve(icons, svg)).toString('base64');
    await page.setContent(
      `<body style="margin:0;background:transparent"><img width="${size}" height="${size}" style="display:block" src="data:image/svg+xml;base64,${data}"></body>`,
    );
    await page.screenshot({ path: resolve(icons, png), omitBackground: transparent });
    await page.close();
  }
} finally {
  await browser.close();
}
