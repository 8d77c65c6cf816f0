import { WANTED_LABELS } from '#shared/journal';
import { WANTED_OPTIONS, type WantedOption } from '#shared/schemas/journal';
import { Choices } from '../../parts/choices';
import type { StepProps } from './types';
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
        <div class={s.gentle} role="note" aria-label="If you need help now">
          <p>
            <strong>If your life, or someone else's, is in danger now, call 999.</strong>
          </p>
          <p>If you need help soon but it is not an emergency, call 111 and choose option 2.</p>
          <div class={s.gentleButtons}>
            <a href="tel:999" class="btn btn-warning">
              Call 999
            </a>
            <a href="tel:111" class="btn btn-secondary">
              Call 111
            </a>
          </div>
          <p class={s.gentleEnd}>You can carry on writing here too.</p>
        </div>
      )}
      {wanted.includes('something-else') && (
        <>
          <label for="wanted-other" class={s.smallLabel}>
            What else did you feel like doing? You do not have to say.
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
