import {
  RECENT_DAYS,
  TRIAGE_KINDS,
  type TriageItem,
  type TriageResponse,
} from '#shared/schemas/triage';
import type { Db } from '../db/database';
import { listPeopleRows } from '../db/tables/people.table';
import { doneTriageKeys } from '../db/tables/triage.table';
import { awayToday } from '../leave/away';
import {
  lastHeardFrom,
  recentCheckIns,
  recentMilestones,
  recentUrgentCare,
  unreadEntriesByPerson,
  unreadMessagesByPerson,
} from '../db/tables/triage.query';
import { reviewRows } from './reviews-due';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Urgent care first, then what is waiting to be read, then news, then people gone quiet. */
function order(a: TriageItem, b: TriageItem): number {
  const kind = TRIAGE_KINDS.indexOf(a.kind) - TRIAGE_KINDS.indexOf(b.kind);
  if (kind !== 0) return kind;
  const at = (item: TriageItem) => (item.at ? Date.parse(item.at) : 0);
  // Not heard from and reviews due: the longest waiting first. Everything else: the newest first.
  return a.kind === 'quiet' || a.kind === 'review' ? at(a) - at(b) : at(b) - at(a);
}

/**
 * Everything that needs this member of staff: their own people and those they cover today, or
 * the whole service for the lead, less the rows they marked done. A row whose person's
 * caseworker is away says so, and who covers (none: the lead's team inbox).
 */
export async function collectTriage(
  db: Db,
  staff: { id: string; serviceId: string; lead: boolean; covered: string[] },
  quietDays: number,
  now: Date,
): Promise<TriageResponse> {
  const { serviceId } = staff;
  const people = await listPeopleRows(
    db,
    serviceId,
    staff.lead ? undefined : staff.id,
    staff.covered,
  );
  const names = new Map(people.map((p) => [p.id, p.display_name]));
  const ids = people.map((p) => p.id);
  const since = new Date(now.getTime() - RECENT_DAYS * DAY_MS);
  const [messages, entries, urgent, checkIns, milestones, heard, reviews, away] = await Promise.all(
    [
      unreadMessagesByPerson(db, serviceId, ids),
      unreadEntriesByPerson(db, serviceId, ids),
      recentUrgentCare(db, serviceId, ids, since),
      recentCheckIns(db, serviceId, ids, since),
      recentMilestones(db, serviceId, ids, since),
      lastHeardFrom(db, serviceId, ids),
      reviewRows(db, serviceId, people, now),
      awayToday(db, serviceId, ids, now),
    ],
  );
  const about = (personId: string) => {
    const leave = away.get(personId);
    return { personId, personName: names.get(personId) ?? '', ...(leave ? { away: leave } : {}) };
  };
  const items: TriageItem[] = [
    ...urgent.map((r) => ({
      key: `urgent-care:${r.id}`,
      kind: 'urgent-care' as const,
      ...about(r.person_id),
      at: r.at.toISOString(),
      urgentCare: { called999: r.called_999, wentToAe: r.went_to_ae, called111: r.called_111 },
    })),
    ...messages.map((r) => ({
      key: `message:${r.person_id}:${r.newest.getTime()}`,
      kind: 'message' as const,
      ...about(r.person_id),
      at: r.newest.toISOString(),
      count: Number(r.waiting),
      released: r.released,
    })),
    ...entries.map((r) => ({
      key: `shared-entry:${r.person_id}:${r.newest.getTime()}`,
      kind: 'shared-entry' as const,
      ...about(r.person_id),
      at: r.newest.toISOString(),
      count: Number(r.waiting),
    })),
    ...checkIns.map((r) => ({
      key: `check-in:${r.id}`,
      kind: 'check-in' as const,
      ...about(r.person_id),
      at: r.received_at.toISOString(),
    })),
    ...milestones.flatMap((r) =>
      r.done_at
        ? [
            {
              key: `milestone:${r.id}:${r.done_at.getTime()}`,
              kind: 'milestone' as const,
              ...about(r.person_id),
              at: r.done_at.toISOString(),
            },
          ]
        : [],
    ),
    ...reviews.map((r) => ({ ...r, ...about(r.personId) })),
    ...people.flatMap((p) => {
      if (p.status !== 'active') return [];
      const last = heard.get(p.id) ?? null;
      // Someone added this week has not gone quiet: count from when they joined.
      if ((last ?? p.created_at).getTime() > now.getTime() - quietDays * DAY_MS) return [];
      return [
        {
          key: `quiet:${p.id}:${last ? last.getTime() : 'never'}`,
          kind: 'quiet' as const,
          ...about(p.id),
          at: last ? last.toISOString() : null,
        },
      ];
    }),
  ];
  const done = await doneTriageKeys(
    db,
    staff.id,
    items.map((i) => i.key),
  );
  return {
    items: items.filter((i) => !done.has(i.key)).sort(order),
    quietDays,
    done: done.size,
  };
}
