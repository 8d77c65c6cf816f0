import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The app's and src/ui's styles use logical properties (margin-inline-start, not margin-left), so
 * a right-to-left language mirrors the layout by `dir="rtl"` alone. This keeps a physical side
 * from creeping back in. A rule that really means a side of the screen whatever the language
 * can say so with a `physical:` comment on its line.
 */
const ROOT = join(import.meta.dirname, '../../../..');
const PHYSICAL = [
  /\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/,
  /^\s*(left|right)\s*:/,
  /\b(text-align|float|clear)\s*:\s*(left|right)\b/,
  /\bborder-(top|bottom)-(left|right)-radius\b/,
];

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

/** Four-value margin, padding or border-width whose left and right differ. */
function lopsided(line: string): boolean {
  const m = /^\s*(margin|padding|border-width)\s*:\s*([^;]+);/.exec(line);
  if (!m || m[2]!.includes('(')) return false;
  const values = m[2]!.trim().split(/\s+/);
  return values.length === 4 && values[1] !== values[3];
}

describe('styles ready for right-to-left languages', () => {
  it('the app and src/ui name no physical left or right side', () => {
    const found: string[] = [];
    for (const file of [...cssFiles(join(ROOT, 'src/app')), ...cssFiles(join(ROOT, 'src/ui'))]) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.includes('physical:')) return;
          if (PHYSICAL.some((rule) => rule.test(line)) || lopsided(line)) {
            found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`);
          }
        });
    }
    expect(found).toEqual([]);
  });
});
