import { strengthOutOf } from '#shared/journal';
import { Choices } from '../../parts/choices';
import { Face } from '../faces';
import type { StepProps } from './types';
import { t } from '../words';
import s from '../style.module.css';

const LEVELS = Array.from({ length: 11 }, (_, n) => n);

export function StrengthStep({ draft, change }: StepProps) {
  const value = draft.strength;
  return (
    <>
      <div class={s.scaleEnds} aria-hidden="true">
        <span>{t('calmEnd')}</span>
        <span>{t('strongestEnd')}</span>
      </div>
      <Choices
        name="strength"
        type="radio"
        look="tiles"
        choices={LEVELS.map((n) => ({
          value: String(n),
          label: String(n),
          picture: <Face strength={n} />,
        }))}
        selected={value === undefined ? [] : [String(value)]}
        onChange={([v]) => change({ strength: v === undefined ? undefined : Number(v) })}
      />
      {value !== undefined && (
        <p class={s.strengthNow} aria-live="polite">
          <Face strength={value} class={s.bigFace} />
          <span>{strengthOutOf(value)}</span>
        </p>
      )}
    </>
  );
}
