import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { Goal, Milestone } from '#shared/schemas/goal';
import { ReadAloud } from '../../components/read-aloud';
import { NotLinked } from '../../components/not-linked/index';
import { LastUpdated } from '../../components/team/last-updated';
import { firstName } from '../../store/profile-fields';
import { useNow } from '../../components/use-now';
import {
  dayWords,
  goalsNow,
  groupGoals,
  hopedForWords,
  nextStep,
} from '../../sync/goals-contacts-views';
import { londonDate } from '#shared/london';
import { useAppState } from '../../state';
import { tickMilestone } from '../../sync/goals-contacts';
import { rich } from '../../../ui/i18n/rich';
import { t } from './words';
import s from './style.module.css';

/** Words the caseworker or the person wrote (a goal's steps, a reward): kept as written. */
const own = (words: string) => <span data-own-words>{words}</span>;

interface Reached {
  milestone: Milestone;
  goalTitle: string;
}

/** "Well done!": the milestone, the person's own reward, and a way back. */
function Celebration({ reached, onClose }: { reached: Reached; onClose: () => void }) {
  const state = useAppState();
  const heading = useRef<HTMLHeadingElement>(null);
  const still = state.display.value.reduceMotion;
  useEffect(() => heading.current?.focus(), [reached]);
  const { milestone } = reached;
  return (
    <section class={s.celebrate} aria-labelledby="well-done" data-testid="celebration">
      {!still && (
        <div class={s.sparkles} aria-hidden="true" data-testid="sparkles">
          <span>★</span>
          <span>✦</span>
          <span>★</span>
          <span>✦</span>
          <span>★</span>
        </div>
      )}
      <h2 id="well-done" ref={heading} tabIndex={-1} class={s.wellDone}>
        {t('wellDone')}
      </h2>
      <p class={s.reachedLine}>{rich(t('didIt'), { title: () => own(milestone.title) })}</p>
      {milestone.reward ? (
        <p class={s.reward}>{rich(t('reward'), { reward: () => own(milestone.reward ?? '') })}</p>
      ) : (
        <p>{t('proud')}</p>
      )}
      <button type="button" class="btn btn-block" onClick={onClose}>
        {t('back')}
      </button>
      <button
        type="button"
        class={`btn btn-secondary btn-block ${s.notYet}`}
        onClick={() => {
          void tickMilestone(state, milestone.id, false);
          onClose();
        }}
      >
        {t('mistake')}
      </button>
    </section>
  );
}

function MilestoneItem({
  milestone,
  name,
  now,
  onDone,
}: {
  milestone: Milestone;
  name: string;
  now: Date;
  onDone: (m: Milestone) => void;
}) {
  const done = milestone.doneAt !== null;
  const hoped = done ? null : hopedForWords(milestone.targetDate, now);
  return (
    <li class={done ? `${s.step} ${s.stepDone}` : s.step} data-done={done}>
      <p class={s.stepTitle}>
        {done && (
          <span class={s.tick} aria-hidden="true">
            ✓{' '}
          </span>
        )}
        {own(milestone.title)}
        {done && <span class="visually-hidden">{t('done')}</span>}
      </p>
      {done && milestone.doneAt && (
        <p class="hint">
          {t('doneOn', { day: dayWords(londonDate(new Date(milestone.doneAt)), londonDate(now)) })}
        </p>
      )}
      {hoped && <p class="hint">{hoped}</p>}
      {milestone.reward && (
        <p class={s.rewardLine}>
          {rich(done ? t('rewardDone') : t('rewardWhen'), {
            reward: () => own(milestone.reward ?? ''),
          })}
        </p>
      )}
      {milestone.encouragement && (
        <blockquote class={s.note}>
          <p data-own-words>{milestone.encouragement.text}</p>
          <footer>{t('from', { name: firstName(milestone.encouragement.byName) || name })}</footer>
        </blockquote>
      )}
      {!done && (
        <button
          type="button"
          class="btn btn-secondary btn-block"
          aria-label={t('didItLabel', { title: milestone.title })}
          onClick={() => onDone(milestone)}
        >
          {t('didItButton')}
        </button>
      )}
    </li>
  );
}

