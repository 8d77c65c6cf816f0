import type { ComponentChildren } from 'preact';
import { ErrorMessage } from '../../../ui/error-message';
import styles from './style.module.css';

type Common = {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string | undefined;
  /** Show the label as a heading-sized label (for the single question on a page). */
  large?: boolean;
};

/** The ids a field's input points at with aria-describedby. */
function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label, hint and error message around any control; the control gets `${id}` as its id. */
export function FieldGroup({
  id,
  label,
  hint,
  error,
  large,
  children,
}: Common & { children: ComponentChildren }) {
  return (
    <div class={error ? `${styles.group} error-group` : styles.group}>
      <label class={large ? `${styles.label} ${styles.large}` : styles.label} for={id}>
        {label}
      </label>
      {hint ? (
        <div class={styles.hint} id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? <FieldError id={`${id}-error`} message={error} /> : null}
      {children}
    </div>
  );
}

/** A red error message, read out with an "Error:" prefix: the one pattern the app uses too. */
export function FieldError({ id, message }: { id: string; message: string }) {
  return <ErrorMessage id={id}>{message}</ErrorMessage>;
}

type InputProps = Common & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'tel' | 'date' | 'time';
  autoComplete?: string;
  width?: 'full' | 'half' | 'short' | 'code';
  spellcheck?: boolean;
  required?: boolean;
};

/** A labelled single-line input in the NHS.UK style. */
export function TextInput(props: InputProps) {
  const { id, hint, error, value, onInput, type = 'text', autoComplete, width = 'full' } = props;
  return (
    <FieldGroup {...props}>
      <input
        class={`${styles.input} ${styles[width]} ${error ? styles.inputError : ''}`}
        id={id}
        name={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellcheck={props.spellcheck}
        required={props.required}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldGroup>
  );
}

type AreaProps = Common & {
  value: string;
  onInput: (value: string) => void;
  rows?: number;
};

/** A labelled multi-line text box. */
export function TextArea(props: AreaProps) {
  const { id, hint, error, value, onInput, rows = 5 } = props;
  return (
    <FieldGroup {...props}>
      <textarea
        class={`${styles.input} ${styles.full} ${styles.textarea} ${error ? styles.inputError : ''}`}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </FieldGroup>
  );
}

type SelectProps = Common & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
};

/** A labelled drop-down list. */
export function Select(props: SelectProps) {
  const { id, hint, error, value, onChange, options } = props;
  return (
    <FieldGroup {...props}>
      <select
        class={`${styles.input} ${styles.select} ${error ? styles.inputError : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldGroup>
  );
}
