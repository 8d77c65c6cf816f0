import { nhsClock } from '#shared/time-words';
import { Button } from '../../../components/button';
import { FieldError } from '../../../components/field';
import { DAY_NAMES, DAYS, row, type WeekDraft, type WindowRow } from './model';
import styles from './style.module.css';

type RowsProps = {
  /** Prefix for input ids, e.g. `w` or `x-k4`. */
  idPrefix: string;
  /** Words naming the day, for buttons and screen readers: "Monday", "25 December". */
  dayName: string;
  rows: WindowRow[];
  onChange: (rows: WindowRow[]) => void;
  errors: Record<string, string>;
  emptyText: string;
};

/** The id of a row's "from" or "until" input. */
export function windowInputId(idPrefix: string, key: string, part: 'start' | 'end'): string {
  return `${idPrefix}-${key}-${part}`;
}

/** A list of "from ... until ..." times on one day, with add and remove. */
export function WindowRows({ idPrefix, dayName, rows, onChange, errors, emptyText }: RowsProps) {
  function update(key: string, part: 'start' | 'end', value: string) {
    onChange(rows.map((r) => (r.key === key ? { ...r, [part]: value } : r)));
  }
  return (
    <>
      {rows.length === 0 ? <p class={styles.empty}>{emptyText}</p> : null}
      {rows.map((r) => (
        <div class={styles.row} key={r.key}>
          {(['start', 'end'] as const).map((part) => {
            const id = windowInputId(idPrefix, r.key, part);
            const error = errors[id];
            return (
              <div class={error ? `${styles.time} ${styles.timeError}` : styles.time} key={part}>
                <label for={id}>
                  {part === 'start' ? 'From' : 'Until'}
                  <span class="visually-hidden"> ({dayName})</span>
                </label>
                {error ? <FieldError id={`${id}-error`} message={error} /> : null}
                <input
                  id={id}
                  type="time"
                  value={r[part]}
                  class={styles.input}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(event) => update(r.key, part, event.currentTarget.value)}
                />
              </div>
            );
          })}
          <div class={styles.remove}>
            <Button
              variant="link"
              hiddenSuffix={`${dayName}, ${r.start ? nhsClock(r.start) : '?'} to ${r.end ? nhsClock(r.end) : '?'}`}
              onClick={() => onChange(rows.filter((other) => other.key !== r.key))}
            >
              Remove
            </Button>
          </div>
        </div>
      ))}
      <Button
        variant="link"
        onClick={() => onChange([...rows, rows.length === 0 ? row() : row('18:00', '20:00')])}
      >
        Add a time<span class="visually-hidden"> on {dayName}</span>
      </Button>
    </>
  );
}

type WeekProps = {
  idPrefix: string;
  week: WeekDraft;
  onChange: (week: WeekDraft) => void;
  errors: Record<string, string>;
  emptyText?: string;
};

/** Seven days, each with its own times. */
export function WeeklyWindows({
  idPrefix,
  week,
  onChange,
  errors,
  emptyText = 'Not available',
}: WeekProps) {
  return (
    <div class={styles.week}>
      {DAYS.map((day) => (
        <fieldset class={styles.day} key={day}>
          <legend class={styles.dayName}>{DAY_NAMES[day]}</legend>
          <div class={styles.dayBody}>
            <WindowRows
              idPrefix={idPrefix}
              dayName={DAY_NAMES[day]}
              rows={week[day]}
              onChange={(rows) => onChange({ ...week, [day]: rows })}
              errors={errors}
              emptyText={emptyText}
            />
          </div>
        </fieldset>
      ))}
    </div>
  );
}
