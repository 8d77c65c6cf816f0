import type { CheckInDraft } from '../../store/check-in-draft';
import { startedAt } from '../journal/days';
import { QUESTION_COUNT } from './questions';
import { resumeStep } from './resume';

interface Props {
  draft: CheckInDraft;
  onCarryOn: () => void;
  onStartAgain: () => void;
}

/** A check-in left half way: carry on at the question they were on, or start again. */
export function CarryOn({ draft, onCarryOn, onStartAgain }: Props) {
  return (
    <>
      <h2>Carry on where you left off?</h2>
      <p>
        You started a check-in {startedAt(draft.updatedAt)} and stopped at question{' '}
        {resumeStep(draft) + 1} of {QUESTION_COUNT}. Your answers are kept on this phone.
      </p>
      <button type="button" class="btn btn-block btn-main" onClick={onCarryOn}>
        Carry on
      </button>
      <button type="button" class="btn btn-secondary btn-block" onClick={onStartAgain}>
        Start again
      </button>
      <p class="hint">If you start again, the answers you gave are deleted.</p>
    </>
  );
}
