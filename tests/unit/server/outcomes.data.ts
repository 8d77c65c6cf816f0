import type { OutcomeFigures } from '#shared/schemas/outcomes';
import type { Loneliness } from '#shared/schemas/wellbeing';
import type { OutcomeRows } from '../../../src/server/outcomes/figures';
import {
  checkInPairs,
  contactWeekRows,
  progressingPeople,
  supportWeekRows,
  urgentCareRows,
} from '../../../src/server/outcomes/raw-rows';

/*
 * A small made-up service for the outcomes figures, with the right answers worked out by hand
 * (the arithmetic is in the comments). Used by tests/unit/server/outcomes.test.ts (the pure
 * function) and tests/integration/outcomes.test.ts (the same data through the database and
 * the route). Every name and title here is made up, and chosen to be easy to search for.
 *
 * Now: Monday 23 November 2026, 10:00 London (GMT).
 * 12 weeks: w1 2026-09-07 ... w12 2026-11-23 (w7 2026-10-19 has the clock change: it runs
 *   from 2026-10-18T23:00Z (00:00 BST) to 2026-10-26T00:00Z (00:00 GMT), 169 hours).
 * 12 months: 2025-12 ... 2026-11. 8 quarters: 2025-Q1 ... 2026-Q4.
 * "Last 90 days": after 2026-08-25T10:00Z.
 */

export const NOW = new Date('2026-11-23T10:00:00Z');

export type CaseworkerKey = 'a' | 'b' | 'c';
export const CASEWORKER_NAMES: Record<CaseworkerKey, string> = {
  a: 'Araminta Caseworth',
  b: 'Barnaby Helpwell',
  c: 'Cressida Noonesby',
};

const id = (n: number) => `00000000-0000-4000-9000-0000000000${String(n).padStart(2, '0')}`;
export const P1 = id(1);
export const P2 = id(2);
export const P3 = id(3);
export const P4 = id(4);
export const P5 = id(5);

export interface SeedPerson {
  id: string;
  name: string;
  caseworker: CaseworkerKey;
  status: 'active' | 'stepped-back';
  createdAt: Date;
  steppedBackAt: Date | null;
}

export const PEOPLE: SeedPerson[] = [
  // 2025-Q1.
  {
    id: P1,
    name: 'Ptolemy Quince',
    caseworker: 'a',
    status: 'active',
    createdAt: new Date('2025-03-15T12:00:00Z'),
    steppedBackAt: null,
  },
  // 00:30 BST on 1 October 2026 in London: 2026-Q4 (in UTC it would still be Q3).
  {
    id: P2,
    name: 'Quilla Marchbanks',
    caseworker: 'a',
    status: 'active',
    createdAt: new Date('2026-09-30T23:30:00Z'),
    steppedBackAt: null,
  },
  // 23:30 BST on 30 June 2026: 2026-Q2. Support stepped back on Wednesday 4 November (w9).
  {
    id: P3,
    name: 'Rosalind Oddfellow',
    caseworker: 'b',
    status: 'stepped-back',
    createdAt: new Date('2026-06-30T22:30:00Z'),
    steppedBackAt: new Date('2026-11-04T12:00:00Z'),
  },
  // 23:30 GMT on 31 December 2024: 2024-Q4, before the 8 quarters.
  {
    id: P4,
    name: 'Silvanus Threadgold',
    caseworker: 'b',
    status: 'active',
    createdAt: new Date('2024-12-31T23:30:00Z'),
    steppedBackAt: null,
  },
  // 2026-Q3.
  {
    id: P5,
    name: 'Tamsin Wayfarer',
    caseworker: 'b',
    status: 'active',
    createdAt: new Date('2026-08-10T09:00:00Z'),
    steppedBackAt: null,
  },
];

export interface SeedGoal {
  personId: string;
  title: string;
  reward: string;
  status: 'active' | 'paused' | 'finished';
  events: { at: Date; kind: string }[];
}

