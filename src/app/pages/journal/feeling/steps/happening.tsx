import type { StepProps } from './types';
import s from '../style.module.css';

export function HappeningStep({ draft, change }: StepProps) {
  return (
    <textarea
      id="step-text"
      class={s.textarea}
      rows={7}
      maxLength={4000}
      value={draft.happening ?? ''}
      aria-describedby="step-hint"
      onInput={(e) => change({ happening: e.currentTarget.value })}
    />
  );
}
