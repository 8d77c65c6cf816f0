import { describe, expect, it, test } from 'vitest';
import {
  countInWeek,
  MESSAGE_CONTACT_GAP_MS,
  messageStartsContact,
  stepDownProposal,
  stepDown,
  targetForWeek,
  caseworkerWeekWords,
  weeklySeries,
  weekTally,
  weekWords,
} from '#shared/contacts';
import { ContactTargets } from '#shared/schemas/contact';
import { weekOf } from '#shared/weeks';

const at = (iso: string) => ({ at: iso });
const hours = (week: { start: Date; end: Date }) =>
  (week.end.getTime() - week.start.getTime()) / 3_600_000;

describe('counting contacts in London weeks', () => {
  it('counts Monday 00:00 to Monday 00:00, not Sunday to Sunday or UTC days', () => {
    const events = [
      at('2026-11-23T00:00:00Z'), // Monday 00:00 GMT: this week
      at('2026-11-29T23:59:59Z'), // Sunday 23:59:59 GMT: this week
      at('2026-11-30T00:00:00Z'), // next Monday: next week
      at('2026-11-22T23:59:59Z'), // Sunday before: last week
    ];
    expect(countInWeek(events, '2026-11-23')).toBe(2);
    expect(countInWeek(events, '2026-11-30')).toBe(1);
    expect(countInWeek(events, '2026-11-16')).toBe(1);
  });

  it('the week the clocks go forward (Sunday 29 March 2026) is 167 hours and one week', () => {
    const week = weekOf(new Date('2026-03-25T12:00:00Z'));
    expect(week.key).toBe('2026-03-23');
    expect(hours(week)).toBe(167);
    const events = [
      at('2026-03-23T00:00:00Z'), // Monday 00:00 GMT: first moment of the week
      at('2026-03-29T00:30:00Z'), // Sunday 00:30 GMT, before the change
      at('2026-03-29T22:59:00Z'), // Sunday 23:59 BST: still this week
      at('2026-03-29T23:30:00Z'), // Monday 00:30 BST: the next week
    ];
    expect(countInWeek(events, '2026-03-23')).toBe(3);
    expect(countInWeek(events, '2026-03-30')).toBe(1);
    expect(weekOf(new Date('2026-03-29T23:30:00Z')).key).toBe('2026-03-30');
  });

  it('the week the clocks go back (Sunday 25 October 2026) is 169 hours and one week', () => {
    const week = weekOf(new Date('2026-10-21T12:00:00Z'));
    expect(week.key).toBe('2026-10-19');
    expect(hours(week)).toBe(169);
    const events = [
      at('2026-10-18T23:30:00Z'), // Monday 19 Oct 00:30 BST: this week, not the one before
      at('2026-10-25T00:30:00Z'), // 01:30 BST, the first time round
      at('2026-10-25T01:30:00Z'), // 01:30 GMT, the second time round
      at('2026-10-25T23:59:00Z'), // Sunday 23:59 GMT
      at('2026-10-26T00:00:00Z'), // Monday 00:00 GMT: the next week
    ];
    expect(countInWeek(events, '2026-10-12')).toBe(0);
    expect(countInWeek(events, '2026-10-19')).toBe(4);
    expect(countInWeek(events, '2026-10-26')).toBe(1);
  });

  it('a contact at 00:30 on a Monday in summer time belongs to the new week', () => {
    // Monday 8 June 2026 00:30 BST is Sunday 23:30 UTC.
    expect(countInWeek([at('2026-06-07T23:30:00Z')], '2026-06-08')).toBe(1);
    expect(countInWeek([at('2026-06-07T23:30:00Z')], '2026-06-01')).toBe(0);
  });

  it('reads instants with offsets as the same moment', () => {
    expect(countInWeek([at('2026-03-30T00:30:00+01:00')], '2026-03-30')).toBe(1);
  });
});

describe('targetForWeek', () => {
  const plan = [
    { fromWeek: '2026-10-05', times: 10 },
    { fromWeek: '2026-11-23', times: 7 },
    { fromWeek: '2026-12-07', times: 5 },
  ];

  it('is null before any target was set', () => {
    expect(targetForWeek(plan, '2026-09-28')).toBeNull();
    expect(targetForWeek([], '2026-11-23')).toBeNull();
  });

  it('each step holds from its week until the next step', () => {
    expect(targetForWeek(plan, '2026-10-05')).toBe(10);
    expect(targetForWeek(plan, '2026-11-16')).toBe(10);
    expect(targetForWeek(plan, '2026-11-23')).toBe(7);
    expect(targetForWeek(plan, '2026-11-30')).toBe(7);
    expect(targetForWeek(plan, '2026-12-07')).toBe(5);
    expect(targetForWeek(plan, '2027-06-07')).toBe(5);
  });

  it('a target of 0 is a target, not "none"', () => {
    expect(targetForWeek([{ fromWeek: '2026-11-23', times: 0 }], '2026-11-23')).toBe(0);
  });
});