function ActiveGoal({
  goal,
  name,
  now,
  onDone,
}: {
  goal: Goal;
  name: string;
  now: Date;
  onDone: (goal: Goal, m: Milestone) => void;
}) {
  const next = nextStep(goal);
  const headingId = `goal-${goal.id}`;
  return (
    <section class={s.goal} aria-labelledby={headingId}>
      <h2 id={headingId} class={s.goalTitle} data-own-words>
        {goal.title}
      </h2>
      {next ? (
        <p class={s.next}>
          {rich(t('nextStep'), {
            strong: (words) => <strong>{words}</strong>,
            title: () => own(next.title),
          })}
        </p>
      ) : goal.milestones.length > 0 ? (
        <p class={s.next}>{t('everyStep')}</p>
      ) : (
        <p class={s.next}>{t('addSteps', { name })}</p>
      )}
      {goal.milestones.length > 0 && (
        <ol class={s.steps} aria-label={t('stepsFor', { title: goal.title })}>
          {goal.milestones.map((m) => (
            <MilestoneItem
              key={m.id}
              milestone={m}
              name={name}
              now={now}
              onDone={(milestone) => onDone(goal, milestone)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function OtherGoals({
  kind,
  goals,
  words,
}: {
  kind: 'resting' | 'done';
  goals: Goal[];
  words: string;
}) {
  if (goals.length === 0) return null;
  const id = kind === 'done' ? 'goals-done' : 'goals-resting';
  const title = kind === 'done' ? t('doneTitle') : t('resting');
  return (
    <section class={s.others} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="hint">{words}</p>
      <ul class={s.otherList}>
        {goals.map((goal) => {
          const done = goal.milestones.filter((m) => m.doneAt !== null).length;
          return (
            <li key={goal.id} class={s.other}>
              <p class={s.otherTitle} data-own-words>
                {goal.title}
              </p>
              {kind !== 'done' && goal.milestones.length > 0 && (
                <p class="hint">{t('stepsDone', { done, steps: goal.milestones.length })}</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** My goals: what is next, ticked off with one tap (offline too), with a warm well done. */
export default function Goals() {
  const state = useAppState();
  const { sync } = state;
  const now = useNow().value;
  const reached = useSignal<Reached | null>(null);
  const page = useRef<HTMLDivElement>(null);
  const profile = state.profile.value;
  const link = sync.link.value;
  if (link === 'loading') return <p>{t('opening')}</p>;
  if (link !== 'linked' || !profile) {
    return <NotLinked title={t('title')} words={t('notLinked')} />;
  }
  const name = firstName(profile.caseworker.name);
  const goals = groupGoals(goalsNow(profile.goals ?? [], sync.outbox.value));

  function done(goal: Goal, milestone: Milestone) {
    reached.value = { milestone, goalTitle: goal.title };
    void tickMilestone(state, milestone.id, true);
  }

  return (
    <div class={s.page} ref={page}>
      <h1>{t('title')}</h1>
      <ReadAloud target={page} />
      {reached.value ? (
        <Celebration reached={reached.value} onClose={() => (reached.value = null)} />
      ) : (
        <p class={s.lead}>{t('lead', { name })}</p>
      )}
      {goals.active.length === 0 && goals.resting.length === 0 && goals.done.length === 0 && (
        <p>{t('none', { name })}</p>
      )}
      {goals.active.map((goal) => (
        <ActiveGoal key={goal.id} goal={goal} name={name} now={now} onDone={done} />
      ))}
      <OtherGoals kind="resting" goals={goals.resting} words={t('restingWords', { name })} />
      <OtherGoals kind="done" goals={goals.done} words={t('doneWords')} />
      <LastUpdated />
    </div>
  );
}
