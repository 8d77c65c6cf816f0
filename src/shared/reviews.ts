import { addDays, daysBetween, londonDate } from './london';
import type { LocalDate } from './schemas/common';
import type { ReviewDecision, ReviewDue, ReviewSettings } from './schemas/review';
import { catalogue } from './i18n';
import messages from './reviews.messages.json' with { type: 'json' };
import { nhsDate } from './time-words';

const t = catalogue('reviews', messages);

/** An interim review at 3 weeks, a review at the end of support at 12, then every 4 weeks. */
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = {
  points: [
    { label: 'Interim review', weeks: 3 },
    { label: 'End of support review', weeks: 12 },
  ],
  thenEveryWeeks: 4,
};

/** A review held up to a week before a set point counts for it (a holiday, a busy week). */
export const REVIEW_EARLY_DAYS = 7;

/** A review that is due and not held comes back to Today this often, until it is held. */
export const REVIEW_REMINDER_DAYS = 7;

/** The name of a review due after the last set point, while support carries on. */
export const FOLLOW_ON_LABEL = 'Review';

export interface ReviewInput {
  /** When this spell of support began (the record was made, or support started again). */
  supportStartedAt: Date;
  status: 'active' | 'stepped-back';
  /** The London day of the latest review held in this spell of support, if any. */
  lastReviewOn: LocalDate | null;
  settings: ReviewSettings;
}

/**
 * The next review a person has, by London days: the set points counted in whole weeks from the
 * day support began. A review clears every set point due up to a week after it was held; with
 * more than one point passed and not held, the latest is the one due (one review covers them).
 * After the last set point, one falls due `thenEveryWeeks` after the latest review. Support
 * that has stepped back has none. `today` decides which passed point is named.
 */
export function nextReview(input: ReviewInput, today: LocalDate): ReviewDue | null {
  if (input.status !== 'active') return null;
  const start = londonDate(input.supportStartedAt);
  const last = input.lastReviewOn;
  const points = [...input.settings.points]
    .sort((a, b) => a.weeks - b.weeks)
    .map((p) => ({ label: p.label, dueOn: addDays(start, p.weeks * 7) }));
  const open = points.filter((p) => !last || last < addDays(p.dueOn, -REVIEW_EARLY_DAYS));
  if (open.length > 0) {
    const passed = open.filter((p) => p.dueOn <= today);
    return passed.at(-1) ?? open[0] ?? null;
  }
  const every = input.settings.thenEveryWeeks;
  if (every === null) return null;
  const from = last ?? start;
  return { label: FOLLOW_ON_LABEL, dueOn: addDays(from, every * 7) };
}

/**
 * The day a due review's row in Today is for: its due day, then a week later and each week on,
 * so a row marked done comes back a week later until the review is held. Null before it is due.
 */
export function reviewReminderDay(due: ReviewDue, today: LocalDate): LocalDate | null {
  const late = daysBetween(due.dueOn, today);
  if (late < 0) return null;
  return addDays(due.dueOn, late - (late % REVIEW_REMINDER_DAYS));
}

/** "Interim review due today", "... due on Monday 28 December", "... due since ...". */
export function reviewDueWords(due: ReviewDue, today: LocalDate): string {
  const late = daysBetween(due.dueOn, today);
  if (late === 0) return t('dueToday', { label: due.label });
  if (late < 0) return t('dueOn', { label: due.label, day: nhsDate(due.dueOn) });
  return t('dueSince', { label: due.label, day: nhsDate(due.dueOn) });
}

/** What a review decided, for the caseworker (read as shown: getters). */
export const DECISION_WORDS: Readonly<Record<ReviewDecision, string>> = {
  get continues() {
    return t('continues');
  },
  get 'steps-down'() {
    return t('stepsDown');
  },
  get 'steps-back'() {
    return t('stepsBack');
  },
};

/** How to come back to the team, when a relapse plan says nothing of it (never no way back). */
export function defaultComeBack(caseworkerFirstName: string | null): string {
  const known = caseworkerFirstName === null ? 'no' : 'yes';
  return t('comeBack', { known, who: caseworkerFirstName ?? '' });
}
