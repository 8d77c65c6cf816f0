import { addDays, londonDate, londonParts, londonToInstant } from '#shared/london';
import type { LocalDate } from '#shared/schemas/common';
import type { CheckInAnswers, Loneliness } from '#shared/schemas/wellbeing';
import type { OutcomeFigures, WellbeingChange } from '#shared/schemas/outcomes';
import { targetForWeek } from '#shared/contacts';
import { weekOf } from '#shared/weeks';

/*
 * The outcomes figures (docs/outcomes.md defines each one), computed from plain rows with no
 * database and no clock: `load.ts` fetches the rows (already grouped per person-week,
 * per person-month, first and latest check-in), and the helpers at the end make the same rows
 * from raw events for tests.
 */

export const WEEKS = 12;
export const MONTHS = 12;
export const QUARTERS = 8;
/** "Progressing": a milestone ticked or a goal finished within this long before now. */
export const PROGRESS_WINDOW_MS = 90 * 86_400_000;

export interface OutcomePerson {
  id: string;
  caseworkerId: string;
  status: 'active' | 'stepped-back';
  createdAt: Date;
  steppedBackAt: Date | null;
}

/** One person's first and latest sent check-in (only people with two or more). */
export interface CheckInPair {
  personId: string;
  count: number;
  first: CheckInAnswers;
  latest: CheckInAnswers;
}

export interface OutcomeRows {
  people: OutcomePerson[];
  /** People with at least one goal, whatever its status. */
  withGoal: string[];
  /** People who ticked a milestone or finished a goal in (now − 90 days, now]. */
  progressing: string[];
  /** Contacts per person and London week (Monday key), for the 12 weeks. */
  contactWeeks: { personId: string; week: LocalDate; contacts: number }[];
  /** Every target step of the people (any order). */
  targets: { personId: string; fromWeek: LocalDate; times: number }[];
  checkIns: CheckInPair[];
  /** Urgent care reports per person and London month (`YYYY-MM`), for the 12 months. */
  urgentCare: {
    personId: string;
    month: string;
    wentToAe: number;
    called999: number;
    called111: number;
  }[];
}

