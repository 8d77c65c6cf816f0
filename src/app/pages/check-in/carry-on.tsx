import type { CheckInDraft } from '../../store/check-in-draft';
import { startedWhen } from '../journal/days';
import { t } from './words';
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
      <h2>{t('carryOnQuestion')}</h2>
      <p>
        {t('startedAt', {
          ...startedWhen(draft.updatedAt),
          question: resumeStep(draft) + 1,
          questions: QUESTION_COUNT,
        })}
      </p>
      <button type="button" class="btn btn-block btn-main" onClick={onCarryOn}>
        {t('carryOn')}
      </button>
      <button type="button" class="btn btn-secondary btn-block" onClick={onStartAgain}>
        {t('startAgain')}
      </button>
      <p class="hint">{t('startAgainHint')}</p>
    </>
  );
}
