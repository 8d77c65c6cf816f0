import { describe, expect, it } from 'vitest';
import { CheckInDraft } from '../../../../../src/app/store/check-in-draft';
import { offerCheckInResume, resumeStep } from '../../../../../src/app/pages/check-in/resume';
import { NO_ANSWERS, QUESTION_COUNT } from '../../../../../src/app/pages/check-in/questions';

const at = '2026-12-02T20:30:00.000Z';
const draft = (patch: Partial<CheckInDraft>): CheckInDraft =>
  CheckInDraft.parse({ answers: NO_ANSWERS, step: 0, reason: 'monthly', updatedAt: at, ...patch });

describe('carrying on a check-in left half way', () => {
  it('offers nothing when nothing was left', () => {
    expect(offerCheckInResume(null)).toBe(false);
  });

  it('starts again when it was opened and left on the first question with nothing chosen', () => {
    expect(offerCheckInResume(draft({ step: 0 }))).toBe(false);
  });

  it('offers to carry on once an answer was given, even on the first question', () => {
    expect(offerCheckInResume(draft({ answers: { ...NO_ANSWERS, satisfied: 0 } }))).toBe(true);
    expect(offerCheckInResume(draft({ answers: { ...NO_ANSWERS, lonely: 'never' } }))).toBe(true);
  });

  it('offers to carry on once a question was got past, even if every one was skipped', () => {
    expect(offerCheckInResume(draft({ step: 2 }))).toBe(true);
  });

  it('carries on at the question they were on, never past the last', () => {
    expect(resumeStep(draft({ step: 2 }))).toBe(2);
    expect(resumeStep(draft({ step: QUESTION_COUNT - 1 }))).toBe(QUESTION_COUNT - 1);
    expect(resumeStep(draft({ step: 20 }))).toBe(QUESTION_COUNT - 1);
  });

  it('keeps a 0 as an answer, not as nothing', () => {
    const kept = draft({ step: 3, answers: { ...NO_ANSWERS, happy: 0, anxious: 10 } });
    expect(kept.answers.happy).toBe(0);
    expect(offerCheckInResume(kept)).toBe(true);
  });

  it('refuses a draft that is not a check-in', () => {
    expect(
      CheckInDraft.safeParse({ answers: { satisfied: 11 }, step: 0, reason: 'monthly' }).success,
    ).toBe(false);
  });
});
