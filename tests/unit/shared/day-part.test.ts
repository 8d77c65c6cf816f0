import { describe, expect, test } from 'vitest';
import { dayPartAt } from '#shared/day-part';

const at = (iso: string) => new Date(iso);

describe('dayPartAt (Europe/London)', () => {
  test('11:59 in winter is morning and 12:00 is afternoon', () => {
    expect(dayPartAt(at('2026-01-14T11:59:59Z'))).toBe('morning');
    expect(dayPartAt(at('2026-01-14T12:00:00Z'))).toBe('afternoon');
  });

  test('5:59pm is afternoon and 6pm is evening, in winter', () => {
    expect(dayPartAt(at('2026-01-14T17:59:00Z'))).toBe('afternoon');
    expect(dayPartAt(at('2026-01-14T18:00:00Z'))).toBe('evening');
  });

  test('in summer the boundaries follow the London clock, one hour before UTC', () => {
    // 11:30 UTC is 12:30 BST: afternoon, though UTC still says morning.
    expect(dayPartAt(at('2026-07-01T11:30:00Z'))).toBe('afternoon');
    expect(dayPartAt(at('2026-07-01T10:59:00Z'))).toBe('morning');
    // 17:00 UTC is 6pm BST.
    expect(dayPartAt(at('2026-07-01T17:00:00Z'))).toBe('evening');
    expect(dayPartAt(at('2026-07-01T16:59:00Z'))).toBe('afternoon');
  });

  test('midnight starts the morning; 11:59pm is still evening', () => {
    expect(dayPartAt(at('2026-01-14T23:59:00Z'))).toBe('evening');
    expect(dayPartAt(at('2026-01-15T00:00:00Z'))).toBe('morning');
    // BST: 23:30 UTC is 00:30 the next London day.
    expect(dayPartAt(at('2026-07-01T23:30:00Z'))).toBe('morning');
    expect(dayPartAt(at('2026-07-01T22:59:00Z'))).toBe('evening');
  });

  test('on the spring clock change (29 March 2026) 12pm and 6pm are BST', () => {
    // Clocks go forward at 01:00 UTC; by noon London is UTC+1.
    expect(dayPartAt(at('2026-03-29T00:59:00Z'))).toBe('morning'); // 00:59 GMT
    expect(dayPartAt(at('2026-03-29T01:00:00Z'))).toBe('morning'); // 02:00 BST
    expect(dayPartAt(at('2026-03-29T10:59:00Z'))).toBe('morning'); // 11:59 BST
    expect(dayPartAt(at('2026-03-29T11:00:00Z'))).toBe('afternoon'); // 12:00 BST
    expect(dayPartAt(at('2026-03-29T16:59:00Z'))).toBe('afternoon'); // 5:59pm BST
    expect(dayPartAt(at('2026-03-29T17:00:00Z'))).toBe('evening'); // 6pm BST
  });

  test('on the autumn clock change (25 October 2026) 12pm and 6pm are GMT again', () => {
    // 01:30 happens twice (BST then GMT): morning both times.
    expect(dayPartAt(at('2026-10-25T00:30:00Z'))).toBe('morning');
    expect(dayPartAt(at('2026-10-25T01:30:00Z'))).toBe('morning');
    expect(dayPartAt(at('2026-10-25T11:59:00Z'))).toBe('morning');
    expect(dayPartAt(at('2026-10-25T12:00:00Z'))).toBe('afternoon');
    expect(dayPartAt(at('2026-10-25T17:59:00Z'))).toBe('afternoon');
    expect(dayPartAt(at('2026-10-25T18:00:00Z'))).toBe('evening');
  });

  test('the evening before a clock change runs to London midnight', () => {
    // 28 March 2026, GMT: 23:59 UTC is 11:59pm.
    expect(dayPartAt(at('2026-03-28T23:59:00Z'))).toBe('evening');
    // 24 October 2026, BST: 23:00 UTC is midnight on the 25th.
    expect(dayPartAt(at('2026-10-24T22:59:00Z'))).toBe('evening');
    expect(dayPartAt(at('2026-10-24T23:00:00Z'))).toBe('morning');
  });
});
