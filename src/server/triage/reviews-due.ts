import { londonDate, londonToInstant } from '#shared/london';
import { nextReview, reviewReminderDay } from '#shared/reviews';
import type { TriageItem } from '#shared/schemas/triage';
import type { Db } from '../db/database';
import type { PersonRow } from '../db/tables/people.table';
import { latestReviewDays } from '../db/tables/reviews.table';
import { loadReviewSettings, supportStartedAt } from '../reviews/reviews';

/**
 * A "review due" row for each supported person whose next review has fallen due (London day).
 * The key names the due day and the reminder day, so a row marked done stays done for a week
 * and then comes back until the review is held; holding it moves the due point on (a new key).
 */
export async function reviewRows(
  db: Db,
  serviceId: string,
  people: PersonRow[],
  now: Date,
): Promise<Omit<TriageItem, 'personName'>[]> {
  const active = people.filter((p) => p.status === 'active');
  if (active.length === 0) return [];
  const { points, thenEveryWeeks } = await loadReviewSettings(db, serviceId);
  const starts = active.map((p) => ({ person: p, started: supportStartedAt(p) }));
  const last = await latestReviewDays(
    db,
    serviceId,
    starts.map((s) => ({ id: s.person.id, since: londonDate(s.started) })),
  );
  const today = londonDate(now);
  return starts.flatMap(({ person, started }) => {
    const input = {
      supportStartedAt: started,
      status: person.status,
      lastReviewOn: last.get(person.id) ?? null,
      settings: { points, thenEveryWeeks },
    };
    const due = nextReview(input, today);
    const remind = due && reviewReminderDay(due, today);
    if (!due || !remind) return [];
    return [
      {
        key: `review:${person.id}:${due.dueOn}:${remind}`,
        kind: 'review' as const,
        personId: person.id,
        at: londonToInstant(due.dueOn, '00:00').toISOString(),
        review: due,
      },
    ];
  });
}
