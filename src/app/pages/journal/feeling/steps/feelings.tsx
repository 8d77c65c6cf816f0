import { useSignal } from '@preact/signals';
import { FEELING_WORDS, feelingLabel, isOfferedFeeling } from '#shared/journal';
import { Choices } from '../../parts/choices';
import type { StepProps } from './types';
import { t } from '../words';
import s from '../style.module.css';

export function FeelingsStep({ draft, change }: StepProps) {
  const own = useSignal('');
  const chosen = draft.feelings ?? [];
  const words = [...FEELING_WORDS, ...chosen.filter((w) => !FEELING_WORDS.includes(w))];

  function addOwn() {
    const word = own.value.trim().slice(0, 40);
    if (!word) return;
    if (!chosen.includes(word)) change({ feelings: [...chosen, word] });
    own.value = '';
  }

  return (
    <>
      <Choices
        name="feelings"
        type="checkbox"
        choices={words.map((w) => ({
          value: w,
          label: feelingLabel(w),
          own: !isOfferedFeeling(w),
        }))}
        selected={chosen}
        onChange={(feelings) => change({ feelings })}
      />
      <div class={s.ownWord}>
        <label for="own-feeling" class={s.smallLabel}>
          {t('ownWord')}
        </label>
        <div class={s.ownRow}>
          <input
            id="own-feeling"
            type="text"
            maxLength={40}
            autocomplete="off"
            value={own.value}
            onInput={(e) => (own.value = e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addOwn();
              }
            }}
          />
          <button type="button" class="btn btn-secondary" onClick={addOwn}>
            {t('add')}
          </button>
        </div>
      </div>
    </>
  );
}
