import { describe, expect, test } from 'vitest';
import { londonToInstant } from '#shared/london';
import {
  DEFAULT_REVIEW_SETTINGS,
  FOLLOW_ON_LABEL,
  nextReview,
  reviewDueWords,
  reviewReminderDay,
  type ReviewInput,
} from '#shared/reviews';

/** Support that began at 11:30pm London time on Sunday 8 March 2026 (the clocks go forward on the 29th). */
const started = londonToInstant('2026-03-08', '23:30');
const base: ReviewInput = {
  supportStartedAt: started,
  status: 'active',
  lastReviewOn: null,
  settings: DEFAULT_REVIEW_SETTINGS,
};

describe('when a review falls due', () => {
  test('the interim review falls due 3 weeks after the London day support started, across the spring clock change', () => {
    // 23:30 London on 8 March is 23:30 UTC: the day is the 8th, not the 9th.
    expect(nextReview(base, '2026-03-20')).toEqual({
      label: 'Interim review',
      dueOn: '2026-03-29',
    });
  });

  test('support that began at 12:30am in summer counts from that London day, not the UTC one', () => {
    const summer = { ...base, supportStartedAt: new Date('2026-06-30T23:30:00Z') }; // 00:30 BST on 1 July
    expect(nextReview(summer, '2026-07-01')?.dueOn).toBe('2026-07-22');
  });

  test('a review held on the day clears the interim point; the end of support review is next', () => {
    const held = { ...base, lastReviewOn: '2026-03-29' };
    expect(nextReview(held, '2026-03-30')).toEqual({
      label: 'End of support review',
      dueOn: '2026-05-31',
    });
  });

  test('a review held up to a week early counts for the point, but not eight days early', () => {
    expect(nextReview({ ...base, lastReviewOn: '2026-03-22' }, '2026-03-22')?.label).toBe(
      'End of support review',
    );
    expect(nextReview({ ...base, lastReviewOn: '2026-03-21' }, '2026-03-22')?.label).toBe(
      'Interim review',
    );
  });

  test('with both points passed and neither held, the latest is due and one review clears both', () => {
    expect(nextReview(base, '2026-06-10')).toEqual({
      label: 'End of support review',
      dueOn: '2026-05-31',
    });
    expect(nextReview({ ...base, lastReviewOn: '2026-06-10' }, '2026-06-10')).toEqual({
      label: FOLLOW_ON_LABEL,
      dueOn: '2026-07-08',
    });
  });

  test('after the last point a review falls due every few weeks from the latest review, and none when the service says so', () => {
    const after = { ...base, lastReviewOn: '2026-05-31' };
    expect(nextReview(after, '2026-06-01')).toEqual({ label: 'Review', dueOn: '2026-06-28' });
    const none = { ...after, settings: { ...DEFAULT_REVIEW_SETTINGS, thenEveryWeeks: null } };
    expect(nextReview(none, '2026-06-01')).toBeNull();
  });

  test('support that has stepped back has no review due', () => {
    expect(nextReview({ ...base, status: 'stepped-back' }, '2026-06-10')).toBeNull();
  });

  test('the points are taken in order of weeks, whatever order the lead saved them in', () => {
    const settings = {
      points: [
        { label: 'Twelve', weeks: 12 },
        { label: 'Six', weeks: 6 },
      ],
      thenEveryWeeks: null,
    };
    expect(nextReview({ ...base, settings }, '2026-03-09')?.label).toBe('Six');
  });
});

describe('the row in Today', () => {
  const due = { label: 'Interim review', dueOn: '2026-03-29' };

  test('is not there the day before, and is there on the due day', () => {
    expect(reviewReminderDay(due, '2026-03-28')).toBeNull();
    expect(reviewReminderDay(due, '2026-03-29')).toBe('2026-03-29');
  });

  test('is for the same day all week (marked done, it stays done), then comes back a week later', () => {
    expect(reviewReminderDay(due, '2026-04-04')).toBe('2026-03-29');
    expect(reviewReminderDay(due, '2026-04-05')).toBe('2026-04-05');
    expect(reviewReminderDay(due, '2026-04-13')).toBe('2026-04-12');
  });

  test('says when it fell due in plain words', () => {
    expect(reviewDueWords(due, '2026-03-29')).toBe('Interim review due today');
    expect(reviewDueWords(due, '2026-03-20')).toBe('Interim review due on Sunday 29 March');
    expect(reviewDueWords(due, '2026-04-02')).toBe('Interim review due since Sunday 29 March');
  });

  test('across the autumn clock change, a week is still seven London days', () => {
    const october = { label: 'Review', dueOn: '2026-10-22' };
    expect(reviewReminderDay(october, '2026-10-29')).toBe('2026-10-29');
  });
});