export const GOALS: SeedGoal[] = [
  {
    personId: P1,
    title: 'Swim at the Marlowe lido on Sundays',
    reward: 'A slice of Zebedee lemon drizzle',
    status: 'active',
    events: [
      { at: new Date('2026-01-05T10:00:00Z'), kind: 'set' },
      { at: new Date('2026-11-01T10:00:00Z'), kind: 'milestone-done' },
    ],
  },
  {
    // Ticked a milestone an hour before the 90 days began: not progressing.
    personId: P2,
    title: 'Visit the Quartermain allotment',
    reward: 'Fish and chips at Pellowe pier',
    status: 'active',
    events: [
      { at: new Date('2026-08-25T09:00:00Z'), kind: 'milestone-done' },
      { at: new Date('2026-11-10T10:00:00Z'), kind: 'changed' },
      { at: new Date('2026-11-11T10:00:00Z'), kind: 'milestone-undone' },
    ],
  },
  {
    // Finished lately, but support has stepped back: not in the goals figures.
    personId: P3,
    title: 'Bake bread with Ondine',
    reward: 'A Wexcombe cinema ticket',
    status: 'finished',
    events: [{ at: new Date('2026-11-01T10:00:00Z'), kind: 'finished' }],
  },
  {
    personId: P5,
    title: 'Join the Hartwell choir',
    reward: 'New Yarrowby headphones',
    status: 'finished',
    events: [{ at: new Date('2026-11-20T10:00:00Z'), kind: 'finished' }],
  },
];

export const TARGETS: { personId: string; fromWeek: string; times: number }[] = [
  { personId: P1, fromWeek: '2026-09-07', times: 5 },
  { personId: P1, fromWeek: '2026-10-19', times: 3 },
  { personId: P2, fromWeek: '2026-09-28', times: 2 },
  { personId: P3, fromWeek: '2026-09-07', times: 4 },
  { personId: P5, fromWeek: '2026-11-16', times: 0 },
];

const at = (iso: string) => new Date(iso);
export const CONTACTS: { personId: string; at: Date }[] = [
  // P1. 22:59 UTC on Sunday 6 September = 23:59 BST: week of 31 August, before the 12 weeks.
  { personId: P1, at: at('2026-09-06T22:59:00Z') },
  // 23:00 UTC = 00:00 BST on Monday 7 September: w1.
  { personId: P1, at: at('2026-09-07T00:00:00+01:00') },
  // 22:30 UTC on Sunday 18 October = 23:30 BST Sunday: w6 (2026-10-12).
  { personId: P1, at: at('2026-10-18T22:30:00Z') },
  // w7, the clock-change week: 00:30 BST Monday, Wednesday, and 23:30 GMT on Sunday 25th.
  { personId: P1, at: at('2026-10-18T23:30:00Z') },
  { personId: P1, at: at('2026-10-21T12:00:00Z') },
  { personId: P1, at: at('2026-10-25T23:30:00Z') },
  // w8: 00:00 and 00:30 GMT on Monday 26 October.
  { personId: P1, at: at('2026-10-26T00:00:00Z') },
  { personId: P1, at: at('2026-10-26T00:30:00Z') },
  // w12: four this morning.
  { personId: P1, at: at('2026-11-23T08:00:00Z') },
  { personId: P1, at: at('2026-11-23T08:30:00Z') },
  { personId: P1, at: at('2026-11-23T09:00:00Z') },
  { personId: P1, at: at('2026-11-23T09:30:00Z') },
  // P2: w4, and three in w11.
  { personId: P2, at: at('2026-10-01T10:00:00Z') },
  { personId: P2, at: at('2026-11-16T10:00:00Z') },
  { personId: P2, at: at('2026-11-17T10:00:00Z') },
  { personId: P2, at: at('2026-11-18T10:00:00Z') },
  // P3: w9 (still supported), w10 (after stepping back: counted, but not against a target).
  { personId: P3, at: at('2026-11-03T10:00:00Z') },
  { personId: P3, at: at('2026-11-10T10:00:00Z') },
  // P4 (no target): w12.
  { personId: P4, at: at('2026-11-23T09:00:00Z') },
];

export interface SeedCheckIn {
  personId: string;
  at: Date;
  s: number | null;
  w: number | null;
  h: number | null;
  a: number | null;
  lonely: Loneliness | null;
}

