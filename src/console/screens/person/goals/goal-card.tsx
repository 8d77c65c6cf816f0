import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { Goal, GoalInput, GoalStatus, Milestone } from '#shared/schemas/goal';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Warning } from '../../../components/layout';
import { Tag } from '../../../components/tag';
import { useConsole } from '../../../context';
import { formErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { whenShort } from '../../../format';
import { GoalForm } from './form';
import styles from './style.module.css';
import { historyWords } from './history-words';
import { MilestoneItem } from './milestone-item';

/** The goal as the console sends it back when only its status changes. */
function inputOf(goal: Goal, status: GoalStatus): GoalInput {
  return {
    title: goal.title,
    status,
    milestones: goal.milestones.map((m) => ({
      id: m.id,
      title: m.title,
      targetDate: m.targetDate,
      reward: m.reward,
    })),
  };
}

type CardProps = {
  goal: Goal;
  person: PersonSummary;
  onChange: (goal: Goal) => void;
  onNotice: (words: string | null) => void;
};

const STATUS_TAG: Record<GoalStatus, { words: string; colour: 'blue' | 'grey' | 'green' }> = {
  active: { words: 'Working on it', colour: 'blue' },
  paused: { words: 'Resting for now', colour: 'grey' },
  finished: { words: 'Done', colour: 'green' },
};

/** One goal: its milestones, what can be done with it, and its history. */
export function GoalCard({ goal, person, onChange, onNotice }: CardProps) {
  const { api } = useConsole();
  const [editing, setEditing] = useState(false);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const params = { personId: person.id, goalId: goal.id };
  const done = goal.milestones.filter((m) => m.doneAt).length;
  const tag = STATUS_TAG[goal.status];

  async function act(run: () => Promise<Goal>, words: string, focus?: string) {
    setBusy(true);
    setErrors(NO_ERRORS);
    onNotice(null);
    try {
      const updated = await run();
      onChange(updated);
      onNotice(words);
      if (focus) setTimeout(() => focusById(focus));
    } catch (error) {
      setErrors(formErrors(error));
    } finally {
      setBusy(false);
    }
  }

  const setStatus = (status: GoalStatus, words: string) =>
    act(() => api.call(endpoints.goals.change, { params, body: inputOf(goal, status) }), words);

  const tick = (m: Milestone, isDone: boolean) =>
    act(
      () =>
        api.call(endpoints.goals.tick, {
          params: { ...params, milestoneId: m.id },
          body: { done: isDone, at: new Date().toISOString() },
        }),
      isDone
        ? `“${m.title}” is ticked. Their phone gets it next time it updates.`
        : `The tick on “${m.title}” is taken back.`,
    );

  if (editing) {
    return (
      <div class={styles.goal}>
        <GoalForm
          idPrefix={`goal-${goal.id}`}
          personName={person.displayName}
          goal={goal}
          onCancel={() => {
            setEditing(false);
            setTimeout(() => focusById(`change-${goal.id}`));
          }}
          onSave={async (input) => {
            const updated = await api.call(endpoints.goals.change, {
              params,
              body: { ...input, status: goal.status },
            });
            onChange(updated);
            setEditing(false);
            onNotice(`The goal “${updated.title}” is saved.`);
          }}
        />
      </div>
    );
  }

  return (
    <article class={styles.goal} aria-labelledby={`goal-${goal.id}-title`}>
      <div class={styles.goalHead}>
        <h3 id={`goal-${goal.id}-title`} class={styles.goalTitle}>
          {goal.title}
        </h3>
        <Tag colour={tag.colour}>{tag.words}</Tag>
      </div>
      <p class={styles.meta}>
        Set {whenShort(goal.createdAt)}.{' '}
        {goal.milestones.length > 0
          ? `${done} of ${goal.milestones.length} milestones done.`
          : 'No milestones yet.'}
      </p>
      <ErrorSummary errors={errors.summary} />
      {goal.milestones.length > 0 ? (
        <ol class={styles.milestones} aria-label={`Milestones for “${goal.title}”`}>
          {goal.milestones.map((m) => (
            <MilestoneItem
              key={m.id}
              goal={goal}
              milestone={m}
              person={person}
              busy={busy}
              onTick={(isDone) => tick(m, isDone)}
              onChange={onChange}
              onNotice={onNotice}
            />
          ))}
        </ol>
      ) : null}
      {confirmFinish ? (
        <Warning>
          <h4 class={styles.confirmTitle} id={`finish-${goal.id}-confirm`} tabIndex={-1}>
            Mark “{goal.title}” as done?
          </h4>
          <p>
            It moves to “Done” on their phone, with its milestones and rewards. Its history is kept,
            and you can start it again later.
          </p>
          <ButtonGroup>
            <Button
              disabled={busy}
              onClick={() => {
                setConfirmFinish(false);
                void setStatus('finished', `“${goal.title}” is marked as done. Well done to them!`);
              }}
            >
              Yes, mark it as done
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirmFinish(false);
                setTimeout(() => focusById(`finish-${goal.id}`));
              }}
            >
              Cancel
            </Button>
          </ButtonGroup>
        </Warning>
      ) : (
        <ButtonGroup>
          <Button
            variant="secondary"
            id={`change-${goal.id}`}
            hiddenSuffix={`“${goal.title}”`}
            onClick={() => {
              onNotice(null);
              setEditing(true);
              setTimeout(() => focusById(`goal-${goal.id}-heading`));
            }}
          >
            Change this goal
          </Button>
          {goal.status === 'active' ? (
            <Button
              variant="secondary"
              disabled={busy}
              hiddenSuffix={`“${goal.title}”`}
              onClick={() => setStatus('paused', `“${goal.title}” is resting for now.`)}
            >
              Pause
            </Button>
          ) : (
            <Button
              variant="secondary"
              disabled={busy}
              hiddenSuffix={`“${goal.title}”`}
              onClick={() => setStatus('active', `“${goal.title}” is being worked on again.`)}
            >
              Start again
            </Button>
          )}
          {goal.status !== 'finished' ? (
            <Button
              variant="secondary"
              id={`finish-${goal.id}`}
              hiddenSuffix={`“${goal.title}”`}
              onClick={() => {
                setConfirmFinish(true);
                setTimeout(() => focusById(`finish-${goal.id}-confirm`));
              }}
            >
              Mark as done
            </Button>
          ) : null}
        </ButtonGroup>
      )}
      <details class={styles.history}>
        <summary>
          History<span class="visually-hidden"> of “{goal.title}”</span> ({goal.history.length})
        </summary>
        <ol>
          {goal.history.map((event, index) => (
            <li key={`${event.at}-${index}`}>
              <span class={styles.when}>{whenShort(event.at)}</span>{' '}
              {historyWords(event, person.displayName)}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
