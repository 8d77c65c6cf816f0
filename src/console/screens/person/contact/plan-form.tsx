import { useState } from 'preact/hooks';
import { stepDown, targetForWeek } from '#shared/contacts';
import { endpoints } from '#shared/endpoints';
import { addDays } from '#shared/london';
import type { ContactsView, ContactTargetStep } from '#shared/schemas/contact';
import { Button, ButtonGroup } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Select, TextInput } from '../../../components/field';
import { Inset } from '../../../components/layout';
import { useConsole } from '../../../context';
import { formErrors, localErrors, NO_ERRORS, type FieldTarget } from '../../../errors';
import { count, localDayShort } from '../../../format';
import styles from './style.module.css';

/** How far ahead a plan can reach, in weeks. */
const WEEKS_AHEAD = 26;

type StepDraft = { key: string; week: string; times: string };

let keys = 0;
const newKey = () => `s${(keys += 1)}`;

export const aWeek = (times: number) => `${count(times, 'contact', 'contacts')} a week`;

function weekOptions(thisWeek: string) {
  return Array.from({ length: WEEKS_AHEAD + 1 }, (_, i) => {
    const week = addDays(thisWeek, 7 * i);
    const when = i === 0 ? ' (this week)' : i === 1 ? ' (next week)' : '';
    return { value: week, label: `${localDayShort(week)}${when}` };
  });
}

/** A whole number from 0 to 100, or null. */
function times(value: string): number | null {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 100 ? n : null;
}

type FormProps = {
  personId: string;
  personName: string;
  steps: ContactTargetStep[];
  thisWeek: string;
  onCancel: () => void;
  onSaved: (view: ContactsView) => void;
};

function initialDrafts(steps: ContactTargetStep[], thisWeek: string): StepDraft[] {
  const ahead = steps.filter((s) => s.fromWeek >= thisWeek);
  if (ahead.length > 0) {
    return ahead.map((s) => ({ key: newKey(), week: s.fromWeek, times: String(s.times) }));
  }
  const current = targetForWeek(steps, thisWeek);
  return [{ key: newKey(), week: thisWeek, times: current === null ? '' : String(current) }];
}

