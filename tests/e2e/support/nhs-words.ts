/**
 * Times and dates in the NHS content style, as the app and console must write them: "5pm",
 * "5:23am", "Wednesday 2 December". `offStyle` lists whatever on a screen is not.
 */

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)';
const WEEKDAYS = new Set(
  ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].flatMap((d) => [
    d,
    d.slice(0, 3),
  ]),
);

/** Everything on a screen that is not an NHS-style time or date, with a little context. */
export function offStyle(text: string): string[] {
  const found: string[] = [];
  const near = (index: number) =>
    text
      .slice(Math.max(0, index - 30), index + 30)
      .replace(/\s+/g, ' ')
      .trim();
  for (const m of text.matchAll(/\b\d{1,2}:\d{2}\b(?!\s?(?:am|pm))/g)) {
    found.push(`24-hour time "${m[0]}" in "${near(m.index)}"`);
  }
  for (const m of text.matchAll(/\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b/g)) {
    found.push(`number date "${m[0]}" in "${near(m.index)}"`);
  }
  for (const m of text.matchAll(new RegExp(`(\\S+)?\\s*\\b(\\d{1,2}) ${MONTH}\\b`, 'g'))) {
    const before = (m[1] ?? '').replace(/[^A-Za-z]/g, '');
    if (!WEEKDAYS.has(before)) found.push(`date without its day "${m[0]}" in "${near(m.index)}"`);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH} \\d{1,2}\\b`, 'g'))) {
    found.push(`month before day "${m[0]}" in "${near(m.index)}"`);
  }
  return found.map((f) => f.replace(/\s+/g, ' '));
}
