import { londonDate } from '#shared/london';
import { DEFAULT_REVIEW_SETTINGS, nextReview } from '#shared/reviews';
import { Review, ReviewGoal, ReviewSettings, type RelapsePlan } from '#shared/schemas/review';
import type { ReviewSettingsResponse, ReviewsView } from '#shared/schemas/review';
import { z } from 'zod';
import type { Db } from '../db/database';
import { reviewContactPlan } from '../people/contact-targets';
import type { PersonRow } from '../db/tables/people.table';
import { listReviews, readRelapsePlan, readReviewSettings } from '../db/tables/reviews.table';

const Lines = z.array(z.string());
const ReviewGoals = z.array(ReviewGoal);

/** The service's review points, read back through the shared schema; no row: the defaults. */
export async function loadReviewSettings(
  db: Db,
  serviceId: string,
): Promise<ReviewSettingsResponse> {
  const row = await readReviewSettings(db, serviceId);
  if (!row) return { ...DEFAULT_REVIEW_SETTINGS, updatedAt: null };
  const settings = ReviewSettings.parse({
    points: row.points,
    thenEveryWeeks: row.then_every_weeks,
  });
  return { ...settings, updatedAt: row.updated_at.toISOString() };
}

/** When this spell of support began: when support last started again, or the record was made. */
export function supportStartedAt(person: Pick<PersonRow, 'created_at' | 'support_started_at'>) {
  return person.support_started_at ?? person.created_at;
}

export async function loadRelapsePlan(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<RelapsePlan | null> {
  const row = await readRelapsePlan(db, serviceId, personId);
  if (!row) return null;
  return {
    signs: Lines.parse(row.signs),
    whatToDo: Lines.parse(row.what_to_do),
    comeBack: Lines.parse(row.come_back),
    updatedAt: row.updated_at.toISOString(),
  };
}

/** A person's reviews, newest first, read back through the shared schema. */
export async function loadReviews(db: Db, serviceId: string, personId: string): Promise<Review[]> {
  const rows = await listReviews(db, serviceId, personId);
  return rows.map((r) =>
    Review.parse({
      id: r.id,
      heldOn: r.held_on,
      point: r.point,
      goals: ReviewGoals.parse(r.goals),
      nextSteps: r.next_steps,
      decision: r.decision,
      recordedBy: r.recorded_by_name,
      recordedAt: r.recorded_at.toISOString(),
    }),
  );
}

/** Everything the person's Reviews tab shows. */
export async function loadReviewsView(db: Db, person: PersonRow, now: Date): Promise<ReviewsView> {
  const serviceId = person.service_id;
  const [settings, reviews, relapsePlan, contactPlan] = await Promise.all([
    loadReviewSettings(db, serviceId),
    loadReviews(db, serviceId, person.id),
    loadRelapsePlan(db, serviceId, person.id),
    reviewContactPlan(db, serviceId, person.id, now),
  ]);
  const started = supportStartedAt(person);
  const startDay = londonDate(started);
  const last = reviews.find((r) => r.heldOn >= startDay)?.heldOn ?? null;
  const { points, thenEveryWeeks } = settings;
  const next = nextReview(
    {
      supportStartedAt: started,
      status: person.status,
      lastReviewOn: last,
      settings: { points, thenEveryWeeks },
    },
    londonDate(now),
  );
  return {
    status: person.status,
    supportStartedAt: started.toISOString(),
    next,
    settings: { points, thenEveryWeeks },
    relapsePlan,
    contactPlan,
    reviews,
  };
}
