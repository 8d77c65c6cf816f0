import { addDays } from './london';
import type { ContactEvent, ContactTargetStep } from './schemas/contact';
import type { LocalDate } from './schemas/common';
import { catalogue } from './i18n';
import messages from './contact-week.messages.json' with { type: 'json' };
import { weekOf } from './weeks';

const t = catalogue('contact-week', messages);

/*
 * Counting contacts against the weekly target, the same on the phone, in the console and in
 * the outcomes figures. Weeks run Monday 00:00 to Monday 00:00 in Europe/London (`weekOf`), so a
 * week with a clock change is 167 or 169 hours long and still one week.
 */

/** App messages sent within this long of the last counted one are the same contact. */
export const MESSAGE_CONTACT_GAP_MS = 30 * 60 * 1000;

/** The target for the week starting `week` (a Monday key), or null when none was set yet. */
export function targetForWeek(steps: readonly ContactTargetStep[], week: LocalDate): number | null {
  let target: number | null = null;
  for (const step of steps) {
    if (step.fromWeek <= week) target = step.times;
    else break;
  }
  return target;
}

/** How many contacts fall in the week starting `week`. */
export function countInWeek(events: readonly Pick<ContactEvent, 'at'>[], week: LocalDate): number {
  let count = 0;
  for (const event of events) if (weekOf(new Date(event.at)).key === week) count += 1;
  return count;
}

export interface WeekCount {
  /** The Monday, `YYYY-MM-DD`. */
  week: LocalDate;
  count: number;
  target: number | null;
}

/** The last `weeks` weeks up to and including the week of `now`, oldest first. */
export function weeklySeries(
  events: readonly Pick<ContactEvent, 'at'>[],
  steps: readonly ContactTargetStep[],
  now: Date,
  weeks = 12,
): WeekCount[] {
  const thisWeek = weekOf(now).key;
  const keys: LocalDate[] = [];
  for (let i = weeks - 1; i >= 0; i--) keys.push(addDays(thisWeek, -7 * i));
  const counts = new Map<LocalDate, number>(keys.map((k) => [k, 0]));
  for (const event of events) {
    const key = weekOf(new Date(event.at)).key;
    const found = counts.get(key);
    if (found !== undefined) counts.set(key, found + 1);
  }
  return keys.map((week) => ({
    week,
    count: counts.get(week) ?? 0,
    target: targetForWeek(steps, week),
  }));
}

/**
 * A step-down plan: from `fromWeek`, go from `start` to `end` contacts a week in even steps over
 * `weeks` weeks, then stay at `end`. `stepDown('2026-11-23', 10, 5, 5)` gives 10, 9, 8, 6, 5.
 */
export function stepDown(
  fromWeek: LocalDate,
  start: number,
  end: number,
  weeks: number,
): ContactTargetStep[] {
  const steps: ContactTargetStep[] = [];
  const n = Math.max(1, Math.floor(weeks));
  for (let i = 0; i < n; i++) {
    const times = n === 1 ? end : Math.round(start + ((end - start) * i) / (n - 1));
    if (steps.at(-1)?.times === times) continue;
    steps.push({ fromWeek: addDays(fromWeek, 7 * i), times });
  }
  return steps;
}

/**
 * Whether a new app message counts as a new contact: it does unless the last counted message
 * contact was less than 30 minutes before it.
 */
export function messageStartsContact(lastCounted: Date | null, sentAt: Date): boolean {
  return lastCounted === null || sentAt.getTime() - lastCounted.getTime() >= MESSAGE_CONTACT_GAP_MS;
}

/** This week's contacts as both sides count them. */
export interface WeekTally {
  /** The Monday of this week, `YYYY-MM-DD`. */
  week: LocalDate;
  count: number;
  /** Of `count`, the contacts logged on the phone that have not reached the server yet. */
  waiting: number;
  target: number | null;
}

/**
 * The one rule for "so far this week", used by the phone and the console: every contact whose
 * time falls in this Monday-to-Monday London week (a message held outside agreed hours counts
 * from when it was sent, like any other contact), against that week's target. The console
 * passes the server's contacts; the phone passes them with its own unsent taps laid over
 * (`onPhone`), and those are counted in `waiting` too so the phone can say why it is ahead.
 */
export function weekTally(
  server: readonly Pick<ContactEvent, 'id' | 'at'>[],
  steps: readonly ContactTargetStep[],
  now: Date,
  onPhone: readonly Pick<ContactEvent, 'id' | 'at'>[] = server,
): WeekTally {
  const week = weekOf(now).key;
  const known = new Set(server.map((e) => e.id));
  return {
    week,
    count: countInWeek(onPhone, week),
    waiting: countInWeek(
      onPhone.filter((e) => !known.has(e.id)),
      week,
    ),
    target: targetForWeek(steps, week),
  };
}

/**
 * Friendly words for the person, never an alarm: "3 contacts so far this week. We agreed up to
 * 5 this week." The target is a ceiling being stepped down, so reaching it is never praised and
 * going over is said plainly, without blame.
 */
export function weekWords(count: number, target: number | null, waiting = 0): string {
  const within = target === null ? 'none' : count <= target ? 'within' : 'over';
  return t('week', { count, target: within, limit: target ?? 0, waiting });
}

/** The same count for the caseworker: "4 contacts so far this week. You agreed up to 5." */
export function caseworkerWeekWords(count: number, target: number | null): string {
  const contacts = `${count} ${count === 1 ? 'contact' : 'contacts'} so far this week.`;
  if (target === null) return `${contacts} No weekly limit agreed yet.`;
  return `${contacts} You agreed up to ${target} this week.`;
}

/**
 * What a review that steps support down proposes for the weekly contact target from next
 * week, for the caseworker to confirm or change: about half ("I want to see if you can just
 * call me 5 times instead of 10 times next week", in a caseworker's words), from this week's
 * target, or from the weekly average of the last weeks when no target was agreed. Never below
 * 1 a week: stepping down is less contact, not none (that is stepping back). Null when there
 * is nothing lower to propose.
 */
export function stepDownProposal(
  target: number | null,
  recentWeeks: readonly number[],
): number | null {
  const average =
    recentWeeks.length === 0 ? 0 : recentWeeks.reduce((a, b) => a + b, 0) / recentWeeks.length;
  const from = target ?? Math.round(average);
  if (from <= 1) return null;
  return Math.ceil(from / 2);
}
