import { useState } from 'preact/hooks';
import { FieldError } from '../../../components/field';
import styles from './style.module.css';

/** 'YYYY-MM-DD' from the three boxes, or null when they do not make a real date. */
export function dateFromParts(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day, month, year].map((s) => s.trim());
  if (!/^\d{1,2}$/.test(d ?? '') || !/^\d{1,2}$/.test(m ?? '') || !/^\d{4}$/.test(y ?? '')) {
    return null;
  }
  const iso = `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
  const check = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== iso ? null : iso;
}

type Props = {
  id: string;
  legend: string;
  hint?: string;
  /** 'YYYY-MM-DD' to start from. */
  initial: string;
  error?: string | undefined;
  /** The date the boxes make, or null while they make none. */
  onChange: (date: string | null) => void;
};

/** The NHS.UK date input: day, month and year boxes, never the browser's picker. */
export function DateFields({ id, legend, hint, initial, error, onChange }: Props) {
  const [y0 = '', m0 = '', d0 = ''] = initial.split('-');
  const [parts, setParts] = useState({
    day: String(Number(d0)),
    month: String(Number(m0)),
    year: y0,
  });
  function set(key: keyof typeof parts, value: string) {
    const next = { ...parts, [key]: value };
    setParts(next);
    onChange(dateFromParts(next.day, next.month, next.year));
  }
  const box = (key: keyof typeof parts, label: string, wide: boolean) => (
    <div class={styles.dateItem}>
      <label class={styles.dateLabel} for={key === 'day' ? id : `${id}-${key}`}>
        {label}
      </label>
      <input
        class={`${styles.dateBox} ${wide ? styles.year : ''} ${error ? styles.dateError : ''}`}
        id={key === 'day' ? id : `${id}-${key}`}
        inputMode="numeric"
        value={parts[key]}
        aria-invalid={error ? true : undefined}
        onInput={(event) => set(key, event.currentTarget.value)}
      />
    </div>
  );
  return (
    <div class={error ? 'error-group' : undefined}>
      <fieldset class={styles.dateFieldset} aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend class={styles.legend}>{legend}</legend>
        {hint ? (
          <div class={styles.hint} id={`${id}-hint`}>
            {hint}
          </div>
        ) : null}
        {error ? <FieldError id={`${id}-error`} message={error} /> : null}
        <div class={styles.dateRow}>
          {box('day', 'Day', false)}
          {box('month', 'Month', false)}
          {box('year', 'Year', true)}
        </div>
      </fieldset>
    </div>
  );
}
