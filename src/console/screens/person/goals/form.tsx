import { useState } from 'preact/hooks';
import type { Goal, GoalInput, MilestoneInput } from '#shared/schemas/goal';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/field';
import { formErrors, localErrors, NO_ERRORS, type FieldTarget } from '../../../errors';
import { day } from '../../../format';
import { uuid } from '../guide-editor/model';
import styles from './style.module.css';

/** The most milestones a goal can have (the contract's limit). */
export const MAX_MILESTONES = 12;

type MilestoneDraft = {
  key: string;
  id?: string;
  title: string;
  targetDate: string;
  reward: string;
  /** When it was ticked: a ticked milestone can be renamed but not removed. */
  doneAt: string | null;
};

let keys = 0;
const newKey = () => `m${(keys += 1)}`;

function blankMilestone(): MilestoneDraft {
  return { key: newKey(), title: '', targetDate: '', reward: '', doneAt: null };
}

function toDrafts(goal: Goal | null): MilestoneDraft[] {
  if (!goal) return [blankMilestone(), blankMilestone()];
  return goal.milestones.map((m) => ({
    key: newKey(),
    id: m.id,
    title: m.title,
    targetDate: m.targetDate ?? '',
    reward: m.reward ?? '',
    doneAt: m.doneAt,
  }));
}

const isBlank = (m: MilestoneDraft) =>
  !m.id && !m.title.trim() && !m.targetDate && !m.reward.trim();

type Props = {
  /** Prefix for input ids: `new-goal`, or the goal's id when changing one. */
  idPrefix: string;
  personName: string;
  goal: Goal | null;
  /** Sends the goal; throws an ApiFailure when the server says no. */
  onSave: (input: GoalInput) => Promise<void>;
  onCancel: () => void;
};

/**
 * Setting or changing a goal, in the person's own words, with a few milestones, each with an
 * optional hoped-for date and a reward of their choosing.
 */
export function GoalForm({ idPrefix, personName, goal, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(goal?.title ?? '');
  const [milestones, setMilestones] = useState<MilestoneDraft[]>(() => toDrafts(goal));
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  /** Made once, so sending a new goal again after a lost answer makes no second copy. */
  const [newId] = useState(uuid);
  const titleId = `${idPrefix}-title`;
  const inputId = (m: MilestoneDraft, part: 'title' | 'date' | 'reward') =>
    `${idPrefix}-${m.key}-${part}`;

  function update(key: string, change: Partial<MilestoneDraft>) {
    setMilestones(milestones.map((m) => (m.key === key ? { ...m, ...change } : m)));
  }

  async function submit(event: Event) {
    event.preventDefault();
    const kept = milestones.filter((m) => !isBlank(m));
    const found: [string, string][] = [];
    if (!title.trim()) found.push([titleId, 'Write the goal, in their own words']);
    kept.forEach((m, index) => {
      if (!m.title.trim()) {
        found.push([inputId(m, 'title'), `Say what milestone ${index + 1} is`]);
      }
    });
    if (found.length > 0) return setErrors(localErrors(found));
    const sent: MilestoneInput[] = kept.map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      title: m.title.trim(),
      targetDate: m.targetDate || null,
      reward: m.reward.trim() || null,
    }));
    const fieldFor = (path: string): FieldTarget | undefined => {
      const [root, index, part] = path.split('.');
      if (root === 'title') return titleId;
      const m = root === 'milestones' && index !== undefined ? kept[Number(index)] : undefined;
      if (!m) return undefined;
      const where = `Milestone ${Number(index) + 1}`;
      if (part === 'targetDate') return { id: inputId(m, 'date'), where };
      if (part === 'reward') return { id: inputId(m, 'reward'), where };
      return { id: inputId(m, 'title'), where };
    };
    setBusy(true);
    try {
      await onSave({ ...(goal ? {} : { id: newId }), title: title.trim(), milestones: sent });
      setErrors(NO_ERRORS);
    } catch (error) {
      setErrors(formErrors(error, fieldFor));
    } finally {
      setBusy(false);
    }
  }

  // A new goal's form sits among the page's sections; a change replaces the goal's own card.
  const Heading = goal ? 'h3' : 'h2';
  const heading = goal ? `Change “${goal.title}”` : 'Set a new goal';
  return (
    <form class={styles.form} onSubmit={submit} noValidate aria-labelledby={`${idPrefix}-heading`}>
      <Heading id={`${idPrefix}-heading`} tabIndex={-1}>
        {heading}
      </Heading>
      <ErrorSummary errors={errors.summary} />
      <TextInput
        id={titleId}
        label="The goal, in their own words"
        hint={`Write it the way ${personName} says it, for example “Go to the Tuesday walking group”.`}
        value={title}
        onInput={setTitle}
        error={errors.fields[titleId]}
      />
      <h4 class={styles.subheading}>Milestones</h4>
      <p class={styles.hint}>
        Small steps on the way. A date is only a hope, never a deadline. A reward is something{' '}
        {personName} will enjoy when they get there.
      </p>
      {milestones.map((m, index) => (
        <fieldset class={styles.milestone} key={m.key}>
          <legend class={styles.legend}>Milestone {index + 1}</legend>
          {m.doneAt ? (
            <p class={styles.doneNote}>
              Done on {day(m.doneAt)}. You can rename it, but it stays in the goal.
            </p>
          ) : null}
          <TextInput
            id={inputId(m, 'title')}
            label="What they will do"
            value={m.title}
            onInput={(value) => update(m.key, { title: value })}
            error={errors.fields[inputId(m, 'title')]}
          />
          <div class={styles.pair}>
            <TextInput
              id={inputId(m, 'date')}
              label="Hoped-for date (optional)"
              type="date"
              width="short"
              value={m.targetDate}
              onInput={(value) => update(m.key, { targetDate: value })}
              error={errors.fields[inputId(m, 'date')]}
            />
            <TextInput
              id={inputId(m, 'reward')}
              label="Their reward (optional)"
              hint="For example “Ice cream on the beach”"
              value={m.reward}
              onInput={(value) => update(m.key, { reward: value })}
              error={errors.fields[inputId(m, 'reward')]}
            />
          </div>
          {m.doneAt ? null : (
            <Button
              variant="link"
              hiddenSuffix={`milestone ${index + 1}${m.title ? `, ${m.title}` : ''}`}
              onClick={() => setMilestones(milestones.filter((other) => other.key !== m.key))}
            >
              Remove
            </Button>
          )}
        </fieldset>
      ))}
      {milestones.length < MAX_MILESTONES ? (
        <Button
          variant="secondary"
          onClick={() => setMilestones([...milestones, blankMilestone()])}
        >
          Add a milestone
        </Button>
      ) : (
        <p>A goal can have up to {MAX_MILESTONES} milestones.</p>
      )}
      <ButtonGroup>
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : goal ? 'Save the changes' : 'Set this goal'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
