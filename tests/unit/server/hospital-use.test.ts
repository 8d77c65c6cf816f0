import { describe, expect, test } from 'vitest';
import { OutcomeFigures } from '#shared/schemas/outcomes';
import type { HospitalHorizon } from '#shared/schemas/hospital-use';
import { outcomesCsvLines } from '../../../src/server/outcomes/csv';
import { computeOutcomes, type OutcomeRows } from '../../../src/server/outcomes/figures';
import type { HospitalRow } from '../../../src/server/outcomes/hospital';
import { monthsBetween } from '#shared/hospital-import';
import { checkImport } from '../../../src/server/outcomes/hospital-import';
import { excelCell, peopleCsv } from '../../../src/server/outcomes/people-csv';

/*
 * A data set small enough to work out by hand. Now is 20 November 2026, so November 2026 is
 * not over and a horizon counts only once its last month is October 2026 or earlier.
 *
 *   A  referred 15 Oct 2025 (R = 2025-10), caseworker 1.
 *      A&E: 2 in each of the 12 months before (2024-10..2025-09): 24. In the referral month
 *      9 (in neither window). After (2025-11..2026-10): 1 1 0 | 0 1 0 | 0 0 0 | 0 0 1, so
 *      3 months: 2, 6: 3, 9: 3, 12: 4.  999 calls: 1 a month before (12), 0 every month after.
 *      Conveyances and admissions never given: A is not counted for them.
 *   B  referred 10 May 2026 (R = 2026-05), caseworker 1.
 *      A&E: 1 a month before (2025-05..2026-04): 12. After 2026-06..2026-08: 0 0 0 (3 months: 0);
 *      also 2 in 2026-09 and 0 in 2026-10, but month R + 6 = 2026-11 is not over, so 6, 9 and
 *      12 months do not count B yet.
 *   C  referred 1 Oct 2025 09:00 (R = 2025-10), caseworker 2. A&E known for 2024-11..2026-10
 *      but not 2024-10: one month of the before window is unknown, so C is never counted.
 *   D  created 30 Sep 2025 23:30 UTC, which is 1 Oct 00:30 in London (BST): R = 2025-10, not
 *      2025-09. Caseworker 2. A&E: 0 a month before (0), 1 a month after (3: 3, 6: 6, 9: 9,
 *      12: 12). Worked in UTC, R would be 2025-09 and its before window would need 2024-09,
 *      which is unknown, so D would drop out: the London month matters.
 */

const NOW = new Date('2026-11-20T12:00:00Z');
const [A, B, C, D] = ['p-a', 'p-b', 'p-c', 'p-d'];
const CW = [
  { id: 'cw-1', name: 'One' },
  { id: 'cw-2', name: 'Two' },
];

function months(
  personId: string,
  from: string,
  values: number[],
  kind: 'ae' | 'calls999',
): HospitalRow[] {
  const keys = monthsBetween(from, '2099-12').slice(0, values.length);
  return keys.map((month, i) => ({
    personId,
    month,
    ae: null,
    calls999: null,
    conveyances: null,
    admissions: null,
    [kind]: values[i]!,
  }));
}

/** Rows with one kind each, merged per person and month (as the table keeps them). */
function merge(rows: HospitalRow[]): HospitalRow[] {
  const byKey = new Map<string, HospitalRow>();
  for (const r of rows) {
    const key = `${r.personId} ${r.month}`;
    const had = byKey.get(key);
    byKey.set(
      key,
      had ? { ...had, ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)) } : r,
    );
  }
  return [...byKey.values()];
}

const twelve = (n: number) => Array.from({ length: 12 }, () => n);

export const HOSPITAL_ROWS: HospitalRow[] = merge([
  ...months(A, '2024-10', [...twelve(2), 9, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1], 'ae'),
  ...months(A, '2024-10', [...twelve(1), 0, ...twelve(0)], 'calls999'),
  ...months(B, '2025-05', [...twelve(1), 5, 0, 0, 0, 2, 0], 'ae'),
  ...months(C, '2024-11', [...Array.from({ length: 24 }, () => 3)], 'ae'),
  ...months(D, '2024-10', [...twelve(0), 4, ...twelve(1)], 'ae'),
]);

function rows(): OutcomeRows {
  const person = (id: string, caseworkerId: string, createdAt: string) => ({
    id,
    caseworkerId,
    status: 'active' as const,
    createdAt: new Date(createdAt),
    steppedBackAt: null,
  });
  return {
    people: [
      person(A, 'cw-1', '2025-10-15T10:00:00Z'),
      person(B, 'cw-1', '2026-05-10T10:00:00Z'),
      person(C, 'cw-2', '2025-10-01T09:00:00Z'),
      person(D, 'cw-2', '2025-09-30T23:30:00Z'),
    ],
    withGoal: [],
    progressing: [],
    contactWeeks: [],
    supportWeeks: [],
    targets: [],
    checkIns: [],
    urgentCare: [],
    hospital: HOSPITAL_ROWS,
  };
}

