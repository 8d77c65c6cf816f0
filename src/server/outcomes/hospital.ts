import {
  BEFORE_MONTHS,
  HORIZONS,
  HOSPITAL_KINDS,
  type HospitalFigures,
  type HospitalKind,
} from '#shared/schemas/hospital-use';
import { monthIndex } from '#shared/hospital-import';
import { londonDate } from '#shared/london';

/*
 * Hospital use before and after support (docs/outcomes.md, "Hospital use"), from plain rows
 * with no database: each person's own before and after counts first (the wide CSV shows
 * those), then the group's sums and rates from them, so the two can never disagree.
 */

export interface HospitalRow {
  personId: string;
  month: string;
  ae: number | null;
  calls999: number | null;
  conveyances: number | null;
  admissions: number | null;
}

export interface PersonHospital {
  referralMonth: string;
  hasData: boolean;
  /** Per kind: the 12 months before, and each horizon after; null where not counted. */
  kinds: Record<HospitalKind, { before: number | null; after: (number | null)[] }>;
}

/** The London month of an instant, `YYYY-MM`. */
export function londonMonth(at: Date): string {
  return londonDate(at).slice(0, 7);
}

/** The sum of a kind over months `from..to` (month indexes), or null if any month is unknown. */
function sumKnown(
  byMonth: Map<number, HospitalRow>,
  kind: HospitalKind,
  from: number,
  to: number,
): number | null {
  let sum = 0;
  for (let i = from; i <= to; i++) {
    const value = byMonth.get(i)?.[kind];
    if (value === null || value === undefined) return null;
    sum += value;
  }
  return sum;
}

/**
 * One person's figures at `thisMonth` (London, not yet over). Horizon h is counted once month
 * R + h is over (R is the referral month), and only where every month of both windows is known.
 */
export function personHospital(
  createdAt: Date,
  rows: HospitalRow[],
  thisMonth: string,
): PersonHospital {
  const referralMonth = londonMonth(createdAt);
  const r = monthIndex(referralMonth);
  const now = monthIndex(thisMonth);
  const byMonth = new Map(rows.map((row) => [monthIndex(row.month), row]));
  const kinds = {} as PersonHospital['kinds'];
  for (const kind of HOSPITAL_KINDS) {
    const before = sumKnown(byMonth, kind, r - BEFORE_MONTHS, r - 1);
    const after = HORIZONS.map((h) =>
      before === null || r + h >= now ? null : sumKnown(byMonth, kind, r + 1, r + h),
    );
    kinds[kind] = { before, after };
  }
  return { referralMonth, hasData: rows.length > 0, kinds };
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** The group's figures from its people's own. */
export function hospitalFigures(people: PersonHospital[]): HospitalFigures {
  return {
    peopleWithData: people.filter((p) => p.hasData).length,
    kinds: HOSPITAL_KINDS.map((kind) => ({
      kind,
      horizons: HORIZONS.map((months, i) => {
        let count = 0;
        let before = 0;
        let after = 0;
        for (const p of people) {
          const k = p.kinds[kind];
          const a = k.after[i];
          if (k.before === null || a === null || a === undefined) continue;
          count += 1;
          before += k.before;
          after += a;
        }
        const beforeRate = count === 0 ? null : before / (count * BEFORE_MONTHS);
        const afterRate = count === 0 ? null : after / (count * months);
        return {
          months,
          people: count,
          before,
          after,
          beforePerPersonMonth: beforeRate === null ? null : round(beforeRate, 2),
          afterPerPersonMonth: afterRate === null ? null : round(afterRate, 2),
          reduction:
            beforeRate === null || afterRate === null || beforeRate === 0
              ? null
              : round(1 - afterRate / beforeRate, 3),
        };
      }),
    })),
  };
}
