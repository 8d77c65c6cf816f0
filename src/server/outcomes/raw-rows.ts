import type { LocalDate } from '#shared/schemas/common';
import type { CheckInAnswers } from '#shared/schemas/wellbeing';
import { weekOf } from '#shared/weeks';
import type { CheckInPair, OutcomeRows } from './figures';
import { monthOf, periodsAt } from './periods';

/* The same rows as `load.ts` makes from raw events (what its SQL does), for tests and small data. */

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

/** Support used per person and London week, only the 12 weeks up to `now`'s. */
export function supportWeekRows(
  events: { personId: string; at: Date }[],
  now: Date,
): OutcomeRows['supportWeeks'] {
  return contactWeekRows(events, now).map((r) => ({
    personId: r.personId,
    week: r.week,
    used: r.contacts,
  }));
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