/** The periods the figures cover, from `now` (London). */
export interface Periods {
  /** Mondays, oldest first; the last is this week. */
  weeks: LocalDate[];
  /** Each week's first instant and end (exclusive), in the order of `weeks`. */
  weekBounds: { start: Date; end: Date }[];
  /** `YYYY-MM`, oldest first. */
  months: string[];
  /** `YYYY-Qn`, oldest first. */
  quarters: string[];
  /** The first instant of each quarter in `quarters`, then the end of the last (9 in all). */
  quarterBounds: Date[];
  /** The first instant the contact weeks cover, and the end (exclusive) of this week. */
  weeksStart: Date;
  weeksEnd: Date;
  /** The first instant of the oldest month, and the end (exclusive) of this month. */
  monthsStart: Date;
  monthsEnd: Date;
  /** The first instant of the oldest quarter. */
  quartersStart: Date;
  progressSince: Date;
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Month `month` (1–12) of `year` moved by `delta` months. */
function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function firstOfMonth(year: number, month: number): Date {
  return londonToInstant(`${monthKey(year, month)}-01`, '00:00');
}

let lastPeriods: { at: number; periods: Periods } | undefined;

/** The periods at `now` (remembered for the last `now` asked: an export asks 100 times). */
export function periodsAt(now: Date): Periods {
  if (lastPeriods?.at !== now.getTime()) {
    lastPeriods = { at: now.getTime(), periods: makePeriods(now) };
  }
  return lastPeriods.periods;
}

function makePeriods(now: Date): Periods {
  const thisWeek = weekOf(now);
  const weeks: LocalDate[] = [];
  for (let i = WEEKS - 1; i >= 0; i--) weeks.push(addDays(thisWeek.key, -7 * i));
  const { year, month } = londonParts(now);
  const months: string[] = [];
  for (let i = MONTHS - 1; i >= 0; i--) {
    const m = shiftMonth(year, month, -i);
    months.push(monthKey(m.year, m.month));
  }
  const quarterIndex = year * 4 + Math.floor((month - 1) / 3);
  const quarters: string[] = [];
  for (let i = QUARTERS - 1; i >= 0; i--) {
    const q = quarterIndex - i;
    quarters.push(`${Math.floor(q / 4)}-Q${(q % 4) + 1}`);
  }
  const firstMonth = shiftMonth(year, month, -(MONTHS - 1));
  const nextMonth = shiftMonth(year, month, 1);
  const oldestQuarter = quarterIndex - (QUARTERS - 1);
  return {
    weeks,
    weekBounds: weeks.map((week) => ({
      start: londonToInstant(week, '00:00'),
      end: londonToInstant(addDays(week, 7), '00:00'),
    })),
    months,
    quarters,
    weeksStart: londonToInstant(weeks[0] ?? thisWeek.key, '00:00'),
    weeksEnd: thisWeek.end,
    monthsStart: firstOfMonth(firstMonth.year, firstMonth.month),
    monthsEnd: firstOfMonth(nextMonth.year, nextMonth.month),
    quarterBounds: Array.from({ length: QUARTERS + 1 }, (_, i) => {
      const q = oldestQuarter + i;
      return firstOfMonth(Math.floor(q / 4), (q % 4) * 3 + 1);
    }),
    quartersStart: firstOfMonth(Math.floor(oldestQuarter / 4), (oldestQuarter % 4) * 3 + 1),
    progressSince: new Date(now.getTime() - PROGRESS_WINDOW_MS),
  };
}

/** The London calendar quarter of an instant, `2026-Q4`. */
export function quarterOf(instant: Date): string {
  const { year, month } = londonParts(instant);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The London calendar month of an instant, `2026-11`. */
export function monthOf(instant: Date): string {
  const { year, month } = londonParts(instant);
  return monthKey(year, month);
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : round(part / whole, 3);
}

type Measure = 'satisfied' | 'worthwhile' | 'happy' | 'anxious';
const MEASURES: Measure[] = ['satisfied', 'worthwhile', 'happy', 'anxious'];
const OFTEN: Loneliness = 'often-or-always';

function means(answers: CheckInAnswers[]): WellbeingChange['first'] {
  const result = { satisfied: null, worthwhile: null, happy: null, anxious: null } as Record<
    Measure,
    number | null
  >;
  for (const measure of MEASURES) {
    const values = answers.map((a) => a[measure]).filter((v): v is number => v !== null);
    result[measure] =
      values.length === 0 ? null : round(values.reduce((s, v) => s + v, 0) / values.length, 1);
  }
  return result;
}

function lonelyOften(answers: CheckInAnswers[]): number | null {
  const answered = answers.filter((a) => a.lonely !== null);
  return share(answered.filter((a) => a.lonely === OFTEN).length, answered.length);
}

/** Whether the person was in support at some point of the week [start, end). */
function supportedDuring(person: OutcomePerson, start: Date, end: Date): boolean {
  if (person.createdAt >= end) return false;
  if (person.status === 'stepped-back') {
    // No date (stepped back before dates were kept): never counted.
    return person.steppedBackAt !== null && person.steppedBackAt >= start;
  }
  return true;
}

/** The figures for a group of people (the service, or one caseworker's people). */
export function computeFigures(
  rows: OutcomeRows,
  now: Date,
  group: OutcomePerson[],
  p: Periods = periodsAt(now),
): OutcomeFigures {
  const ids = new Set(group.map((person) => person.id));
  const supported = group.filter((person) => person.status === 'active');
  const supportedIds = new Set(supported.map((person) => person.id));

  // New people per quarter.
  const perQuarter = p.quarters.map(() => 0);
  for (const person of group) {
    if (person.createdAt > now) continue;
    // The quarter whose bounds hold the date (as `quarterOf`, without asking Intl each time).
    for (let i = 0; i < p.quarters.length; i++) {
      if (person.createdAt >= p.quarterBounds[i]! && person.createdAt < p.quarterBounds[i + 1]!) {
        perQuarter[i]! += 1;
        break;
      }
    }
  }

  // Goals.
  const withGoal = new Set(rows.withGoal.filter((id) => supportedIds.has(id)));
  const progressing = new Set(rows.progressing.filter((id) => withGoal.has(id)));

  // Contacts against targets.
  const counts = new Map<string, number>();
  for (const row of rows.contactWeeks) {
    if (ids.has(row.personId)) counts.set(`${row.personId} ${row.week}`, row.contacts);
  }
  const steps = new Map<string, { fromWeek: LocalDate; times: number }[]>();
  for (const row of rows.targets) {
    if (!ids.has(row.personId)) continue;
    const list = steps.get(row.personId) ?? [];
    list.push({ fromWeek: row.fromWeek, times: row.times });
    steps.set(row.personId, list);
  }
  for (const list of steps.values()) list.sort((a, b) => a.fromWeek.localeCompare(b.fromWeek));
  const contactWeeks = p.weeks.map((week, i) => {
    const { start, end } = p.weekBounds[i]!;
    let contacts = 0;
    let peopleWithTarget = 0;
    let target = 0;
    let contactsOfPeopleWithTarget = 0;
    let atOrUnderTarget = 0;
    for (const person of group) {
      const count = counts.get(`${person.id} ${week}`) ?? 0;
      contacts += count;
      const personSteps = steps.get(person.id);
      const times = personSteps ? targetForWeek(personSteps, week) : null;
      if (times === null || !supportedDuring(person, start, end)) continue;
      peopleWithTarget += 1;
      target += times;
      contactsOfPeopleWithTarget += count;
      if (count <= times) atOrUnderTarget += 1;
    }
    return {
      week,
      contacts,
      peopleWithTarget,
      target,
      contactsOfPeopleWithTarget,
      atOrUnderTarget,
    };
  });

  // Wellbeing, first against latest.
  const pairs = rows.checkIns.filter((pair) => ids.has(pair.personId) && pair.count >= 2);
  const firsts = pairs.map((pair) => pair.first);
  const latests = pairs.map((pair) => pair.latest);
  const wellbeing: WellbeingChange = {
    people: pairs.length,
    first: means(firsts),
    latest: means(latests),
    lonelyOftenFirst: lonelyOften(firsts),
    lonelyOftenLatest: lonelyOften(latests),
  };

  // Urgent care per month.
  const months = new Map(
    p.months.map((month) => [
      month,
      { month, wentToAe: 0, called999: 0, called111: 0, people: new Set<string>() },
    ]),
  );
  for (const row of rows.urgentCare) {
    const month = months.get(row.month);
    if (!month || !ids.has(row.personId)) continue;
    month.wentToAe += row.wentToAe;
    month.called999 += row.called999;
    month.called111 += row.called111;
    month.people.add(row.personId);
  }

  return {
    supportedNow: supported.length,
    newPerQuarter: p.quarters.map((quarter, i) => ({ quarter, people: perQuarter[i] ?? 0 })),
    goals: {
      withGoal: withGoal.size,
      progressing: progressing.size,
      share: share(progressing.size, withGoal.size),
    },
    contactWeeks,
    wellbeing,
    urgentCareMonths: [...months.values()].map((m) => ({
      month: m.month,
      wentToAe: m.wentToAe,
      called999: m.called999,
      called111: m.called111,
      people: m.people.size,
    })),
  };
}

export interface CaseworkerRef {
  id: string;
  name: string;
}

/** The service's figures and each caseworker's (the people assigned to them now). */
export function computeOutcomes(
  rows: OutcomeRows,
  caseworkers: CaseworkerRef[],
  now: Date,
): {
  service: OutcomeFigures;
  caseworkers: { id: string; name: string; figures: OutcomeFigures }[];
} {
  const byCaseworker = new Map<string, OutcomePerson[]>();
  for (const person of rows.people) {
    const list = byCaseworker.get(person.caseworkerId) ?? [];
    list.push(person);
    byCaseworker.set(person.caseworkerId, list);
  }
  const periods = periodsAt(now);
  return {
    service: computeFigures(rows, now, rows.people, periods),
    caseworkers: caseworkers.map((c) => ({
      id: c.id,
      name: c.name,
      figures: computeFigures(rows, now, byCaseworker.get(c.id) ?? [], periods),
    })),
  };
}

// ---- The same rows from raw events (what the SQL in load.ts does), for tests and small data.

export interface RawCheckIn extends CheckInAnswers {
  id: string;
  personId: string;
  at: Date;
}

/** Contacts per person and London week, only the 12 weeks up to `now`'s. */
export function contactWeekRows(
  events: { personId: string; at: Date }[],
  now: Date,
): OutcomeRows['contactWeeks'] {
  const p = periodsAt(now);
  const counts = new Map<string, { personId: string; week: LocalDate; contacts: number }>();
  for (const event of events) {
    if (event.at < p.weeksStart || event.at >= p.weeksEnd) continue;
    const week = weekOf(event.at).key;
    const key = `${event.personId} ${week}`;
    const row = counts.get(key) ?? { personId: event.personId, week, contacts: 0 };
    row.contacts += 1;
    counts.set(key, row);
  }
  return [...counts.values()];
}

/** Each person's first and latest check-in up to `now`, for people with at least two. */
export function checkInPairs(checkIns: RawCheckIn[], now: Date): CheckInPair[] {
  const byPerson = new Map<string, RawCheckIn[]>();
  for (const c of checkIns) {
    if (c.at > now) continue;
    const list = byPerson.get(c.personId) ?? [];
    list.push(c);
    byPerson.set(c.personId, list);
  }
  const pairs: CheckInPair[] = [];
  const answers = (c: RawCheckIn): CheckInAnswers => ({
    satisfied: c.satisfied,
    worthwhile: c.worthwhile,
    happy: c.happy,
    anxious: c.anxious,
    lonely: c.lonely,
  });
  for (const [personId, list] of byPerson) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
    pairs.push({
      personId,
      count: list.length,
      first: answers(list[0]!),
      latest: answers(list.at(-1)!),
    });
  }
  return pairs;
}

/** Urgent care reports per person and London month, only the 12 months up to `now`'s. */
export function urgentCareRows(
  reports: {
    personId: string;
    at: Date;
    wentToAe: boolean;
    called999: boolean;
    called111: boolean;
  }[],
  now: Date,
): OutcomeRows['urgentCare'] {
  const p = periodsAt(now);
  const rows = new Map<string, OutcomeRows['urgentCare'][number]>();
  for (const r of reports) {
    if (r.at < p.monthsStart || r.at >= p.monthsEnd) continue;
    const month = monthOf(r.at);
    const key = `${r.personId} ${month}`;
    const row = rows.get(key) ?? {
      personId: r.personId,
      month,
      wentToAe: 0,
      called999: 0,
      called111: 0,
    };
    if (r.wentToAe) row.wentToAe += 1;
    if (r.called999) row.called999 += 1;
    if (r.called111) row.called111 += 1;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** People with a milestone ticked or a goal finished in (now − 90 days, now]. */
export function progressingPeople(
  events: { personId: string; at: Date; kind: string }[],
  now: Date,
): string[] {
  const since = periodsAt(now).progressSince;
  const people = new Set<string>();
  for (const e of events) {
    if ((e.kind === 'milestone-done' || e.kind === 'finished') && e.at > since && e.at <= now) {
      people.add(e.personId);
    }
  }
  return [...people];
}

/** London date of `now`, for the CSV's "now" rows. */
export function todayKey(now: Date): LocalDate {
  return londonDate(now);
}
