import { useState } from 'preact/hooks';
import { endpoints } from '#shared/endpoints';
import type { PersonSummary } from '#shared/schemas/api';
import type { Goal, Milestone } from '#shared/schemas/goal';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextArea } from '../../../components/field';
import { Tag } from '../../../components/tag';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS } from '../../../errors';
import { focusById } from '../../../focus';
import { localDay, whenShort } from '../../../format';
import styles from './style.module.css';
import { tickedBy } from './history-words';

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
export function MilestoneItem({
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