const h = (
  months: number,
  people: number,
  before: number,
  after: number,
  beforePerPersonMonth: number | null,
  afterPerPersonMonth: number | null,
  reduction: number | null,
): HospitalHorizon => ({
  months,
  people,
  before,
  after,
  beforePerPersonMonth,
  afterPerPersonMonth,
  reduction,
});
const nobody = (months: number) => h(months, 0, 0, 0, null, null, null);

describe('hospital use before and after support, worked by hand', () => {
  const outcomes = computeOutcomes(rows(), CW, NOW);
  const service = outcomes.service.hospital;

  test('A&E for the whole service', () => {
    expect(service.peopleWithData).toBe(4);
    expect(service.kinds.find((k) => k.kind === 'ae')?.horizons).toEqual([
      // A, B, D. Before 24 + 12 + 0 = 36 over 3 × 12 person-months = 1.00; after 2 + 0 + 3 = 5
      // over 3 × 3 = 0.5556 → 0.56; reduction 1 − 0.5556 / 1 = 0.444.
      h(3, 3, 36, 5, 1, 0.56, 0.444),
      // A, D. Before 24 / 24 = 1.00; after 3 + 6 = 9 over 2 × 6 = 0.75; 1 − 0.75 = 0.25.
      h(6, 2, 24, 9, 1, 0.75, 0.25),
      // A, D. After 3 + 9 = 12 over 2 × 9 = 0.6667 → 0.67; 1 − 0.6667 = 0.333.
      h(9, 2, 24, 12, 1, 0.67, 0.333),
      // A, D. After 4 + 12 = 16 over 2 × 12 = 0.6667 → 0.67; 0.333.
      h(12, 2, 24, 16, 1, 0.67, 0.333),
    ]);
  });

  test('999 calls: only A has them; conveyances and admissions: nobody', () => {
    // A alone: 12 over 12 = 1.00 before, 0 after: a reduction of 1 (all of them).
    expect(service.kinds.find((k) => k.kind === 'calls999')?.horizons).toEqual([
      h(3, 1, 12, 0, 1, 0, 1),
      h(6, 1, 12, 0, 1, 0, 1),
      h(9, 1, 12, 0, 1, 0, 1),
      h(12, 1, 12, 0, 1, 0, 1),
    ]);
    for (const kind of ['conveyances', 'admissions'] as const) {
      expect(service.kinds.find((k) => k.kind === kind)?.horizons).toEqual(
        [3, 6, 9, 12].map(nobody),
      );
    }
  });

  test('each caseworker', () => {
    const [one, two] = outcomes.caseworkers.map((c) => c.figures.hospital);
    // Caseworker 1 at 3 months: A and B. Before 36 over 24 = 1.5; after 2 over 6 = 0.333 →
    // 0.33; 1 − 0.3333 / 1.5 = 0.778. Later horizons: A alone, 24 over 12 = 2.00 before.
    expect(one?.kinds[0]?.horizons).toEqual([
      h(3, 2, 36, 2, 1.5, 0.33, 0.778),
      // After 3 over 6 = 0.5; 1 − 0.5 / 2 = 0.75.
      h(6, 1, 24, 3, 2, 0.5, 0.75),
      // 3 over 9 = 0.333 → 0.33; 1 − 0.3333 / 2 = 0.833.
      h(9, 1, 24, 3, 2, 0.33, 0.833),
      // 4 over 12 = 0.333 → 0.33; 0.833.
      h(12, 1, 24, 4, 2, 0.33, 0.833),
    ]);
    // Caseworker 2: D only (C is never counted). No A&E before, so no reduction to give.
    expect(two?.peopleWithData).toBe(2);
    expect(two?.kinds[0]?.horizons).toEqual([
      h(3, 1, 0, 3, 0, 1, null),
      h(6, 1, 0, 6, 0, 1, null),
      h(9, 1, 0, 9, 0, 1, null),
      h(12, 1, 0, 12, 0, 1, null),
    ]);
  });

  test('the figures fit the shared schema', () => {
    expect(() => OutcomeFigures.parse(outcomes.service)).not.toThrow();
  });

  test('the long CSV carries every hospital figure', () => {
    const lines = outcomesCsvLines('svc-1', outcomes, NOW);
    expect(lines).toContain('svc-1,service,,day,2026-11-20,hospital_people_with_data,4');
    expect(lines).toContain('svc-1,service,,months_after,3,hospital_ae_attendances_people,3');
    expect(lines).toContain(
      'svc-1,service,,months_after,3,hospital_ae_attendances_after_per_person_month,0.56',
    );
    expect(lines).toContain(
      'svc-1,service,,months_after,12,hospital_ae_attendances_reduction,0.333',
    );
    expect(lines).toContain(
      'svc-1,caseworker,C2,months_after,3,hospital_ae_attendances_reduction,',
    );
    expect(lines.filter((l) => l.startsWith('svc-1,service,,months_after,'))).toHaveLength(96);
  });

  test('the wide CSV: one row per person, oldest referral first, for Excel', () => {
    const csv = peopleCsv(rows(), CW, NOW);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'person_ref,caseworker_ref,referral_month,supported_now,' +
        ['ae_attendances', 'calls_999', 'ambulance_conveyances', 'admissions']
          .map((k) => `${k}_12m_before,${k}_3m_after,${k}_6m_after,${k}_9m_after,${k}_12m_after`)
          .join(','),
    );
    const blanks = ',,,,';
    // D (30 Sep 23:30 UTC) is oldest, then C, A, B.
    expect(lines[1]).toBe(`P1,C2,2025-10,yes,0,3,6,9,12,${blanks},${blanks},${blanks}`);
    expect(lines[2]).toBe(`P2,C2,2025-10,yes,,,,,,${blanks},${blanks},${blanks}`);
    expect(lines[3]).toBe(`P3,C1,2025-10,yes,24,2,3,3,4,12,0,0,0,0,${blanks},${blanks}`);
    expect(lines[4]).toBe(`P4,C1,2026-05,yes,12,0,,,,${blanks},${blanks},${blanks}`);
    expect(lines).toHaveLength(6);
  });

  test('Excel cells: formulas neutralised, quotes and commas kept in one cell', () => {
    expect(excelCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(excelCell('+1')).toBe("'+1");
    expect(excelCell('-2')).toBe("'-2");
    expect(excelCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(excelCell('\tx')).toBe("'\tx");
    expect(excelCell('a,b')).toBe('"a,b"');
    expect(excelCell(12)).toBe('12');
    expect(excelCell(null)).toBe('');
  });
});

describe('checking an import', () => {
  const refs = new Map([
    ['hiu-001', 'p-1'],
    ['hiu-002', 'p-2'],
  ]);

  test('good rows: references in any case, months as trusts write them, blanks as 0', () => {
    const result = checkImport(
      {
        kinds: ['ae', 'admissions'],
        rows: [
          [2, 'HIU-001', '2026-01', '2', ''],
          [3, 'hiu-001', '03/2026', '0', '1'],
          [5, 'HIU-002', 'Feb 2026', '10', '0'],
        ],
      },
      refs,
      '2026-11',
    );
    expect(result).toEqual({
      ok: true,
      people: 2,
      span: ['2026-01', '2026-02', '2026-03'],
      rows: [
        { personId: 'p-1', month: '2026-01', counts: { ae: 2, admissions: 0 } },
        { personId: 'p-1', month: '2026-03', counts: { ae: 0, admissions: 1 } },
        { personId: 'p-2', month: '2026-02', counts: { ae: 10, admissions: 0 } },
      ],
    });
  });

  test('every bad row is named by its number, and none is taken', () => {
    const result = checkImport(
      {
        kinds: ['ae'],
        rows: [
          [2, 'HIU-001', '2026-01', '2'],
          [3, 'HIU-999', '2026-01', '1'],
          [4, 'HIU-002', 'soon', 'x'],
          [6, 'hiu-001', '2026-01', '3'],
          [7, 'HIU-002', '2027-01', '1000'],
          [8, '943 476 5919', '2026-01', '1'],
        ],
      },
      refs,
      '2026-11',
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 3, message: 'Row 3: Nobody in this service has the reference “HIU-999”.' },
        {
          row: 4,
          message:
            'Row 4: “soon” is not a month we can read (use 2026-03 or 03/2026); A&E attendances “x” is not a whole number from 0 to 999.',
        },
        { row: 6, message: 'Row 6: Row 2 already has “hiu-001” for 2026-01.' },
        {
          row: 7,
          message:
            'Row 7: 2027-01 has not happened yet; A&E attendances “1000” is not a whole number from 0 to 999.',
        },
        {
          row: 8,
          message:
            'Row 8: The reference looks like an NHS number: use the service reference column.',
        },
      ],
    });
  });
});
