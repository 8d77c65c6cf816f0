import { useEffect, useRef, useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { Goal, GoalEvent, GoalInput, GoalStatus, Milestone } from '#shared/schemas/goal';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Notice, Warning } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Tag } from '../../../components/tag';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { localDay, whenShort } from '../../../format';
import { useLiveRefresh } from '../../../live/use-live';
import { useLoad } from '../../../use-load';
import { GoalForm } from './form';
import styles from './style.module.css';

const LIVE_TYPES = ['goal'] as const;

const SECTIONS: { status: GoalStatus; title: string; empty: string }[] = [
  { status: 'active', title: 'Working on now', empty: 'No goals being worked on just now.' },
  { status: 'paused', title: 'Resting for now', empty: '' },
  { status: 'finished', title: 'Done', empty: '' },
];

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

/** Who did something on a goal, in words. */
function who(event: GoalEvent, personName: string): string {
  return event.by === 'person' ? personName : (event.byName ?? 'A caseworker');
}

/** One line of history: "Pat ticked “Find out the time”". Never blame, never "failed". */
function historyWords(event: GoalEvent, personName: string): string {
  const name = who(event, personName);
  const title = `“${event.title}”`;
  switch (event.kind) {
    case 'set':
      return `${name} set the goal ${title}.`;
    case 'changed':
      return `${name} changed the goal ${title}.`;
    case 'paused':
      return `${name} paused the goal for now.`;
    case 'restarted':
      return `${name} started the goal again.`;
    case 'finished':
      return `${name} marked the goal as done.`;
    case 'milestone-done':
      return `${name} ticked ${title}.`;
    case 'milestone-undone':
      return `${name} took back the tick on ${title}.`;
    case 'encouraged':
      return `${name} added a note of encouragement on ${title}.`;
  }
}

/** The latest tick of a milestone of that name in the goal's history. */
function lastTick(goal: Goal, milestone: Milestone): GoalEvent | undefined {
  return goal.history.findLast((e) => e.kind === 'milestone-done' && e.title === milestone.title);
}

/** Who ticked a milestone, in words. */
function tickedBy(goal: Goal, milestone: Milestone, personName: string): string | null {
  if (!milestone.doneAt) return null;
  // The milestone says who ticked it; the history adds which caseworker (matched by title, so
  // after a rename it may not be found, and then the words stay general).
  const tick = lastTick(goal, milestone);
  const by = milestone.doneBy ?? tick?.by;
  if (by === 'person') return `${personName} ticked it on their phone`;
  if (tick?.by === 'caseworker') return `${who(tick, personName)} ticked it`;
  return by === 'caseworker' ? 'Ticked in the console' : null;
}

type Props = { person: PersonSummary };

/**
 * The person's goals: set one together, change it, pause, restart or finish it, tick a milestone
 * for them, and add a note of encouragement. A tick on their phone shows up here live.
 */