export const CHECK_INS: SeedCheckIn[] = [
  {
    personId: P1,
    at: at('2026-01-10T10:00:00Z'),
    s: 4,
    w: 5,
    h: 3,
    a: 8,
    lonely: 'often-or-always',
  },
  { personId: P1, at: at('2026-05-10T10:00:00Z'), s: 9, w: 9, h: 9, a: 0, lonely: 'never' },
  {
    personId: P1,
    at: at('2026-11-10T10:00:00Z'),
    s: 7,
    w: 6,
    h: 6,
    a: 4,
    lonely: 'some-of-the-time',
  },
  {
    personId: P2,
    at: at('2026-10-02T10:00:00Z'),
    s: 2,
    w: null,
    h: 4,
    a: 9,
    lonely: 'often-or-always',
  },
  { personId: P2, at: at('2026-11-02T10:00:00Z'), s: 5, w: 7, h: null, a: 6, lonely: null },
  { personId: P3, at: at('2026-07-01T10:00:00Z'), s: 3, w: 3, h: 3, a: 7, lonely: 'hardly-ever' },
  { personId: P3, at: at('2026-11-04T11:00:00Z'), s: 8, w: 8, h: 7, a: 3, lonely: 'never' },
  // P4: only one. P5: one, and one dated after now (not counted): fewer than two each.
  {
    personId: P4,
    at: at('2026-11-01T10:00:00Z'),
    s: 0,
    w: 0,
    h: 0,
    a: 10,
    lonely: 'often-or-always',
  },
  { personId: P5, at: at('2026-11-01T10:00:00Z'), s: 1, w: 1, h: 1, a: 1, lonely: 'never' },
  { personId: P5, at: at('2026-11-24T10:00:00Z'), s: 9, w: 9, h: 9, a: 9, lonely: 'never' },
];

export interface SeedUrgent {
  personId: string;
  at: Date;
  ae: boolean;
  c999: boolean;
  c111: boolean;
}

export const URGENT_CARE: SeedUrgent[] = [
  // 00:30 GMT on 29 March 2026, the spring clock-change day: 2026-03.
  { personId: P1, at: at('2026-03-29T00:30:00Z'), ae: true, c999: true, c111: false },
  // 23:30 GMT on 31 October (after the clocks went back): 2026-10.
  { personId: P1, at: at('2026-10-31T23:30:00Z'), ae: false, c999: false, c111: true },
  // 00:30 BST on 1 October: 2026-10 (in UTC it would be September).
  { personId: P2, at: at('2026-09-30T23:30:00Z'), ae: false, c999: false, c111: true },
  { personId: P3, at: at('2026-11-05T10:00:00Z'), ae: true, c999: true, c111: false },
  // 23:59 GMT on 30 November 2025: before the 12 months. 00:00 on 1 December: the first.
  { personId: P4, at: at('2025-11-30T23:59:00Z'), ae: true, c999: false, c111: false },
  { personId: P4, at: at('2025-12-01T00:00:00Z'), ae: false, c999: true, c111: false },
];

/**
 * Support used instead of the team ("I went to the drop-in"), from the phone. Never contacts.
 *   P1: w2 1, w7 1, w11 3, w12 1 (and one before the 12 weeks).  P2: w12 1.
 *   P3: w10 1 (after stepping back: still the group's).  P4, P5: none.
 */
export const SUPPORT_USED: { personId: string; at: Date }[] = [
  // 22:30 UTC on Sunday 6 September = 23:30 BST: the week of 31 August, before the 12 weeks.
  { personId: P1, at: at('2026-09-06T22:30:00Z') },
  // w2: Wednesday 16 September.
  { personId: P1, at: at('2026-09-16T18:00:00Z') },
  // w7: 23:30 GMT on Sunday 25 October, after the clocks went back: still w7.
  { personId: P1, at: at('2026-10-25T23:30:00Z') },
  // w11: three evenings.
  { personId: P1, at: at('2026-11-16T19:00:00Z') },
  { personId: P1, at: at('2026-11-18T19:00:00Z') },
  { personId: P1, at: at('2026-11-20T19:00:00Z') },
  // w12: this morning, 7am.
  { personId: P1, at: at('2026-11-23T07:00:00Z') },
  { personId: P2, at: at('2026-11-23T08:15:00Z') },
  { personId: P3, at: at('2026-11-10T18:00:00Z') },
];

/** The rows `loadOutcomeRows` should give for this data, made in memory from the raw events. */
export function seedRows(caseworkerIds: Record<CaseworkerKey, string>): OutcomeRows {
  return {
    people: PEOPLE.map((p) => ({
      id: p.id,
      caseworkerId: caseworkerIds[p.caseworker],
      status: p.status,
      createdAt: p.createdAt,
      steppedBackAt: p.steppedBackAt,
    })),
    withGoal: [...new Set(GOALS.map((g) => g.personId))],
    progressing: progressingPeople(
      GOALS.flatMap((g) => g.events.map((e) => ({ ...e, personId: g.personId }))),
      NOW,
    ),
    contactWeeks: contactWeekRows(CONTACTS, NOW),
    supportWeeks: supportWeekRows(SUPPORT_USED, NOW),
    targets: TARGETS,
    checkIns: checkInPairs(
      CHECK_INS.map((c, i) => ({
        id: id(50 + i),
        personId: c.personId,
        at: c.at,
        satisfied: c.s,
        worthwhile: c.w,
        happy: c.h,
        anxious: c.a,
        lonely: c.lonely,
      })),
      NOW,
    ),
    urgentCare: urgentCareRows(
      URGENT_CARE.map((u) => ({
        personId: u.personId,
        at: u.at,
        wentToAe: u.ae,
        called999: u.c999,
        called111: u.c111,
      })),
      NOW,
    ),
    hospital: [],
  };
}

