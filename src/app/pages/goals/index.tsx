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
import s from './style.module.css';

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
        Well done!
      </h2>
      <p class={s.reachedLine}>You did it: {milestone.title}.</p>
      {milestone.reward ? (
        <p class={s.reward}>Your reward: {milestone.reward}</p>
      ) : (
        <p>Take a moment to feel proud of yourself.</p>
      )}
      <button type="button" class="btn btn-block" onClick={onClose}>
        Back to my goals
      </button>
      <button
        type="button"
        class={`btn btn-secondary btn-block ${s.notYet}`}
        onClick={() => {
          void tickMilestone(state, milestone.id, false);
          onClose();
        }}
      >
        I tapped this by mistake
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
        {milestone.title}
        {done && <span class="visually-hidden"> (done)</span>}
      </p>
      {done && milestone.doneAt && (
        <p class="hint">
          Done on {dayWords(londonDate(new Date(milestone.doneAt)), londonDate(now))}.
        </p>
      )}
      {hoped && <p class="hint">{hoped}</p>}
      {milestone.reward && (
        <p class={s.rewardLine}>
          {done ? 'Your reward: ' : 'When you do it: '}
          {milestone.reward}
        </p>
      )}
      {milestone.encouragement && (
        <blockquote class={s.note}>
          <p>{milestone.encouragement.text}</p>
          <footer>From {firstName(milestone.encouragement.byName) || name}</footer>
        </blockquote>
      )}
      {!done && (
        <button
          type="button"
          class="btn btn-secondary btn-block"
          aria-label={`I did it: ${milestone.title}`}
          onClick={() => onDone(milestone)}
        >
          I did it
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
      <h2 id={headingId} class={s.goalTitle}>
        {goal.title}
      </h2>
      {next ? (
        <p class={s.next}>
          <strong>Next step:</strong> {next.title}
        </p>
      ) : goal.milestones.length > 0 ? (
        <p class={s.next}>You have done every step. Well done!</p>
      ) : (
        <p class={s.next}>You and {name} can add some small steps together.</p>
      )}
      {goal.milestones.length > 0 && (
        <ol class={s.steps} aria-label={`Steps for ${goal.title}`}>
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

function OtherGoals({ title, goals, words }: { title: string; goals: Goal[]; words: string }) {
  if (goals.length === 0) return null;
  const id = title === 'Done' ? 'goals-done' : 'goals-resting';
  return (
    <section class={s.others} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p class="hint">{words}</p>
      <ul class={s.otherList}>
        {goals.map((goal) => {
          const done = goal.milestones.filter((m) => m.doneAt !== null).length;
          return (
            <li key={goal.id} class={s.other}>
              <p class={s.otherTitle}>{goal.title}</p>
              {title !== 'Done' && goal.milestones.length > 0 && (
                <p class="hint">
                  {done} of {goal.milestones.length} steps done.
                </p>
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
  if (link === 'loading') return <p>Opening…</p>;
  if (link !== 'linked' || !profile) {
    return (
      <NotLinked
        title="My goals"
        words="When your phone is linked to your support team, the goals you set together show here."
      />
    );
  }
  const name = firstName(profile.caseworker.name);
  const goals = groupGoals(goalsNow(profile.goals ?? [], sync.outbox.value));

  function done(goal: Goal, milestone: Milestone) {
    reached.value = { milestone, goalTitle: goal.title };
    void tickMilestone(state, milestone.id, true);
  }

  return (
    <div class={s.page} ref={page}>
      <h1>My goals</h1>
      <ReadAloud target={page} />
      {reached.value ? (
        <Celebration reached={reached.value} onClose={() => (reached.value = null)} />
      ) : (
        <p class={s.lead}>
          Small steps you and {name} chose together. Tap “I did it” when you do one.
        </p>
      )}
      {goals.active.length === 0 && goals.resting.length === 0 && goals.done.length === 0 && (
        <p>You have no goals yet. You and {name} can set some together.</p>
      )}
      {goals.active.map((goal) => (
        <ActiveGoal key={goal.id} goal={goal} name={name} now={now} onDone={done} />
      ))}
      <OtherGoals
        title="Resting for now"
        goals={goals.resting}
        words={`These can wait. You and ${name} can pick them up again when you are ready.`}
      />
      <OtherGoals title="Done" goals={goals.done} words="Goals you have finished." />
      <LastUpdated />
    </div>
  );
}