/** The plan's weeks as an editable list, and a step-down planner that fills it in. */
export function PlanForm({ personId, personName, steps, thisWeek, onCancel, onSaved }: FormProps) {
  const { api } = useConsole();
  const current = targetForWeek(steps, thisWeek);
  const [drafts, setDrafts] = useState<StepDraft[]>(() => initialDrafts(steps, thisWeek));
  const [from, setFrom] = useState(thisWeek);
  const [start, setStart] = useState(current === null ? '' : String(current));
  const [end, setEnd] = useState('');
  const [weeks, setWeeks] = useState('4');
  const [planned, setPlanned] = useState(false);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const options = weekOptions(thisWeek);
  const weekId = (d: StepDraft) => `step-${d.key}-week`;
  const timesId = (d: StepDraft) => `step-${d.key}-times`;

  function update(key: string, change: Partial<StepDraft>) {
    setDrafts(drafts.map((d) => (d.key === key ? { ...d, ...change } : d)));
  }

  function workOut() {
    setPlanned(false);
    const found: [string, string][] = [];
    const a = times(start);
    const b = times(end);
    const n = Number(weeks);
    if (a === null) found.push(['plan-start', 'Enter a whole number from 0 to 100']);
    if (b === null) found.push(['plan-end', 'Enter a whole number from 0 to 100']);
    if (!Number.isInteger(n) || n < 1 || n > WEEKS_AHEAD) {
      found.push(['plan-weeks', `Enter a number of weeks from 1 to ${WEEKS_AHEAD}`]);
    }
    if (found.length > 0 || a === null || b === null) return setErrors(localErrors(found));
    setErrors(NO_ERRORS);
    // Weeks before the step-down keep what was planned for them.
    const before = drafts.filter((d) => d.week < from);
    const next = stepDown(from, a, b, n).map((s) => ({
      key: newKey(),
      week: s.fromWeek,
      times: String(s.times),
    }));
    setDrafts([...before, ...next]);
    setPlanned(true);
  }

  async function save(event: Event) {
    event.preventDefault();
    const found: [string, string][] = [];
    const seen = new Set<string>();
    for (const d of drafts) {
      if (seen.has(d.week)) found.push([weekId(d), 'Choose a different week: each week once']);
      seen.add(d.week);
      if (times(d.times) === null) found.push([timesId(d), 'Enter a whole number from 0 to 100']);
    }
    if (found.length > 0) return setErrors(localErrors(found));
    const sorted = [...drafts].sort((a, b) => a.week.localeCompare(b.week));
    const body = { steps: sorted.map((d) => ({ fromWeek: d.week, times: times(d.times) ?? 0 })) };
    const fieldFor = (path: string): FieldTarget | undefined => {
      const [root, index, part] = path.split('.');
      const d = root === 'steps' && index !== undefined ? sorted[Number(index)] : undefined;
      if (!d) return undefined;
      return { id: part === 'times' ? timesId(d) : weekId(d), where: localDayShort(d.week) };
    };
    setBusy(true);
    try {
      const view = await api.call(endpoints.contacts.setTargets, { params: { personId }, body });
      setErrors(NO_ERRORS);
      onSaved(view);
    } catch (error) {
      setErrors(formErrors(error, fieldFor));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class={styles.planForm} onSubmit={save} noValidate aria-labelledby="plan-form-heading">
      <h3 id="plan-form-heading" class={styles.formHeading} tabIndex={-1}>
        Change the plan
      </h3>
      <ErrorSummary errors={errors.summary} />
      <fieldset class={styles.planner}>
        <legend class={styles.legend}>Plan a step-down</legend>
        <p class={styles.hint}>
          For example, from 10 to 5 over 5 weeks. We work out the weeks; you can change any of them
          before saving.
        </p>
        <div class={styles.row}>
          <Select
            id="plan-from"
            label="Starting"
            value={from}
            onChange={setFrom}
            options={options}
          />
          <TextInput
            id="plan-start"
            label="From (contacts a week)"
            width="short"
            value={start}
            onInput={setStart}
            error={errors.fields['plan-start']}
          />
          <TextInput
            id="plan-end"
            label="To (contacts a week)"
            width="short"
            value={end}
            onInput={setEnd}
            error={errors.fields['plan-end']}
          />
          <TextInput
            id="plan-weeks"
            label="Over how many weeks"
            width="short"
            value={weeks}
            onInput={setWeeks}
            error={errors.fields['plan-weeks']}
          />
        </div>
        <Button variant="secondary" onClick={workOut}>
          Work out the weeks
        </Button>
        {planned ? (
          <Inset>
            <p role="status">The weeks are below. Check them with {personName}, then save.</p>
          </Inset>
        ) : null}
      </fieldset>
      <h4 class={styles.small}>The weeks</h4>
      <p class={styles.hint}>
        Each target holds from its week until the next one. Weeks before this one are kept as they
        were.
      </p>
      {drafts.length === 0 ? <p>No targets from this week on.</p> : null}
      <ol class={styles.steps}>
        {drafts.map((d, index) => (
          <li key={d.key} class={styles.step}>
            <Select
              id={weekId(d)}
              label={
                <>
                  Week<span class="visually-hidden"> {index + 1}</span>
                </>
              }
              value={d.week}
              onChange={(value) => update(d.key, { week: value })}
              error={errors.fields[weekId(d)]}
              options={options}
            />
            <TextInput
              id={timesId(d)}
              label={
                <>
                  Contacts a week<span class="visually-hidden"> from week {index + 1}</span>
                </>
              }
              width="short"
              value={d.times}
              onInput={(value) => update(d.key, { times: value })}
              error={errors.fields[timesId(d)]}
            />
            <div class={styles.remove}>
              <Button
                variant="link"
                hiddenSuffix={`week ${index + 1}, ${localDayShort(d.week)}`}
                onClick={() => setDrafts(drafts.filter((other) => other.key !== d.key))}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <p class={styles.addWeek}>
        <Button
          variant="link"
          onClick={() => {
            const last = [...drafts].sort((a, b) => a.week.localeCompare(b.week)).at(-1);
            const week = last ? addDays(last.week, 7) : thisWeek;
            setDrafts([...drafts, { key: newKey(), week, times: last?.times ?? '' }]);
          }}
        >
          Add a week
        </Button>
      </p>
      <ButtonGroup>
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save the plan'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