/** No hospital-use data in this set: every horizon counts nobody (hospital-use.test.ts has its own). */
const NO_HOSPITAL: OutcomeFigures['hospital'] = {
  peopleWithData: 0,
  kinds: (['ae', 'calls999', 'conveyances', 'admissions'] as const).map((kind) => ({
    kind,
    horizons: [3, 6, 9, 12].map((months) => ({
      months,
      people: 0,
      before: 0,
      after: 0,
      beforePerPersonMonth: null,
      afterPerPersonMonth: null,
      reduction: null,
    })),
  })),
};

const WEEKS = [
  '2026-09-07',
  '2026-09-14',
  '2026-09-21',
  '2026-09-28',
  '2026-10-05',
  '2026-10-12',
  '2026-10-19',
  '2026-10-26',
  '2026-11-02',
  '2026-11-09',
  '2026-11-16',
  '2026-11-23',
];
const MONTHS = [
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
];
const QUARTERS = [
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2026-Q1',
  '2026-Q2',
  '2026-Q3',
  '2026-Q4',
];

type Five = [number, number, number, number, number];
function weeks(rows: Five[]): OutcomeFigures['contactWeeks'] {
  return rows.map(([contacts, peopleWithTarget, target, ofTarget, atOrUnder], i) => ({
    week: WEEKS[i]!,
    contacts,
    peopleWithTarget,
    target,
    contactsOfPeopleWithTarget: ofTarget,
    atOrUnderTarget: atOrUnder,
  }));
}
/** Support used per week (w1 to w12), then [contacts, support used, share] of w1–w4 and w9–w12. */
function community(
  used: number[],
  first: [number, number, number | null],
  last: [number, number, number | null],
  change: number | null,
): OutcomeFigures['community'] {
  const spanOf = ([contacts, supportUsed, share]: [number, number, number | null]) => ({
    contacts,
    supportUsed,
    share,
  });
  return {
    weeks: used.map((supportUsed, i) => ({ week: WEEKS[i]!, supportUsed })),
    first: spanOf(first),
    last: spanOf(last),
    change,
  };
}
function quarters(people: number[]): OutcomeFigures['newPerQuarter'] {
  return people.map((n, i) => ({ quarter: QUARTERS[i]!, people: n }));
}
function months(
  rows: Partial<Record<string, [number, number, number, number]>>,
): OutcomeFigures['urgentCareMonths'] {
  return MONTHS.map((month) => {
    const [wentToAe, called999, called111, people] = rows[month] ?? [0, 0, 0, 0];
    return { month, wentToAe, called999, called111, people };
  });
}

/*
 * Contacts per person and week (from CONTACTS):
 *   P1: w1 1, w6 1, w7 3, w8 2, w12 4.  P2: w4 1, w11 3.  P3: w9 1, w10 1.  P4: w12 1.
 * Targets: P1 5 in w1–w6, 3 in w7–w12. P2 2 from w4 (created during w4). P3 4 in w1–w9 (support
 * stepped back during w9, so w10–w12 have no target). P4 none. P5 0 in w11–w12.
 */
