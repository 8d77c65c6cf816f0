import { Button } from '../../../components/button';
import { TextInput } from '../../../components/field';
import { Radios } from '../../../components/radios';
import type { FieldTarget } from '../../../errors';
import { day } from '../../../format';
import { WindowRows, windowInputId } from '../weekly-windows';
import { newKey, type ExceptionDraft } from '../weekly-windows/model';
import styles from './exceptions.module.css';

/** Input ids for one exception. */
const ids = (key: string) => ({
  date: `x-${key}-date`,
  label: `x-${key}-label`,
  windows: `x-${key}`,
});

function named(exception: ExceptionDraft, index: number): string {
  return exception.date ? day(`${exception.date}T12:00:00Z`) : `Date ${index + 1}`;
}

/** Maps `exceptions.2.windows.0.start` and friends to the input that shows it. */
export function exceptionFieldFor(
  exceptions: ExceptionDraft[],
  path: string,
): FieldTarget | undefined {
  const [, index, part, windowIndex, windowPart] = path.split('.');
  const exception = exceptions[Number(index)];
  if (!exception) return undefined;
  const where = named(exception, Number(index));
  if (part === 'date') {
    const message = exception.date ? 'Enter a real date' : 'Enter the date';
    return { id: ids(exception.key).date, where: `${where}, date`, message };
  }
  if (part === 'label') return { id: ids(exception.key).label, where: `${where}, reason` };
  if (part === 'windows') {
    const window = exception.windows[Number(windowIndex)];
    if (window && (windowPart === 'start' || windowPart === 'end')) {
      return {
        id: windowInputId(ids(exception.key).windows, window.key, windowPart),
        where: `${where}, ${windowPart === 'start' ? 'from' : 'until'}`,
        message: window[windowPart] === '' ? 'Enter a time, for example 09:00' : undefined,
      };
    }
  }
  return undefined;
}

/** Errors for dates given twice: the API takes one exception per date. */
export function duplicateDates(exceptions: ExceptionDraft[]): [string, string][] {
  const seen = new Set<string>();
  const found: [string, string][] = [];
  for (const exception of exceptions) {
    if (exception.date && seen.has(exception.date)) {
      found.push([
        ids(exception.key).date,
        `${day(`${exception.date}T12:00:00Z`)} is already in the list`,
      ]);
    }
    seen.add(exception.date);
  }
  return found;
}

type Props = {
  /** What these dates mean here (the person's agreed hours, or the caseworker's own). */
  intro: string;
  exceptions: ExceptionDraft[];
  onChange: (exceptions: ExceptionDraft[]) => void;
  errors: Record<string, string>;
};

/** Dates that are different from the usual week: leave, bank holidays, a late night. */
export function Exceptions({ intro, exceptions, onChange, errors }: Props) {
  function update(key: string, change: Partial<ExceptionDraft>) {
    onChange(exceptions.map((e) => (e.key === key ? { ...e, ...change } : e)));
  }
  return (
    <>
      <h2>Leave and other changes</h2>
      <p class={styles.intro}>{intro}</p>
      {exceptions.length === 0 ? <p>No dates added.</p> : null}
      {exceptions.map((exception, index) => {
        const id = ids(exception.key);
        const name = named(exception, index);
        return (
          <fieldset class={styles.exception} key={exception.key}>
            <legend class={styles.legend}>{name}</legend>
            <div class={styles.fields}>
              <TextInput
                id={id.date}
                label="Date"
                type="date"
                value={exception.date}
                onInput={(date) => update(exception.key, { date })}
                error={errors[id.date]}
                width="short"
              />
              <TextInput
                id={id.label}
                label="Reason (optional)"
                hint="For example: On leave, or Late opening"
                value={exception.label}
                onInput={(label) => update(exception.key, { label })}
                error={errors[id.label]}
                width="half"
              />
            </div>
            <Radios
              name={`${id.windows}-closed`}
              legend={`Times on ${name}`}
              legendHidden
              value={exception.closed ? 'closed' : 'open'}
              onChange={(value) =>
                update(exception.key, {
                  closed: value === 'closed',
                  windows:
                    value === 'open' && exception.windows.length === 0
                      ? [{ key: newKey(), start: '09:00', end: '13:00' }]
                      : exception.windows,
                })
              }
              options={[
                { value: 'closed', label: 'Not available all day' },
                { value: 'open', label: 'Available at different times' },
              ]}
              inline
            />
            {exception.closed ? null : (
              <WindowRows
                idPrefix={id.windows}
                dayName={name}
                rows={exception.windows}
                onChange={(windows) => update(exception.key, { windows })}
                errors={errors}
                emptyText="No times yet: add one, or choose “Not available all day”."
              />
            )}
            <div class={styles.removeDate}>
              <Button
                variant="secondary"
                onClick={() => onChange(exceptions.filter((e) => e.key !== exception.key))}
                hiddenSuffix={`(${name})`}
              >
                Remove this date
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          onChange([
            ...exceptions,
            { key: newKey(), date: '', label: '', closed: true, windows: [] },
          ])
        }
      >
        Add a date
      </Button>
    </>
  );
}
