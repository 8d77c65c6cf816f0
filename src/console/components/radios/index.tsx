import styles from './style.module.css';

type Option = { value: string; label: string; hint?: string };

type Props = {
  name: string;
  legend: string;
  legendHidden?: boolean;
  value: string;
  onChange: (value: string) => void;
  options: Option[];
  inline?: boolean;
};

/** NHS.UK radios: large targets, a visible focus, the legend as the question. */
export function Radios({ name, legend, legendHidden, value, onChange, options, inline }: Props) {
  return (
    <fieldset class={styles.fieldset}>
      <legend class={legendHidden ? 'visually-hidden' : styles.legend}>{legend}</legend>
      <div class={inline ? `${styles.options} ${styles.inline}` : styles.options}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div class={styles.item} key={option.value}>
              <input
                class={styles.input}
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label class={styles.label} for={id}>
                {option.label}
              </label>
              {option.hint ? (
                <div class={styles.hint} id={`${id}-hint`}>
                  {option.hint}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