export const EXPECTED_SERVICE: OutcomeFigures = {
  // P1, P2, P4, P5 (P3 stepped back).
  supportedNow: 4,
  // P1 2025-Q1, P3 2026-Q2, P5 2026-Q3, P2 2026-Q4 (London time); P4 is 2024-Q4.
  newPerQuarter: quarters([1, 0, 0, 0, 0, 1, 1, 1]),
  // With a goal and supported now: P1, P2, P5 (P3 stepped back, P4 none). Progressing: P1
  // (milestone 1 Nov), P5 (finished 20 Nov); P2's tick was 1 hour too early. 2 / 3 = 0.667.
  goals: { withGoal: 3, progressing: 2, share: 0.667 },
  // [contacts, people with target, sum of targets, their contacts, at or under]
  contactWeeks: weeks([
    [1, 2, 9, 1, 2], //   w1: P1 1 (≤5), P3 0 (≤4); 5 + 4 = 9
    [0, 2, 9, 0, 2], //   w2
    [0, 2, 9, 0, 2], //   w3
    [1, 3, 11, 1, 3], //  w4: + P2 (target 2, 1 contact); 5 + 2 + 4 = 11
    [0, 3, 11, 0, 3], //  w5
    [1, 3, 11, 1, 3], //  w6: P1 1 (Sunday 23:30 BST)
    [3, 3, 9, 3, 3], //   w7: P1 3 ≤ 3; 3 + 2 + 4 = 9 (169-hour week)
    [2, 3, 9, 2, 3], //   w8: P1 2
    [1, 3, 9, 1, 3], //   w9: P3 1 ≤ 4 (stepped back on the Wednesday)
    [1, 2, 5, 0, 2], //   w10: P3's contact counts in "contacts" only; P1 + P2: 3 + 2 = 5
    [3, 3, 5, 3, 2], //   w11: + P5 (0); P2 3 > 2; 3 + 2 + 0 = 5
    [5, 3, 5, 4, 2], //   w12: P1 4 + P4 1 = 5; P1 4 > 3
  ]),
  // Support used per week: w2 1 (P1), w7 1 (P1), w10 1 (P3), w11 3 (P1), w12 2 (P1, P2).
  // First 4 weeks: contacts 1 + 0 + 0 + 1 = 2, support 1: 1 / 3 = 0.333.
  // Last 4 weeks: contacts 1 + 1 + 3 + 5 = 10, support 0 + 1 + 3 + 2 = 6: 6 / 16 = 0.375.
  // Change: 0.375 − 0.3333… = 0.0417 → 0.042 (towards community support).
  community: community([0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 3, 2], [2, 1, 0.333], [10, 6, 0.375], 0.042),
  // P1, P2, P3 (P4, P5 have fewer than two up to now).
  // first: satisfied (4+2+3)/3 = 3.0; worthwhile (5+3)/2 = 4.0 (P2 skipped); happy
  // (3+4+3)/3 = 3.33 → 3.3; anxious (8+9+7)/3 = 8.0.
  // latest: satisfied (7+5+8)/3 = 6.67 → 6.7; worthwhile (6+7+8)/3 = 7.0; happy (6+7)/2 = 6.5
  // (P2 skipped); anxious (4+6+3)/3 = 4.33 → 4.3.
  // lonely often: first P1, P2 of 3 answered = 0.667; latest 0 of 2 answered (P2 skipped) = 0.
  wellbeing: {
    people: 3,
    first: { satisfied: 3, worthwhile: 4, happy: 3.3, anxious: 8 },
    latest: { satisfied: 6.7, worthwhile: 7, happy: 6.5, anxious: 4.3 },
    lonelyOftenFirst: 0.667,
    lonelyOftenLatest: 0,
  },
  // [A&E, 999, 111, people]: 2025-12 P4 999; 2026-03 P1 A&E + 999; 2026-10 P1 111 (31st
  // 23:30 GMT) and P2 111 (1st 00:30 BST); 2026-11 P3 A&E + 999.
  urgentCareMonths: months({
    '2025-12': [0, 1, 0, 1],
    '2026-03': [1, 1, 0, 1],
    '2026-10': [0, 0, 2, 2],
    '2026-11': [1, 1, 0, 1],
  }),
  hospital: NO_HOSPITAL,
};

