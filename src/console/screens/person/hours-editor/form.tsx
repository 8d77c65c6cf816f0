import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Hours } from '#shared/schemas/hours';
import { Button } from '../../../components/button';
import { ErrorSummary } from '../../../components/error-summary';
import { Notice } from '../../../components/layout';
import { LoadFailed, Loading } from '../../../components/load-failed';
import { Radios } from '../../../components/radios';
import { formErrors, localErrors, NO_ERRORS, type FieldTarget } from '../../../errors';
import { useLoad } from '../../../use-load';
import { WeeklyWindows, windowInputId } from '../weekly-windows';
import {
  DAY_NAMES,
  DAYS,
  emptyWeek,
  toDraft,
  toHours,
  type HoursDraft,
} from '../weekly-windows/model';
import { Exceptions, exceptionFieldFor, duplicateDates } from './exceptions';
import styles from './style.module.css';

const WEEK_PREFIX = 'w';

/** Which input an API error path points at: `weekly.3.end`, `exceptions.0.date`, ... */
function fieldFor(draft: HoursDraft, weekKeys: string[], prefix: string) {
  return (path: string): FieldTarget | undefined => {
    const [root, index, part] = path.replace(prefix, '').split('.');
    if (root === 'weekly' && index !== undefined) {
      const key = weekKeys[Number(index)];
      const day = DAYS.find((d) => draft.week[d].some((r) => r.key === key));
      if (!key || !day || (part !== 'start' && part !== 'end')) return undefined;
      const empty = draft.week[day].find((r) => r.key === key)?.[part] === '';
      return {
        id: windowInputId(WEEK_PREFIX, key, part),
        where: `${DAY_NAMES[day]}, ${part === 'start' ? 'from' : 'until'}`,
        message: empty ? 'Enter a time, for example 09:00' : undefined,
      };
    }
    if (root === 'exceptions') return exceptionFieldFor(draft.exceptions, path.replace(prefix, ''));
    return undefined;
  };
}

type Props = {
  /** Where the hours come from and go to. */
  load: (signal: AbortSignal) => Promise<Hours>;
  save: (hours: Hours) => Promise<Hours>;
  /** Field paths in the API's errors start with this (e.g. `hours.` for a wrapped body). */
  errorPrefix?: string;
  what: string;
  intro: ComponentChildren;
  savedText: string;
  alwaysHint: string;
  exceptionsIntro: string;
  submitLabel: string;
  /** Told the hours as loaded and as saved. */
  onHours?: (hours: Hours) => void;
};

/** Weekly times plus dated exceptions (leave, bank holidays), loaded and saved as `Hours`. */
export function HoursForm(props: Props) {
  const { load, save, errorPrefix = '' } = props;
  const [draft, setDraft] = useState<HoursDraft>({
    kind: 'weekly',
    week: emptyWeek(),
    exceptions: [],
  });
  const [errors, setErrors] = useState(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [loaded, reload] = useLoad(async (signal) => {
    const hours = await load(signal);
    setDraft(toDraft(hours));
    props.onHours?.(hours);
    return hours;
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    setSaved(false);
    const duplicates = duplicateDates(draft.exceptions);
    if (duplicates.length > 0) return setErrors(localErrors(duplicates));
    const { hours, weekKeys } = toHours(draft);
    setBusy(true);
    try {
      const saved = await save(hours);
      setDraft(toDraft(saved));
      props.onHours?.(saved);
      setErrors(NO_ERRORS);
      setSaved(true);
    } catch (error) {
      setErrors(formErrors(error, fieldFor(draft, weekKeys, errorPrefix)));
    } finally {
      setBusy(false);
    }
  }

  if (loaded.state === 'loading') return <Loading what={props.what} />;
  if (loaded.state === 'failed') return <LoadFailed failure={loaded.failure} retry={reload} />;

  return (
    <>
      <ErrorSummary errors={errors.summary} />
      {saved ? (
        <Notice>
          <p>{props.savedText}</p>
        </Notice>
      ) : null}
      <div class={styles.intro}>{props.intro}</div>
      <form onSubmit={submit} noValidate>
        <Radios
          name="hours-kind"
          legend="How are the hours set?"
          value={draft.kind}
          onChange={(kind) => setDraft({ ...draft, kind: kind === 'always' ? 'always' : 'weekly' })}
          options={[
            { value: 'weekly', label: 'Set times each week' },
            { value: 'always', label: 'Any time', hint: props.alwaysHint },
          ]}
        />
        {draft.kind === 'weekly' ? (
          <>
            <h2>Each week</h2>
            <p class={styles.intro}>A time that runs past midnight, like 8pm until 1am, is fine.</p>
            <WeeklyWindows
              idPrefix={WEEK_PREFIX}
              week={draft.week}
              onChange={(week) => setDraft({ ...draft, week })}
              errors={errors.fields}
            />
            <Exceptions
              intro={props.exceptionsIntro}
              exceptions={draft.exceptions}
              onChange={(exceptions) => setDraft({ ...draft, exceptions })}
              errors={errors.fields}
            />
          </>
        ) : null}
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : props.submitLabel}
        </Button>
      </form>
    </>
  );
}
