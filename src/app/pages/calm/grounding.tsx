import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import s from './style.module.css';

interface Sense {
  count: number;
  title: string;
  hint: string;
}

/** 5-4-3-2-1: noticing things around you, one sense at a time, brings you back to now. */
export const SENSES: readonly Sense[] = [
  {
    count: 5,
    title: '5 things you can see',
    hint: 'Look around you. Say them out loud or in your head.',
  },
  {
    count: 4,
    title: '4 things you can feel',
    hint: 'Your feet on the floor, your clothes, the chair.',
  },
  { count: 3, title: '3 things you can hear', hint: 'Listen. Cars, a clock, your own breathing.' },
  { count: 2, title: '2 things you can smell', hint: 'Or 2 smells you like, if nothing is near.' },
  { count: 1, title: '1 thing you can taste', hint: 'Or take a sip of water and notice it.' },
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
      <h2 id="ground-title">Notice what is around you</h2>
      {step.value < 0 && (
        <>
          <p>
            This is called 5-4-3-2-1. It can help when your thoughts are racing or you feel panicky.
          </p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (step.value = 0)}
          >
            Start noticing
          </button>
        </>
      )}
      {sense && (
        <>
          <p class={s.stepCount}>
            Step {step.value + 1} of {SENSES.length}
          </p>
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
            {step.value === SENSES.length - 1 ? 'Finish' : 'Next'}
          </button>
          <button
            type="button"
            class={`${s.textButton}`}
            onClick={() => (step.value = step.value - 1)}
          >
            Back
          </button>
        </>
      )}
      {step.value >= SENSES.length && (
        <>
          <h3 ref={heading} tabIndex={-1} class={s.sense}>
            Well done
          </h3>
          <p>Take a slow breath. Notice how you feel now.</p>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (step.value = 0)}
          >
            Start again
          </button>
        </>
      )}
    </section>
  );
}