/** Caseworker A: P1 and P2. */
export const EXPECTED_A: OutcomeFigures = {
  supportedNow: 2,
  newPerQuarter: quarters([1, 0, 0, 0, 0, 0, 0, 1]),
  // P1 progressing, P2 not: 1 / 2.
  goals: { withGoal: 2, progressing: 1, share: 0.5 },
  contactWeeks: weeks([
    [1, 1, 5, 1, 1], //   w1: P1 only (P2 has no target yet)
    [0, 1, 5, 0, 1],
    [0, 1, 5, 0, 1],
    [1, 2, 7, 1, 2], //   w4: 5 + 2
    [0, 2, 7, 0, 2],
    [1, 2, 7, 1, 2],
    [3, 2, 5, 3, 2], //   w7: 3 + 2
    [2, 2, 5, 2, 2],
    [0, 2, 5, 0, 2],
    [0, 2, 5, 0, 2],
    [3, 2, 5, 3, 1], //   w11: P2 3 > 2
    [4, 2, 5, 4, 1], //   w12: P1 4 > 3
  ]),
  // Support: P1 w2 1, w7 1, w11 3, w12 1; P2 w12 1. First 4 weeks: contacts 2, support 1 =
  // 0.333. Last 4: contacts 0 + 0 + 3 + 4 = 7, support 0 + 0 + 3 + 2 = 5: 5 / 12 = 0.4167 →
  // 0.417. Change: 0.41667 − 0.33333 = 0.0833 → 0.083.
  community: community([0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 3, 2], [2, 1, 0.333], [7, 5, 0.417], 0.083),
  // first: satisfied (4+2)/2 = 3; worthwhile 5 (P2 skipped); happy (3+4)/2 = 3.5; anxious
  // (8+9)/2 = 8.5. latest: (7+5)/2 = 6; (6+7)/2 = 6.5; 6 (P2 skipped); (4+6)/2 = 5.
  // Lonely often: first 2 of 2 = 1; latest 0 of 1 = 0.
  wellbeing: {
    people: 2,
    first: { satisfied: 3, worthwhile: 5, happy: 3.5, anxious: 8.5 },
    latest: { satisfied: 6, worthwhile: 6.5, happy: 6, anxious: 5 },
    lonelyOftenFirst: 1,
    lonelyOftenLatest: 0,
  },
  urgentCareMonths: months({ '2026-03': [1, 1, 0, 1], '2026-10': [0, 0, 2, 2] }),
  hospital: NO_HOSPITAL,
};

/** Caseworker B: P3 (stepped back), P4, P5. */
export const EXPECTED_B: OutcomeFigures = {
  supportedNow: 2,
  newPerQuarter: quarters([0, 0, 0, 0, 0, 1, 1, 0]),
  // P5 only (P3 stepped back, P4 has none): 1 / 1.
  goals: { withGoal: 1, progressing: 1, share: 1 },
  contactWeeks: weeks([
    [0, 1, 4, 0, 1], //   w1–w8: P3 alone, target 4
    [0, 1, 4, 0, 1],
    [0, 1, 4, 0, 1],
    [0, 1, 4, 0, 1],
    [0, 1, 4, 0, 1],
    [0, 1, 4, 0, 1],
    [0, 1, 4, 0, 1],
    [0, 1, 4, 0, 1],
    [1, 1, 4, 1, 1], //   w9: P3 1
    [1, 0, 0, 0, 0], //   w10: P3 stepped back: no one with a target
    [0, 1, 0, 0, 1], //   w11: P5 target 0, 0 contacts: at it
    [1, 1, 0, 0, 1], //   w12: P4's 1 (no target)
  ]),
  // Support: P3 w10 1. First 4 weeks: nothing at all, so no share and no change. Last 4:
  // contacts 1 + 1 + 0 + 1 = 3, support 1: 1 / 4 = 0.25.
  community: community([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0], [0, 0, null], [3, 1, 0.25], null),
  wellbeing: {
    people: 1,
    first: { satisfied: 3, worthwhile: 3, happy: 3, anxious: 7 },
    latest: { satisfied: 8, worthwhile: 8, happy: 7, anxious: 3 },
    lonelyOftenFirst: 0,
    lonelyOftenLatest: 0,
  },
  urgentCareMonths: months({ '2025-12': [0, 1, 0, 1], '2026-11': [1, 1, 0, 1] }),
  hospital: NO_HOSPITAL,
};

/** Caseworker C has no one. */
export const EXPECTED_C: OutcomeFigures = {
  supportedNow: 0,
  newPerQuarter: quarters([0, 0, 0, 0, 0, 0, 0, 0]),
  goals: { withGoal: 0, progressing: 0, share: null },
  contactWeeks: weeks(WEEKS.map((): Five => [0, 0, 0, 0, 0])),
  community: community(
    WEEKS.map(() => 0),
    [0, 0, null],
    [0, 0, null],
    null,
  ),
  wellbeing: {
    people: 0,
    first: { satisfied: null, worthwhile: null, happy: null, anxious: null },
    latest: { satisfied: null, worthwhile: null, happy: null, anxious: null },
    lonelyOftenFirst: null,
    lonelyOftenLatest: null,
  },
  urgentCareMonths: months({}),
  hospital: NO_HOSPITAL,
};
