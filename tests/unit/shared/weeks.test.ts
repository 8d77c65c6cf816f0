import { describe, expect, it } from 'vitest';
import { weekOf } from '#shared/weeks';

const at = (iso: string) => new Date(iso);
const hours = (week: { start: Date; end: Date }) =>
  (week.end.getTime() - week.start.getTime()) / 3_600_000;

describe('weekOf', () => {
  it('runs from Monday 00:00 to the next Monday 00:00 in London', () => {
    const week = weekOf(at('2026-11-04T12:00:00Z'));
    expect(week.key).toBe('2026-11-02');
    expect(week.start).toEqual(at('2026-11-02T00:00:00Z'));
    expect(week.end).toEqual(at('2026-11-09T00:00:00Z'));
    expect(hours(week)).toBe(168);
  });

  it('is 167 hours long in the week the clocks go forward', () => {
    const week = weekOf(at('2026-03-29T12:00:00Z'));
    expect(week.key).toBe('2026-03-23');
    expect(week.start).toEqual(at('2026-03-23T00:00:00Z'));
    expect(week.end).toEqual(at('2026-03-29T23:00:00Z'));
    expect(hours(week)).toBe(167);
  });

  it('is 169 hours long in the week the clocks go back', () => {
    const week = weekOf(at('2026-10-21T12:00:00Z'));
    expect(week.key).toBe('2026-10-19');
    expect(week.start).toEqual(at('2026-10-18T23:00:00Z'));
    expect(week.end).toEqual(at('2026-10-26T00:00:00Z'));
    expect(hours(week)).toBe(169);
  });

  it('puts late Sunday in its own week and Monday 00:00 BST (Sunday 23:00 UTC) in the next', () => {
    expect(weekOf(at('2026-06-07T22:59:59Z')).key).toBe('2026-06-01');
    expect(weekOf(at('2026-06-07T23:00:00Z')).key).toBe('2026-06-08');
  });

  it('weeks follow each other with no gap or overlap across a year', () => {
    let week = weekOf(at('2026-01-01T12:00:00Z'));
    for (let i = 0; i < 53; i++) {
      const next = weekOf(week.end);
      expect(next.start).toEqual(week.end);
      expect(weekOf(new Date(week.end.getTime() - 1)).key).toBe(week.key);
      week = next;
    }
  });
});
