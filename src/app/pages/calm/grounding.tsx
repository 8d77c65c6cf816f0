import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from './words';
import s from './style.module.css';

interface Sense {
  count: number;
  readonly title: string;
  readonly hint: string;
}

function sense(count: number, name: 'see' | 'feel' | 'hear' | 'smell' | 'taste'): Sense {
  return {
    count,
    get title() {
      return t(`${name}Title`);
    },
    get hint() {
      return t(`${name}Hint`);
    },
  };
}

/** 5-4-3-2-1: noticing things around you, one sense at a time, brings you back to now. */
export const SENSES: readonly Sense[] = [
  sense(5, 'see'),
  sense(4, 'feel'),
  sense(3, 'hear'),
  sense(2, 'smell'),
  sense(1, 'taste'),
];

/**
 * The 5-4-3-2-1 grounding exercise, one step at a time. Nothing is written or kept: the
 * person only notices.
 */
export function Grounding() {
  // -1: not started; SENSES.length: finished.
  const step = useSignal(-1);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step.value >= 0) heading.current?.focus();
  }, [step.value]);

  const sense = SENSES[step.value];
  return (
    <section class={s.card} aria-labelledby="ground-title">
      <h2 id="ground-title">{t('groundTitle')}</h2>
      {step.value < 0 && (
        <>
          <p>{t('groundLead')}</p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (step.value = 0)}
          >
            {t('startNoticing')}
          </button>
        </>
      )}
      {sense && (
        <>
          <p class={s.stepCount}>{t('stepOf', { step: step.value + 1, steps: SENSES.length })}</p>
          <h3 ref={heading} tabIndex={-1} class={s.sense}>
            {sense.title}
          </h3>
          <p>{sense.hint}</p>
          <p class={s.dots} aria-hidden="true">
            {'● '.repeat(sense.count).trim()}
          </p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (step.value = step.value + 1)}
          >
            {step.value === SENSES.length - 1 ? t('finish') : t('next')}
          </button>
          <button
            type="button"
            class={`${s.textButton}`}
            onClick={() => (step.value = step.value - 1)}
          >
            {t('back')}
          </button>
        </>
      )}
      {step.value >= SENSES.length && (
        <>
          <h3 ref={heading} tabIndex={-1} class={s.sense}>
            {t('wellDone')}
          </h3>
          <p>{t('slowBreath')}</p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (step.value = 0)}
          >
            {t('startAgain')}
          </button>
        </>
      )}
    </section>
  );
}
