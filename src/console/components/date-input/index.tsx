import { ErrorMessage } from '../../../ui/error-message';
import fieldStyles from '../field/style.module.css';
import type { DateParts } from './parse';
import styles from './style.module.css';

type Props = {
  /** The boxes are `${id}-day`, `${id}-month` and `${id}-year`. */
  id: string;
  legend: string;
  hint?: string;
  value: DateParts;
  onInput: (value: DateParts) => void;
  error?: string | undefined;
  /** The box the error is about (all three are marked when it is the whole date). */
  errorPart?: keyof DateParts | undefined;
};

const PARTS = [
  { part: 'day', label: 'Day', width: styles.two },
  { part: 'month', label: 'Month', width: styles.two },
  { part: 'year', label: 'Year', width: styles.four },
] as const;

/**
 * The NHS date input: a day, month and year box in a fieldset, in place of the browser's date
 * picker (which differs by browser and is hard to use with a screen reader or at 200% text).
 */
export function DateInput({ id, legend, hint, value, onInput, error, errorPart }: Props) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={error ? `${fieldStyles.group} error-group` : fieldStyles.group}>
      <fieldset class={styles.fieldset} role="group" aria-describedby={describedBy || undefined}>
        <legend class={fieldStyles.label}>{legend}</legend>
        {hint ? (
          <div class={fieldStyles.hint} id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
        <div class={styles.boxes}>
          {PARTS.map(({ part, label, width }) => {
            const wrong = Boolean(error) && (errorPart === undefined || errorPart === part);
            return (
              <div class={styles.item} key={part}>
                <label class={styles.label} for={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  class={`${fieldStyles.input} ${width} ${wrong ? fieldStyles.inputError : ''}`}
                  id={`${id}-${part}`}
                  name={`${id}-${part}`}
                  inputMode="numeric"
                  value={value[part]}
                  aria-invalid={wrong ? true : undefined}
                  onInput={(event) => onInput({ ...value, [part]: event.currentTarget.value })}
                />
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
