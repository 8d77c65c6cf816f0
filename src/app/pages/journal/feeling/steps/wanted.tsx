import { WANTED_LABELS } from '#shared/journal';
import { WANTED_OPTIONS, type WantedOption } from '#shared/schemas/journal';
import { Choices } from '../../parts/choices';
import type { StepProps } from './types';
import { t } from '../words';
import s from '../style.module.css';

function isWanted(value: string): value is WantedOption {
  return WANTED_OPTIONS.some((o) => o === value);
}

export function WantedStep({ draft, change }: StepProps) {
  const wanted = draft.wanted ?? [];
  return (
    <>
      <Choices
        name="wanted"
        type="checkbox"
        look="rows"
        choices={WANTED_OPTIONS.map((o) => ({ value: o, label: WANTED_LABELS[o] }))}
        selected={wanted}
        onChange={(values) => change({ wanted: values.filter(isWanted) })}
      />
      {wanted.includes('call-999') && (
        <div class={s.gentle} role="note" aria-label={t('helpNowLabel')}>
          <p>
            <strong>{t('danger')}</strong>
          </p>
          <p>{t('soon')}</p>
          <div class={s.gentleButtons}>
            <a href="tel:999" class="btn btn-warning">
              {t('call999')}
            </a>
            <a href="tel:111" class="btn btn-secondary">
              {t('call111')}
            </a>
          </div>
          <p class={s.gentleEnd}>{t('carryOnWriting')}</p>
        </div>
      )}
      {wanted.includes('something-else') && (
        <>
          <label for="wanted-other" class={s.smallLabel}>
            {t('whatElse')}
          </label>
          <textarea
            id="wanted-other"
            class={s.textarea}
            rows={3}
            maxLength={500}
            value={draft.wantedOther ?? ''}
            onInput={(e) => change({ wantedOther: e.currentTarget.value })}
          />
        </>
      )}
    </>
  );
}
