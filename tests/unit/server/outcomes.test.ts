import { describe, expect, test } from 'vitest';
import { OutcomeFigures, OUTCOME_CSV_COLUMNS } from '#shared/schemas/outcomes';
import { weekOf } from '#shared/weeks';
import { outcomesCsvLines } from '../../../src/server/outcomes/csv';
import { computeOutcomes } from '../../../src/server/outcomes/figures';
import { monthOf, periodsAt, quarterOf } from '../../../src/server/outcomes/periods';
import { contactWeekRows } from '../../../src/server/outcomes/raw-rows';
import {
  CASEWORKER_NAMES,
  EXPECTED_A,
  EXPECTED_B,
  EXPECTED_C,
  EXPECTED_SERVICE,
  GOALS,
  NOW,
  P1,
  PEOPLE,
  seedRows,
} from './outcomes.data';

const IDS = { a: 'cw-a', b: 'cw-b', c: 'cw-c' };
const CASEWORKERS = (['a', 'b', 'c'] as const).map((k) => ({
  id: IDS[k],
  name: CASEWORKER_NAMES[k],
}));

describe('outcome figures on the hand-checked data set', () => {
  const outcomes = computeOutcomes(seedRows(IDS), CASEWORKERS, NOW);

  test('the whole service', () => {
    expect(outcomes.service).toEqual(EXPECTED_SERVICE);
    expect(OutcomeFigures.parse(outcomes.service)).toEqual(EXPECTED_SERVICE);
  });

  test('each caseworker: the people assigned to them now', () => {
    expect(outcomes.caseworkers.map((c) => c.id)).toEqual(['cw-a', 'cw-b', 'cw-c']);
    expect(outcomes.caseworkers[0]?.figures).toEqual(EXPECTED_A);
    expect(outcomes.caseworkers[1]?.figures).toEqual(EXPECTED_B);
    expect(outcomes.caseworkers[2]?.figures).toEqual(EXPECTED_C);
  });

  test('a person moved to another caseworker takes their figures along', () => {
    const rows = seedRows({ ...IDS, a: 'cw-b' });
    const moved = computeOutcomes(rows, CASEWORKERS, NOW);
    expect(moved.caseworkers[0]?.figures.supportedNow).toBe(0);
    // B now has P1, P2 (A's) and P4, P5: 4 supported now.
    expect(moved.caseworkers[1]?.figures.supportedNow).toBe(4);
    expect(moved.service).toEqual(EXPECTED_SERVICE);
  });
});

describe('periods in London time', () => {
  test('the clock-change week is one week of 169 hours, keyed by its Monday', () => {
    const rows = contactWeekRows(
      [
        { personId: P1, at: new Date('2026-10-18T22:59:00Z') }, // Sun 23:59 BST: week of 12th
        { personId: P1, at: new Date('2026-10-18T23:00:00Z') }, // Mon 00:00 BST: week of 19th
        { personId: P1, at: new Date('2026-10-25T23:59:00Z') }, // Sun 23:59 GMT: week of 19th
        { personId: P1, at: new Date('2026-10-26T00:00:00Z') }, // Mon 00:00 GMT: week of 26th
      ],
      NOW,
    );
    expect(rows).toEqual([
      { personId: P1, week: '2026-10-12', contacts: 1 },
      { personId: P1, week: '2026-10-19', contacts: 2 },
      { personId: P1, week: '2026-10-26', contacts: 1 },
    ]);
    const week = weekOf(new Date('2026-10-20T12:00:00Z'));
    expect((week.end.getTime() - week.start.getTime()) / 3_600_000).toBe(169);
  });

  test('quarters and months turn at London midnight', () => {
    expect(quarterOf(new Date('2026-09-30T22:59:00Z'))).toBe('2026-Q3');
    expect(quarterOf(new Date('2026-09-30T23:00:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-12-31T23:59:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2027-01-01T00:00:00Z'))).toBe('2027-Q1');
    expect(monthOf(new Date('2026-03-31T22:59:00Z'))).toBe('2026-03');
    expect(monthOf(new Date('2026-03-31T23:00:00Z'))).toBe('2026-04');
  });

  test('the periods before now', () => {
    const p = periodsAt(NOW);
    expect(p.weeks[0]).toBe('2026-09-07');
    expect(p.weeks.at(-1)).toBe('2026-11-23');
    expect(p.weeksStart.toISOString()).toBe('2026-09-06T23:00:00.000Z');
    expect(p.weeksEnd.toISOString()).toBe('2026-11-30T00:00:00.000Z');
    expect(p.months).toHaveLength(12);
    expect(p.monthsStart.toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(p.monthsEnd.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(p.quarters).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(p.quartersStart.toISOString()).toBe('2025-01-01T00:00:00.000Z');
    // In January the 12 months reach back into the year before last's December.
    const january = periodsAt(new Date('2027-01-15T12:00:00Z'));
    expect(january.months[0]).toBe('2026-02');
    expect(january.quarters[0]).toBe('2025-Q2');
  });
});

describe('the anonymised CSV', () => {
  const outcomes = computeOutcomes(seedRows(IDS), CASEWORKERS, NOW);
  const lines = outcomesCsvLines('svc-1', outcomes, NOW);
  const text = lines.join('\n');

  test('one figure per row, in the documented columns', () => {
    for (const line of lines) expect(line.split(',')).toHaveLength(OUTCOME_CSV_COLUMNS.length);
    expect(lines).toContain('svc-1,service,,day,2026-11-23,supported_now,4');
    expect(lines).toContain('svc-1,service,,quarter,2026-Q4,new_people,1');
    expect(lines).toContain('svc-1,service,,week,2026-10-19,contacts,3');
    expect(lines).toContain('svc-1,caseworker,C1,week,2026-11-23,people_at_or_under_target,1');
    expect(lines).toContain('svc-1,caseworker,C2,day,2026-11-23,goals_progressing_share,1');
    expect(lines).toContain('svc-1,caseworker,C3,day,2026-11-23,goals_progressing_share,');
    expect(lines).toContain('svc-1,service,,day,2026-11-23,wellbeing_first_happy_mean,3.3');
    expect(lines).toContain('svc-1,service,,month,2026-10,urgent_called_111,2');
    expect(lines).toContain('svc-1,service,,day,2026-11-23,community_last_4_weeks_share,0.375');
    expect(lines).toContain('svc-1,caseworker,C1,day,2026-11-23,community_share_change,0.083');
    expect(lines).toContain('svc-1,caseworker,C2,day,2026-11-23,community_share_change,');
    expect(lines).toContain('svc-1,service,,week,2026-11-16,support_used,3');
    // Per group: 23 "day" rows + 8 quarters + 12 weeks × 6 + 12 months × 4 + hospital use's
    // 4 kinds × 4 horizons × 6 = 247.
    expect(lines).toHaveLength(4 * 247);
  });

  test('no names and no free text', () => {
    for (const name of [...Object.values(CASEWORKER_NAMES), ...PEOPLE.map((p) => p.name)]) {
      expect(text).not.toContain(name);
      expect(text).not.toContain(name.split(' ')[0]);
    }
    for (const goal of GOALS) {
      expect(text).not.toContain(goal.title);
      expect(text).not.toContain(goal.reward);
    }
    expect(text).not.toContain('cw-a');
  });
});
