import { describe, expect, test } from 'vitest';
import type { WeekItem } from '#shared/schemas/notes';
import { groupWeek, placeItem, weekSpan } from '#shared/week-days';

const contact = (at: string): WeekItem => ({
  kind: 'contact',
  contact: { id: crypto.randomUUID(), at, kind: 'call', source: 'caseworker' },
});
const note = (day: string): WeekItem => ({
  kind: 'note',
  note: {
    personId: crypto.randomUUID(),
    day,
    caseworkerId: crypto.randomUUID(),
    caseworkerName: 'Casey',
    happened: 'Talked.',
    calls: '',
    seemed: '',
    // Written days later: still the day it is about.
    updatedAt: '2026-11-02T09:00:00Z',
  },
});
const shared = (createdAt: string, sharedAt: string): WeekItem => ({
  kind: 'shared-entry',
  entry: {
    id: crypto.randomUUID(),
    personId: crypto.randomUUID(),
    entry: {
      id: crypto.randomUUID(),
      kind: 'everyday',
      everyday: 'A day.',
      createdAt,
      updatedAt: createdAt,
    },
    sharedAt,
    readAt: null,
  },
});

describe('the week side by side', () => {
  test('a London week is 169 hours when the clocks go back', () => {
    const { start, end } = weekSpan('2026-10-19');
    expect(start.toISOString()).toBe('2026-10-18T23:00:00.000Z');
    expect(end.toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  test('an item goes on its London day, not its UTC day, either side of the clock change', () => {
    expect(placeItem(contact('2026-10-18T23:30:00Z')).day).toBe('2026-10-19');
    expect(placeItem(contact('2026-10-25T23:30:00Z')).day).toBe('2026-10-25');
    expect(placeItem(contact('2026-03-29T00:30:00Z')).day).toBe('2026-03-29');
    expect(placeItem(contact('2026-03-29T23:30:00Z')).day).toBe('2026-03-30');
  });

  test('a shared entry goes on the day it was written, not the day it was shared', () => {
    expect(placeItem(shared('2026-10-20T20:00:00Z', '2026-10-23T09:00:00Z')).day).toBe(
      '2026-10-20',
    );
  });

  test('seven days Monday first, each in time order with notes last, and nothing from other weeks', () => {
    const late = contact('2026-10-21T18:00:00Z');
    const early = contact('2026-10-21T08:00:00Z');
    const wednesday = note('2026-10-21');
    const nextMonday = contact('2026-10-26T00:30:00Z');
    const days = groupWeek('2026-10-19', [wednesday, late, nextMonday, early]);
    expect(days.map((d) => d.day)).toEqual([
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
    expect(days[2]?.items).toEqual([early, late, wednesday]);
    expect(days.flatMap((d) => d.items)).not.toContain(nextMonday);
  });
});