describe('weeklySeries', () => {
  it('gives 12 weeks, oldest first, ending with this week, across the October change', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    const events = [
      at('2026-10-25T01:30:00Z'),
      at('2026-10-26T00:00:00Z'),
      at('2026-11-23T09:00:00Z'),
      at('2026-11-24T09:00:00Z'),
      at('2026-08-30T12:00:00Z'), // more than 12 weeks ago: left out
    ];
    const plan = [
      { fromWeek: '2026-10-19', times: 10 },
      { fromWeek: '2026-11-23', times: 6 },
    ];
    const series = weeklySeries(events, plan, now);
    expect(series).toHaveLength(12);
    expect(series[0]?.week).toBe('2026-09-07');
    expect(series.at(-1)).toEqual({ week: '2026-11-23', count: 2, target: 6 });
    expect(series.find((w) => w.week === '2026-10-19')).toEqual({
      week: '2026-10-19',
      count: 1,
      target: 10,
    });
    expect(series.find((w) => w.week === '2026-10-26')?.count).toBe(1);
    expect(series.find((w) => w.week === '2026-10-12')?.target).toBeNull();
    expect(series.reduce((n, w) => n + w.count, 0)).toBe(4);
    // Every key is a Monday, a week apart, even across the change.
    for (const week of series) expect(new Date(`${week.week}T12:00:00Z`).getUTCDay()).toBe(1);
  });

  it('counts the 167-hour March week whole', () => {
    const series = weeklySeries(
      [at('2026-03-23T00:00:00Z'), at('2026-03-29T22:59:59Z'), at('2026-03-29T23:00:00Z')],
      [],
      new Date('2026-04-01T12:00:00Z'),
    );
    expect(series.at(-2)).toEqual({ week: '2026-03-23', count: 2, target: null });
    expect(series.at(-1)).toEqual({ week: '2026-03-30', count: 1, target: null });
  });
});

describe('stepDown', () => {
  it('goes down in even steps and stays at the end', () => {
    expect(stepDown('2026-11-23', 10, 5, 5)).toEqual([
      { fromWeek: '2026-11-23', times: 10 },
      { fromWeek: '2026-11-30', times: 9 },
      { fromWeek: '2026-12-07', times: 8 },
      { fromWeek: '2026-12-14', times: 6 },
      { fromWeek: '2026-12-21', times: 5 },
    ]);
  });

  it('skips weeks that would repeat the same number', () => {
    // 4, 3.5, 3, 2.5, 2 round to 4, 4, 3, 3, 2: a step only where the number changes.
    expect(stepDown('2026-11-23', 4, 2, 5)).toEqual([
      { fromWeek: '2026-11-23', times: 4 },
      { fromWeek: '2026-12-07', times: 3 },
      { fromWeek: '2026-12-21', times: 2 },
    ]);
  });

  it('keeps its weeks on Mondays across the clock changes, and is a valid plan', () => {
    const plan = stepDown('2026-10-19', 10, 2, 9);
    expect(plan[0]).toEqual({ fromWeek: '2026-10-19', times: 10 });
    expect(plan.at(-1)).toEqual({ fromWeek: '2026-12-14', times: 2 });
    expect(ContactTargets.safeParse(plan).success).toBe(true);
    expect(targetForWeek(plan, '2026-10-26')).toBe(9);
    expect(targetForWeek(plan, '2027-01-04')).toBe(2);
  });

  it('one week, or start equal to end, is a single step', () => {
    expect(stepDown('2026-11-23', 10, 5, 1)).toEqual([{ fromWeek: '2026-11-23', times: 5 }]);
    expect(stepDown('2026-11-23', 5, 5, 4)).toEqual([{ fromWeek: '2026-11-23', times: 5 }]);
  });
});

describe('messageStartsContact', () => {
  const t0 = new Date('2026-11-23T10:00:00Z');
  const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  it('the first message is a contact', () => {
    expect(messageStartsContact(null, t0)).toBe(true);
  });

  it('a message within 30 minutes of the last counted one is the same contact', () => {
    expect(messageStartsContact(t0, later(10))).toBe(false);
    expect(messageStartsContact(t0, later(29.99))).toBe(false);
  });

  it('30 minutes or more after it is a new contact', () => {
    expect(MESSAGE_CONTACT_GAP_MS).toBe(30 * 60_000);
    expect(messageStartsContact(t0, later(30))).toBe(true);
    expect(messageStartsContact(t0, later(40))).toBe(true);
  });
});

