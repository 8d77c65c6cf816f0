import fieldStyles from '../field/style.module.css';
import { FieldError } from '../field';
import { type DateParts } from './date-parts';
import styles from './style.module.css';

type Props = {
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onInput: (value: DateParts) => void;
  error?: string | undefined;
};

/** The NHS.UK date input: day, month and year boxes in a fieldset, never the browser's picker. */
export function DateFields({ id, legend, hint, value, onInput, error }: Props) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  const box = (part: keyof DateParts, label: string, wide: boolean) => (
    <div class={styles.datePart}>
      <label class={fieldStyles.label} for={part === 'day' ? id : `${id}-${part}`}>
        {label}
      </label>
      <input
        class={`${fieldStyles.input} ${wide ? styles.year : styles.twoDigits} ${error ? fieldStyles.inputError : ''}`}
        id={part === 'day' ? id : `${id}-${part}`}
        name={`${id}-${part}`}
        inputMode="numeric"
        autoComplete="off"
        value={value[part]}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput({ ...value, [part]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <div class={error ? `${fieldStyles.group} error-group` : fieldStyles.group}>
      <fieldset class={styles.fieldset} aria-describedby={described || undefined} role="group">
        <legend class={fieldStyles.label}>{legend}</legend>
        {hint ? (
          <div class={fieldStyles.hint} id={hintId}>
            {hint}
          </div>
        ) : null}
        {error ? <FieldError id={errorId} message={error} /> : null}
        <div class={styles.dateParts}>
          {box('day', 'Day', false)}
          {box('month', 'Month', false)}
          {box('year', 'Year', true)}
        </div>
      </fieldset>
    </div>
  );
}
