import { strengthWords } from '#shared/journal';
import { Choices } from '../../parts/choices';
import { Face } from '../faces';
import type { StepProps } from './types';
import s from '../style.module.css';

const LEVELS = Array.from({ length: 11 }, (_, n) => n);

export function StrengthStep({ draft, change }: StepProps) {
  const value = draft.strength;
  return (
    <>
      <div class={s.scaleEnds} aria-hidden="true">
        <span>0 is calm</span>
        <span>10 is the strongest</span>
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
          <span>
            {value} out of 10: {strengthWords(value).toLowerCase()}
          </span>
        </p>
      )}
    </>
  );
}
