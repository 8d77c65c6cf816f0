import { PersonParams } from '../schemas/api';
import {
  PutReviewSettingsRequest,
  RecordReviewRequest,
  RelapsePlan,
  RelapsePlanInput,
  ReviewSettingsResponse,
  ReviewsView,
} from '../schemas/review';
import { endpoint } from './define';

/** Reviews at the service's set points, the relapse plan, and the set points themselves. */
export const reviews = {
  list: endpoint('reviews.list', {
    method: 'GET',
    path: '/api/people/:personId/reviews',
    auth: 'staff',
    summary:
      "The person's next review, their relapse plan and every review, newest first (audited).",
    params: PersonParams,
    response: ReviewsView,
  }),
  record: endpoint('reviews.record', {
    method: 'POST',
    path: '/api/people/:personId/reviews',
    auth: 'staff',
    summary:
      'Record a review: goals in their own words, next steps, and whether support continues, steps down or steps back (with a relapse plan).',
    params: PersonParams,
    body: RecordReviewRequest,
    response: ReviewsView,
    success: [201],
  }),
  setRelapsePlan: endpoint('reviews.setRelapsePlan', {
    method: 'PUT',
    path: '/api/people/:personId/relapse-plan',
    auth: 'staff',
    summary: 'Change the relapse plan; the phone keeps it beside the crisis plan.',
    params: PersonParams,
    body: RelapsePlanInput,
    response: RelapsePlan,
  }),
  settings: endpoint('reviews.settings', {
    method: 'GET',
    path: '/api/review-settings',
    auth: 'staff',
    summary: "When the service's reviews fall due (all staff read it).",
    response: ReviewSettingsResponse,
  }),
  setSettings: endpoint('reviews.setSettings', {
    method: 'PUT',
    path: '/api/review-settings',
    auth: 'staff',
    summary: "Change when the service's reviews fall due (the lead only).",
    body: PutReviewSettingsRequest,
    response: ReviewSettingsResponse,
  }),
};
