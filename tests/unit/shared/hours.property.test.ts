import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen, nextClosing, nextOpening } from '#shared/hours';
import type { Hours } from '#shared/schemas/hours';

const pad = (n: number) => String(n).padStart(2, '0');

// Times on a 15-minute grid, plus the awkward ones around midnight and the clock changes.
const time = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
    .map(([h, m]) => `${pad(h)}:${pad(m)}`),
  fc.constantFrom('00:00', '00:59', '01:00', '01:30', '01:59', '02:00', '23:59'),
);

const window = fc.record({ start: time, end: time });

// Dates around both 2026 clock changes and some ordinary ones.
const date = fc
  .oneof(
    fc.integer({ min: 20, max: 31 }).map((d) => `2026-03-${pad(d)}`),
    fc.integer({ min: 18, max: 31 }).map((d) => `2026-10-${pad(d)}`),
    fc.integer({ min: 1, max: 28 }).map((d) => `2026-12-${pad(d)}`),
  )
  .filter((d) => !Number.isNaN(Date.parse(d)));

const hours: fc.Arbitrary<Hours> = fc.record({
  kind: fc.constant('weekly' as const),
  weekly: fc.array(fc.record({ day: fc.integer({ min: 1, max: 7 }), start: time, end: time }), {
    maxLength: 6,
  }),
  exceptions: fc.uniqueArray(fc.record({ date, windows: fc.array(window, { maxLength: 2 }) }), {
    maxLength: 4,
    selector: (e) => e.date,
  }),
});

// Instants from a week before the spring change to the end of 2026, to the minute.
const instant = fc
  .integer({
    min: Date.parse('2026-03-22T00:00:00Z') / 60_000,
    max: Date.parse('2026-12-31T00:00:00Z') / 60_000,
  })
  .map((m) => new Date(m * 60_000));

describe('hours, for any agreed hours and any moment', () => {
  it('the next opening is never before now, and it is open then', () => {
    fc.assert(
      fc.property(hours, instant, (h, t) => {
        const opens = nextOpening(h, t);
        if (opens === null) return;
        expect(opens.getTime()).toBeGreaterThanOrEqual(t.getTime());
        expect(isOpen(h, opens)).toBe(true);
        expect(opens.getTime() === t.getTime()).toBe(isOpen(h, t));
      }),
      { numRuns: 300 },
    );
  });

  it('the next closing comes after now, and it is closed then', () => {
    fc.assert(
      fc.property(hours, instant, (h, t) => {
        const closes = nextClosing(h, t);
        if (closes === null) return;
        expect(closes.getTime()).toBeGreaterThan(t.getTime());
        expect(isOpen(h, closes)).toBe(false);
        expect(isOpen(h, new Date(closes.getTime() - 1))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