describe('weekWords', () => {
  const cases: [number, number | null][] = [
    [0, null],
    [1, null],
    [0, 0],
    [0, 5],
    [3, 5],
    [5, 5],
    [6, 5],
    [12, 2],
    [1, 0],
  ];

  it('never blames: no "failed", no alarms, whatever the numbers', () => {
    for (const [count, target] of cases) {
      const words = weekWords(count, target);
      expect(words).not.toMatch(/fail|miss|only|bad|too many|warning|!/i);
    }
  });

  it('says the agreed number as an upper limit, never as something to reach', () => {
    expect(weekWords(1, null)).toBe('1 contact so far this week.');
    expect(weekWords(3, 5)).toBe('3 contacts so far this week. We agreed up to 5 this week.');
    expect(weekWords(5, 5)).toBe('5 contacts so far this week. We agreed up to 5 this week.');
    expect(weekWords(6, 5)).toBe(
      '6 contacts so far this week. We agreed up to 5. That is OK. Every week is a fresh start.',
    );
    expect(weekWords(4, 5, 1)).toBe(
      '4 contacts so far this week. We agreed up to 5 this week. 1 of them is on your phone, waiting to send.',
    );
    for (let n = 0; n <= 6; n++) {
      expect(weekWords(n, 5)).not.toMatch(/aim|reach|well done|great|goal|target/i);
      expect(caseworkerWeekWords(n, 5)).not.toMatch(/aim|reach|well done|great/i);
    }
    expect(caseworkerWeekWords(4, 5)).toBe(
      '4 contacts so far this week. You agreed up to 5 this week.',
    );
    expect(caseworkerWeekWords(1, null)).toBe(
      '1 contact so far this week. No weekly limit agreed yet.',
    );
  });
});

describe('weekTally: the one rule both sides use for "so far this week"', () => {
  const e = (id: string, iso: string) => ({ id, at: iso });
  // The week of Monday 19 October 2026: the clocks go back at 02:00 BST on Sunday 25 October.
  const plan = [{ fromWeek: '2026-10-19', times: 5 }];
  const week = [
    e('monday-bst', '2026-10-18T23:30:00Z'), // Monday 19th 00:30 BST: this week
    e('held', '2026-10-22T04:23:00Z'), // Thursday 5:23am BST, a held message: counts when sent
    e('twice', '2026-10-25T00:30:00Z'), // Sunday 01:30 BST, before the change
    e('again', '2026-10-25T01:30:00Z'), // Sunday 01:30 GMT, after it: an hour later
    e('late', '2026-10-25T23:30:00Z'), // Sunday 23:30 GMT: still this week (UTC+1 would say not)
    e('next', '2026-10-26T00:00:00Z'), // Monday 26th 00:00 GMT: next week
    e('before', '2026-10-18T22:59:00Z'), // Sunday 18th 23:59 BST: last week
  ];

  it('counts a week that spans the clock change as one 169-hour week', () => {
    const now = new Date('2026-10-25T23:45:00Z');
    expect(hours(weekOf(now))).toBe(169);
    expect(weekTally(week, plan, now)).toEqual({
      week: '2026-10-19',
      count: 5,
      waiting: 0,
      target: 5,
    });
    expect(weekTally(week, plan, new Date('2026-10-26T00:00:00Z')).count).toBe(1);
  });

  it('gives the phone and the console the same count, and says what the phone has not sent', () => {
    const now = new Date('2026-10-25T12:00:00Z');
    const console = weekTally(week.slice(0, 4), plan, now);
    const tap = e('tap', '2026-10-25T11:00:00Z');
    const phone = weekTally(week.slice(0, 4), plan, now, [...week.slice(0, 4), tap]);
    expect(console.count).toBe(4);
    expect(phone).toEqual({ ...console, count: 5, waiting: 1 });
    // Once the tap has reached the server, both say 5.
    const synced = [...week.slice(0, 4), tap];
    expect(weekTally(synced, plan, now)).toEqual(weekTally(synced, plan, now, synced));
  });
});

describe('what stepping down at a review proposes', () => {
  test('about half of this week’s target, as in "5 times instead of 10"', () => {
    expect(stepDownProposal(10, [])).toBe(5);
    expect(stepDownProposal(14, [])).toBe(7); // twice a day
    expect(stepDownProposal(5, [])).toBe(3);
    expect(stepDownProposal(2, [])).toBe(1);
  });

  test('never below once a week, and nothing when that is the plan already', () => {
    expect(stepDownProposal(1, [9, 9])).toBeNull();
    expect(stepDownProposal(0, [])).toBeNull();
  });

  test('with no target agreed, half the weekly average of recent weeks', () => {
    expect(stepDownProposal(null, [6, 8, 7, 7])).toBe(4);
    expect(stepDownProposal(null, [1, 0, 1, 1])).toBeNull();
    expect(stepDownProposal(null, [])).toBeNull();
  });
});
