import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { checkInDue } from '#shared/check-ins';
import {
  LONELINESS_OPTIONS,
  type CheckInAnswers,
  type CheckInReason,
} from '#shared/schemas/wellbeing';
import { NotLinked } from '../../components/not-linked/index';
import { firstName } from '../../store/profile-fields';
import { supportOf } from '../../sync/goals-contacts-views';
import { useAppState } from '../../state';
import { readChoices, readOffers } from '../../store/check-ins';
import { loadCheckInDraft, type CheckInDraft } from '../../store/check-in-draft';
import { finishCheckIn, setCheckInSending, skipCheckIn } from '../../sync/check-ins';
import { CarryOn } from './carry-on';
import { useKeepAnswers } from './keep-answers';
import {
  lonelyLabel,
  lonelyQuestion,
  NO_ANSWERS,
  QUESTION_COUNT,
  SCORE_QUESTIONS,
} from './questions';
import { offerCheckInResume, resumeStep } from './resume';
import { t } from './words';
import s from './style.module.css';

type Stage = 'intro' | 'resume' | number | 'ask' | 'thanks';

const SCORES = Array.from({ length: 11 }, (_, i) => i);

function ScoreQuestion({
  index,
  value,
  onChange,
}: {
  index: number;
  value: number | null;
  onChange: (v: number) => void;
}) {
  const q = SCORE_QUESTIONS[index];
  if (!q) return null;
  const hintId = `q-${q.key}-hint`;
  return (
    <fieldset class={s.question} aria-describedby={hintId}>
      <legend class={s.legend}>{q.question}</legend>
      <p id={hintId} class="hint">
        {q.hint}
      </p>
      <div class={s.scores}>
        {SCORES.map((n) => (
          <label key={n} class={s.score}>
            <input
              type="radio"
              name={q.key}
              value={String(n)}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function LonelyQuestion({
  value,
  onChange,
}: {
  value: CheckInAnswers['lonely'];
  onChange: (v: NonNullable<CheckInAnswers['lonely']>) => void;
}) {
  return (
    <fieldset class={s.question}>
      <legend class={s.legend}>{lonelyQuestion()}</legend>
      <div class={s.options}>
        {LONELINESS_OPTIONS.map((option) => (
          <label key={option} class={s.option}>
            <input
              type="radio"
              name="lonely"
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            <span>{lonelyLabel(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A one-minute wellbeing check-in: five questions, each one skippable, kept on the phone. */
export default function CheckIn() {
  const state = useAppState();
  const profile = state.profile.value;
  const stage = useSignal<Stage>('intro');
  const answers = useSignal<CheckInAnswers>(NO_ANSWERS);
  const reason = useSignal<CheckInReason | null>(null);
  const sending = useSignal<boolean | null>(null);
  const saved = useSignal(false);
  const left = useSignal<CheckInDraft | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const answersKept = useKeepAnswers(state.lock);

  useEffect(() => {
    let live = true;
    void Promise.all([
      readOffers(state.lock),
      readChoices(state.lock),
      loadCheckInDraft(state.lock).catch(() => null),
    ]).then(([offers, choices, draft]) => {
      if (!live) return;
      const due = checkInDue({ offers }, supportOf(state.profile.peek()), new Date());
      reason.value = due ?? 'monthly';
      sending.value = choices.checkIns;
      if (offerCheckInResume(draft)) {
        left.value = draft;
        stage.value = 'resume';
      }
    });
    return () => {
      live = false;
    };
  }, [state]);

  // Each new question or screen: put focus on the top heading, as moving to a screen does.
  useEffect(() => {
    if (stage.value !== 'intro') heading.current?.focus();
  }, [stage.value]);

  if (state.sync.link.value === 'loading') return <p>{t('opening')}</p>;
  if (state.sync.link.value !== 'linked' || !profile) {
    return <NotLinked title={t('title')} words={t('notLinked')} />;
  }
  const name = firstName(profile.caseworker.name);
  const current = stage.value;

  /** Show question `step` with these answers, kept on the phone as they go. */
  function ask(step: number, given: CheckInAnswers) {
    answers.value = given;
    stage.value = step;
    answersKept.keep(step, given, reason.value ?? 'monthly');
  }

  async function next(skip: boolean) {
    if (typeof current !== 'number') return;
    let given = answers.value;
    if (skip) {
      const key = current < SCORE_QUESTIONS.length ? SCORE_QUESTIONS[current]?.key : 'lonely';
      if (key) given = { ...given, [key]: null };
    }
    if (current + 1 < QUESTION_COUNT) {
      ask(current + 1, given);
      return;
    }
    answers.value = given;
    await answersKept.drop();
    const result = await finishCheckIn(state, reason.value ?? 'monthly', given);
    saved.value = result.saved !== null;
    stage.value = result.ask ? 'ask' : 'thanks';
  }

  function carryOn(draft: CheckInDraft) {
    reason.value = draft.reason;
    ask(resumeStep(draft), draft.answers);
  }

  async function startAgain() {
    await answersKept.drop();
    left.value = null;
    ask(0, NO_ANSWERS);
  }

  async function choose(send: boolean) {
    await setCheckInSending(state, send);
    sending.value = send;
    stage.value = 'thanks';
  }

  async function notNow() {
    await skipCheckIn(state, reason.value ?? 'monthly');
    location.assign('/');
  }

  const title = (
    <h1 ref={heading} tabIndex={-1} class={s.title}>
      {t('title')}
    </h1>
  );

  if (current === 'intro') {
    return (
      <div class={s.page}>
        {title}
        <p class={s.lead}>{t('lead')}</p>
        <p>{t('intro', { name })}</p>
        <button type="button" class="btn btn-block btn-main" onClick={() => ask(0, answers.value)}>
          {t('start')}
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={() => void notNow()}>
          {t('notNow')}
        </button>
      </div>
    );
  }

  if (current === 'resume' && left.value) {
    const draft = left.value;
    return (
      <div class={s.page}>
        {title}
        <CarryOn
          draft={draft}
          onCarryOn={() => carryOn(draft)}
          onStartAgain={() => void startAgain()}
        />
      </div>
    );
  }

  if (current === 'ask') {
    return (
      <div class={s.page}>
        {title}
        <h2>{t('askHeading', { name })}</h2>
        <p>{t('askWhy', { name })}</p>
        <p>{t('askOnly')}</p>
        <button type="button" class="btn btn-block" onClick={() => void choose(true)}>
          {t('askYes', { name })}
        </button>
        <button
          type="button"
          class="btn btn-secondary btn-block"
          onClick={() => void choose(false)}
        >
          {t('askNo')}
        </button>
      </div>
    );
  }

  if (current === 'thanks') {
    return (
      <div class={s.page}>
        {title}
        <h2>{t('thanks')}</h2>
        <p>{saved.value ? t('saved') : t('skippedAll')}</p>
        {saved.value && <p>{sending.value ? t('willSend', { name }) : t('notSent', { name })}</p>}
        <a href="/" class="btn btn-block">
          {t('home')}
        </a>
      </div>
    );
  }

  if (typeof current !== 'number') return null;
  const scoreIndex = current < SCORE_QUESTIONS.length ? current : null;
  const key = scoreIndex !== null ? SCORE_QUESTIONS[scoreIndex]?.key : null;
  return (
    <div class={s.page}>
      <div class={s.top}>
        <button
          type="button"
          class={s.back}
          onClick={() => (current > 0 ? ask(current - 1, answers.value) : (stage.value = 'intro'))}
        >
          <span aria-hidden="true">‹ </span>
          {t('back')}
        </button>
      </div>
      {title}
      <p class={s.count}>{t('questionOf', { question: current + 1, questions: QUESTION_COUNT })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void next(false);
        }}
      >
        {key ? (
          <ScoreQuestion
            index={scoreIndex ?? 0}
            value={answers.value[key]}
            onChange={(v) => ask(current, { ...answers.value, [key]: v })}
          />
        ) : (
          <LonelyQuestion
            value={answers.value.lonely}
            onChange={(v) => ask(current, { ...answers.value, lonely: v })}
          />
        )}
        <button type="submit" class="btn btn-block">
          {current + 1 < QUESTION_COUNT ? t('next') : t('finish')}
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={() => void next(true)}>
          {t('skip')}
        </button>
      </form>
    </div>
  );
}
