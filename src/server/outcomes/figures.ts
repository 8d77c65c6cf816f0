import type { LocalDate } from '#shared/schemas/common';
import type { CheckInAnswers, Loneliness } from '#shared/schemas/wellbeing';
import type { OutcomeFigures, WellbeingChange } from '#shared/schemas/outcomes';
import { targetForWeek } from '#shared/contacts';
import { communityShift, type SupportWeekRow } from './community';
import { hospitalFigures, londonMonth, personHospital, type HospitalRow } from './hospital';
import { periodsAt, type Periods } from './periods';

/*
 * The outcomes figures (docs/outcomes.md defines each one), computed from plain rows with no
 * database and no clock: `load.ts` fetches the rows (already grouped per person-week,
 * per person-month, first and latest check-in), and `raw-rows.ts` makes the same rows
 * from raw events for tests. The periods come from `periods.ts`.
 */

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
  /** Support used instead of the team, per person and London week, for the 12 weeks. */
  supportWeeks: SupportWeekRow[];
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
  /** Hospital use per person and month, from the trusts (every month kept). */
  hospital: HospitalRow[];
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

  const hospitalByPerson = new Map<string, HospitalRow[]>();
  for (const row of rows.hospital) {
    if (!ids.has(row.personId)) continue;
    const list = hospitalByPerson.get(row.personId) ?? [];
    list.push(row);
    hospitalByPerson.set(row.personId, list);
  }
  const thisMonth = londonMonth(now);
  const hospital = hospitalFigures(
    group.map((person) =>
      personHospital(person.createdAt, hospitalByPerson.get(person.id) ?? [], thisMonth),
    ),
  );

  return {
    supportedNow: supported.length,
    newPerQuarter: p.quarters.map((quarter, i) => ({ quarter, people: perQuarter[i] ?? 0 })),
    goals: {
      withGoal: withGoal.size,
      progressing: progressing.size,
      share: share(progressing.size, withGoal.size),
    },
    contactWeeks,
    community: communityShift(contactWeeks, rows.supportWeeks, ids),
    wellbeing,
    urgentCareMonths: [...months.values()].map((m) => ({
      month: m.month,
      wentToAe: m.wentToAe,
      called999: m.called999,
      called111: m.called111,
      people: m.people.size,
    })),
    hospital,
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
