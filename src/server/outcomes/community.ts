import type { LocalDate } from '#shared/schemas/common';
import type { CommunityShift, OutcomeFigures } from '#shared/schemas/outcomes';

/*
 * The shift from the team to community support (docs/outcomes.md, "Community support"): for a
 * group, support used per week beside contacts with the team, and the community share of the
 * first 4 of the 12 weeks against the last 4. Pure: the rows come from load.ts or raw-rows.ts.
 */

/** Weeks at each end of the 12 that are compared. */
export const SHIFT_WEEKS = 4;

/** Support used per person and London week (Monday key), for the 12 weeks. */
export interface SupportWeekRow {
  personId: string;
  week: LocalDate;
  used: number;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function span(contacts: number, supportUsed: number) {
  const whole = contacts + supportUsed;
  return {
    contacts,
    supportUsed,
    share: whole === 0 ? null : round3(supportUsed / whole),
    exact: whole === 0 ? null : supportUsed / whole,
  };
}

/** The community figures for the people `ids`, beside their `contactWeeks`. */
export function communityShift(
  contactWeeks: OutcomeFigures['contactWeeks'],
  rows: readonly SupportWeekRow[],
  ids: ReadonlySet<string>,
): CommunityShift {
  const perWeek = new Map<LocalDate, number>(contactWeeks.map((w) => [w.week, 0]));
  for (const row of rows) {
    const found = perWeek.get(row.week);
    if (found !== undefined && ids.has(row.personId)) perWeek.set(row.week, found + row.used);
  }
  const weeks = contactWeeks.map((w) => ({ week: w.week, supportUsed: perWeek.get(w.week) ?? 0 }));
  const sum = (from: number, to: number) => {
    let contacts = 0;
    let used = 0;
    for (let i = from; i < to; i++) {
      contacts += contactWeeks[i]?.contacts ?? 0;
      used += weeks[i]?.supportUsed ?? 0;
    }
    return span(contacts, used);
  };
  const first = sum(0, Math.min(SHIFT_WEEKS, weeks.length));
  const last = sum(Math.max(0, weeks.length - SHIFT_WEEKS), weeks.length);
  // From the unrounded shares, so the change is not a difference of two roundings.
  const change =
    first.exact === null || last.exact === null ? null : round3(last.exact - first.exact);
  const strip = ({ exact: _exact, ...rest }: ReturnType<typeof span>) => rest;
  return { weeks, first: strip(first), last: strip(last), change };
}