export function Goals({ person }: Props) {
  const { api } = useConsole();
  const [goals, reload, replace] = useLoad(
    (signal) => api.call(endpoints.goals.list, { params: { personId: person.id } }, signal),
    [person.id],
  );
  useLiveRefresh(reload, person.id, LIVE_TYPES);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<Map<string, string | null> | null>(null);
  const list = goals.state === 'ready' ? goals.data : null;

  // Say when the person ticks a milestone on their phone while this page is open.
  useEffect(() => {
    if (!list) return;
    const now = new Map<string, string | null>();
    const ticked: string[] = [];
    for (const goal of list) {
      for (const m of goal.milestones) {
        now.set(m.id, m.doneAt);
        const isNew = seen.current && m.doneAt && !seen.current.get(m.id);
        if (isNew && lastTick(goal, m)?.by === 'person') ticked.push(m.title);
      }
    }
    if (ticked.length > 0) {
      setAnnouncement(`${person.displayName} ticked ${ticked.map((t) => `“${t}”`).join(' and ')}.`);
    }
    seen.current = now;
  }, [list, person.displayName]);

  /** Puts a changed goal in the list (the server answers with the whole goal). */
  function put(goal: Goal) {
    if (!list) return;
    const others = list.filter((g) => g.id !== goal.id);
    replace([goal, ...others].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    // What we did ourselves is no news.
    for (const m of goal.milestones) seen.current?.set(m.id, m.doneAt);
  }

  if (goals.state === 'loading') return <Loading what="goals" />;
  if (goals.state === 'failed') return <LoadFailed failure={goals.failure} retry={reload} />;

  return (
    <>
      <p class={styles.announce} role="status">
        {announcement}
      </p>
      {notice ? (
        <Notice>
          <p>{notice}</p>
        </Notice>
      ) : null}
      <p class={styles.intro}>
        Set goals together, in {person.displayName}’s own words, with small milestones and a reward
        for each. Their phone shows them, even offline, and they can tick a milestone when they
        reach it. A missed date simply moves on.
      </p>
      {adding ? (
        <GoalForm
          idPrefix="new-goal"
          personName={person.displayName}
          goal={null}
          onCancel={() => {
            setAdding(false);
            focusById('set-goal');
          }}
          onSave={async (input) => {
            const goal = await api.call(endpoints.goals.create, {
              params: { personId: person.id },
              body: input,
            });
            put(goal);
            setAdding(false);
            setNotice(`The goal “${goal.title}” is set. Their phone gets it next time it updates.`);
          }}
        />
      ) : (
        <Button
          id="set-goal"
          onClick={() => {
            setNotice(null);
            setAdding(true);
            setTimeout(() => focusById('new-goal-heading'));
          }}
        >
          Set a new goal
        </Button>
      )}
      {SECTIONS.map((section) => {
        const inSection = goals.data.filter((g) => g.status === section.status);
        if (inSection.length === 0 && !section.empty) return null;
        return (
          <section key={section.status} aria-labelledby={`goals-${section.status}`}>
            <h2 id={`goals-${section.status}`}>{section.title}</h2>
            {inSection.length === 0 ? <p>{section.empty}</p> : null}
            {inSection.map((goal) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                person={person}
                onChange={put}
                onNotice={setNotice}
              />
            ))}
          </section>
        );
      })}
    </>
  );
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
function GoalCard({ goal, person, onChange, onNotice }: CardProps) {
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

type MilestoneProps = {
  goal: Goal;
  milestone: Milestone;
  person: PersonSummary;
  busy: boolean;
  onTick: (done: boolean) => void;
  onChange: (goal: Goal) => void;
  onNotice: (words: string | null) => void;
};

/** A milestone: its hoped-for date and reward; tick it, or add a note once it is ticked. */
function MilestoneItem({
  goal,
  milestone: m,
  person,
  busy,
  onTick,
  onChange,
  onNotice,
}: MilestoneProps) {
  const by = m.doneAt ? tickedBy(goal, m, person.displayName) : null;
  return (
    <li class={m.doneAt ? `${styles.milestone} ${styles.done}` : styles.milestone}>
      <p class={styles.milestoneTitle}>
        {m.doneAt ? <Tag colour="green">Done</Tag> : <Tag colour="grey">Not yet</Tag>}{' '}
        <strong>{m.title}</strong>
      </p>
      <ul class={styles.facts}>
        {m.targetDate ? <li>Hoped for by {localDay(m.targetDate)}</li> : null}
        {m.reward ? <li>Their reward: {m.reward}</li> : null}
        {m.doneAt ? (
          <li>
            Done {whenShort(m.doneAt)}
            {by ? `. ${by}` : ''}.
          </li>
        ) : null}
      </ul>
      {m.encouragement ? (
        <blockquote class={styles.note}>
          <p>{m.encouragement.text}</p>
          <footer>
            {m.encouragement.byName}, {whenShort(m.encouragement.at)}
          </footer>
        </blockquote>
      ) : null}
      {m.doneAt ? (
        <>
          {goal.status !== 'finished' ? (
            <Encourage
              goal={goal}
              milestone={m}
              person={person}
              onChange={onChange}
              onNotice={onNotice}
            />
          ) : null}
          <Button
            variant="link"
            disabled={busy}
            hiddenSuffix={`on “${m.title}”`}
            onClick={() => onTick(false)}
          >
            Take back the tick
          </Button>
        </>
      ) : goal.status === 'active' ? (
        <Button
          variant="secondary"
          disabled={busy}
          hiddenSuffix={`“${m.title}” for ${person.displayName}`}
          onClick={() => onTick(true)}
        >
          Tick as done
        </Button>
      ) : null}
    </li>
  );
}

/** A short note on a reached milestone ("Well done, Pat!"), shown on their phone. */
function Encourage({
  goal,
  milestone: m,
  person,
  onChange,
  onNotice,
}: Omit<MilestoneProps, 'busy' | 'onTick'>) {
  const { api } = useConsole();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(m.encouragement?.text ?? '');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = `note-${m.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    if (!text.trim()) return setErrors(localErrors([[id, 'Write a few words of encouragement']]));
    setBusy(true);
    try {
      const updated = await api.call(endpoints.goals.encourage, {
        params: { personId: person.id, goalId: goal.id, milestoneId: m.id },
        body: { text: text.trim() },
      });
      setErrors(NO_ERRORS);
      setOpen(false);
      onChange(updated);
      onNotice(`Your note on “${m.title}” is sent. Their phone shows it next time it updates.`);
    } catch (error) {
      setErrors(formErrors(error, (path) => (path === 'text' ? id : undefined)));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <Button
        variant="secondary"
        hiddenSuffix={`on “${m.title}”`}
        onClick={() => {
          onNotice(null);
          setOpen(true);
          setTimeout(() => focusById(id));
        }}
      >
        {m.encouragement ? 'Change your note' : 'Add a note of encouragement'}
      </Button>
    );
  }
  return (
    <form class={styles.noteForm} onSubmit={submit} noValidate>
      <ErrorSummary errors={errors.summary} />
      <TextArea
        id={id}
        label={
          <>
            A note of encouragement<span class="visually-hidden"> on “{m.title}”</span>
          </>
        }
        hint={`${person.displayName} sees it beside this milestone on their phone.`}
        rows={2}
        value={text}
        onInput={setText}
        error={errors.fields[id]}
      />
      <ButtonGroup>
        <Button type="submit" disabled={busy}>
          {busy ? 'Sending…' : 'Send the note'}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
