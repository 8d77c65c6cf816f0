import { useEffect, useRef } from 'preact/hooks';
import type { JournalDraft } from '#shared/schemas/journal';
import { ReadAloud } from '../../../components/read-aloud';
import { PrivateNote } from '../parts/private-note';
import { STEPS } from './steps';
import { t } from './words';
import s from './style.module.css';
import { ErrorMessage } from '../../../../ui/error-message';

interface Props {
  draft: JournalDraft;
  selfHelp: readonly string[];
  problem: string;
  change: (patch: Partial<JournalDraft>) => void;
  save: () => void;
  exitHref: string;
}

/** One step on screen: where you are, the question, the answer, and the way on. */
export function StepView({ draft, selfHelp, problem, change, save, exitHref }: Props) {
  const index = Math.min(Math.max(draft.step, 0), STEPS.length - 1);
  const step = STEPS[index] ?? STEPS[0];
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  const page = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Move focus to the new question (not on first open, where the page title is read).
    if (first.current) first.current = false;
    else heading.current?.focus();
    window.scrollTo(0, 0);
  }, [index]);

  if (!step) return null;
  const last = index === STEPS.length - 1;
  const answered = step.answered(draft);
  const forward = () => (last ? save() : change({ step: index + 1 }));
  const { Body } = step;

  const question =
    step.form === 'text' ? <label for="step-text">{step.question}</label> : step.question;

  return (
    <div class={s.page} ref={page}>
      <div class={s.top}>
        {index > 0 ? (
          <button
            type="button"
            class={s.back}
            data-read-skip
            onClick={() => change({ step: index - 1 })}
          >
            <span aria-hidden="true">‹ </span>
            {t('back')}
          </button>
        ) : (
          <a href={exitHref} class={s.back} data-read-skip>
            <span aria-hidden="true">‹ </span>
            {t('back')}
          </a>
        )}
        <p class={s.count}>{t('stepOf', { step: index + 1, steps: STEPS.length })}</p>
      </div>
      {/* A new step is a new reading: the one before stops when its step goes. */}
      <ReadAloud key={index} target={page} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          forward();
        }}
        noValidate
      >
        {step.form === 'group' ? (
          <fieldset class={s.fieldset} aria-describedby="step-hint">
            <legend class={s.legend}>
              <h1 ref={heading} tabIndex={-1} class={s.question}>
                {question}
              </h1>
            </legend>
            {step.hint && (
              <p id="step-hint" class="hint">
                {step.hint}
              </p>
            )}
            <Body draft={draft} change={change} selfHelp={selfHelp} />
          </fieldset>
        ) : (
          <>
            <h1 ref={heading} tabIndex={-1} class={s.question}>
              {question}
            </h1>
            {step.hint && (
              <p id="step-hint" class="hint">
                {step.hint}
              </p>
            )}
            <Body draft={draft} change={change} selfHelp={selfHelp} />
          </>
        )}
        {problem && <ErrorMessage standalone>{problem}</ErrorMessage>}
        <div class={s.actions}>
          <button type="submit" class="btn btn-block btn-main">
            {last ? t('save') : t('next')}
          </button>
          {!answered && (
            <button type="button" class={`btn btn-secondary btn-block ${s.skip}`} onClick={forward}>
              {last ? t('skipSave') : t('skip')}
            </button>
          )}
        </div>
      </form>
      <p class={s.autosave}>{t('autosave')}</p>
      <p class={s.calm}>
        <a href="/calm">{t('calm')}</a>
      </p>
      <PrivateNote />
    </div>
  );
}
