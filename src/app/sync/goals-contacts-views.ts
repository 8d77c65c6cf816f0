import { weeklySeries, weekTally, weekWords, type WeekCount } from '#shared/contacts';
import { londonDate } from '#shared/london';
import { nhsDayMonth } from '#shared/time-words';
import type { DeviceProfile } from '#shared/schemas/api';
import type { ContactEvent, ContactsView } from '#shared/schemas/contact';
import type { Goal, Milestone } from '#shared/schemas/goal';
import type { OutboxRecord } from '../store/db';
import { byIsoText } from '#shared/order';
import { catalogue } from '#shared/i18n';
import messages from './goals-contacts-views.messages.json' with { type: 'json' };

const t = catalogue('goals-contacts-views', messages);

/*
 * What the goals and contacts screens show: the synced profile, with what still waits in the
 * outbox laid over it, so a tick or a logged call shows at once, offline too, and stays after a
 * sync that happened before it was sent. Plain functions, no zod and no IndexedDB (Home uses
 * them in the first load).
 */

/** The plain JSON body of a waiting send (ticks and contacts never hold the person's words). */
export function plainBody(record: OutboxRecord): Record<string, unknown> | null {
  const body = record.body;
  if (!body || body.sealed) return null;
  const value = body.value;
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

/** Ticks waiting to be sent, by milestone id: the newest one for each wins. */
export function pendingTicks(
  outbox: readonly OutboxRecord[],
): Map<string, { done: boolean; at: string }> {
  const ticks = new Map<string, { done: boolean; at: string }>();
  for (const record of outbox) {
    if (record.kind !== 'tick' || !record.subject || record.failed) continue;
    const body = plainBody(record);
    if (typeof body?.done !== 'boolean' || typeof body.at !== 'string') continue;
    ticks.set(record.subject, { done: body.done, at: body.at });
  }
  return ticks;
}

/** The goals as the person sees them now: the server's copy with the waiting ticks applied. */
export function goalsNow(goals: readonly Goal[], outbox: readonly OutboxRecord[]): Goal[] {
  const ticks = pendingTicks(outbox);
  if (ticks.size === 0) return [...goals];
  return goals.map((goal) => ({
    ...goal,
    milestones: goal.milestones.map((m) => {
      const tick = ticks.get(m.id);
      if (!tick) return m;
      return { ...m, doneAt: tick.done ? (m.doneAt ?? tick.at) : null };
    }),
  }));
}

/** The first milestone not yet done (the "next step"), or null. */
export function nextStep(goal: Pick<Goal, 'milestones'>): Milestone | null {
  return goal.milestones.find((m) => m.doneAt === null) ?? null;
}

export interface GoalGroups {
  active: Goal[];
  resting: Goal[];
  done: Goal[];
}

/** Active goals first, then those resting for now (paused), then finished ones. */
export function groupGoals(goals: readonly Goal[]): GoalGroups {
  return {
    active: goals.filter((g) => g.status === 'active'),
    resting: goals.filter((g) => g.status === 'paused'),
    done: goals.filter((g) => g.status === 'finished'),
  };
}

/** "5 December", or "5 December 2027" when it is not this year. */
export function dayWords(date: string, today: string): string {
  return nhsDayMonth(date, date.slice(0, 4) !== today.slice(0, 4));
}

/**
 * "Hoped for by 5 December" while that day is still to come (or today); nothing once it has
 * gone by: a missed date simply moves on, and is never shown as late.
 */
export function hopedForWords(targetDate: string | null, now: Date): string | null {
  if (!targetDate) return null;
  const today = londonDate(now);
  if (targetDate < today) return null;
  return t('hopedFor', { day: dayWords(targetDate, today) });
}

/** A contact the person logged on this phone that has not reached the server yet. */
export interface PendingContact {
  id: string;
  at: string;
  kind: ContactEvent['kind'];
}

/**
 * The contacts as the person sees them now: the server's, plus the person's own taps still in
 * the outbox, minus taps they took back ("Undo") that the server has not heard about yet.
 */
export function contactsNow(
  events: readonly ContactEvent[],
  outbox: readonly OutboxRecord[],
): ContactEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const record of outbox) {
    if (!record.subject || record.failed) continue;
    if (record.kind === 'contact') {
      const body = plainBody(record);
      if (typeof body?.at !== 'string' || typeof body.kind !== 'string') continue;
      const kind = body.kind as ContactEvent['kind'];
      byId.set(record.subject, { id: record.subject, at: body.at, kind, source: 'person' });
    } else if (record.kind === 'contact-undo') {
      byId.delete(record.subject);
    }
  }
  return [...byId.values()].sort((a, b) => byIsoText(a.at, b.at));
}

export interface ContactsSummary {
  /** The last 12 weeks, oldest first; the last one is this week. */
  series: WeekCount[];
  count: number;
  target: number | null;
  /** "3 contacts so far this week. We agreed up to 5 this week." */
  words: string;
}

/** This week against the aim, and the 12-week picture, from the profile and the outbox. */
export function contactsSummary(
  profile: { contacts?: Pick<ContactsView, 'targets' | 'events'> | undefined },
  outbox: readonly OutboxRecord[],
  now: Date,
): ContactsSummary {
  const view = profile.contacts ?? { targets: [], events: [] };
  const events = contactsNow(view.events, outbox);
  const series = weeklySeries(events, view.targets, now, 12);
  const week = weekTally(view.events, view.targets, now, events);
  return {
    series,
    count: week.count,
    target: week.target,
    words: weekWords(week.count, week.target, week.waiting),
  };
}

/** The support the phone knows about (older profiles did not carry it: active). */
export function supportOf(profile: Pick<DeviceProfile, 'support'> | null): {
  status: 'active' | 'stepped-back';
  steppedBackAt: string | null;
} {
  return profile?.support
    ? { status: profile.support.status, steppedBackAt: profile.support.steppedBackAt }
    : { status: 'active', steppedBackAt: null };
}

/** Said on Home and Messages once support has stepped back. */
export function steppedBackWords(): string {
  return t('steppedBack');
}
