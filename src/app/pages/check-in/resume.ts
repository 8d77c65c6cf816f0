import type { CheckInDraft } from '../../store/check-in-draft';
import { QUESTION_COUNT } from './questions';

/**
 * Offer "Carry on where you left off"? Only when there is something to carry on: an answer
 * given, or a question got past (skipping one is a choice too). A check-in opened and left on
 * its first question with nothing chosen simply starts again.
 */
export function offerCheckInResume(draft: CheckInDraft | null): draft is CheckInDraft {
  if (!draft) return false;
  return draft.step > 0 || Object.values(draft.answers).some((a) => a !== null);
}

/** The question to carry on at: the one they were on, never past the last. */
export function resumeStep(draft: CheckInDraft): number {
  return Math.min(Math.max(draft.step, 0), QUESTION_COUNT - 1);
}
