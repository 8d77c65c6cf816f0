import { Button } from '../../components/button';
import { TextInput } from '../../components/field';
import styles from './style.module.css';

export type ClosureDraft = { key: string; from: string; to: string; label: string };

let counter = 0;
export const newKey = () => `c${++counter}`;

/** The ids of one closure's inputs, so errors from the API can point at them. */
export const closureIds = (key: string) => ({
  from: `closure-${key}-from`,
  to: `closure-${key}-to`,
  label: `closure-${key}-label`,
});

type Props = {
  closures: ClosureDraft[];
  onChange: (closures: ClosureDraft[]) => void;
  errors: Record<string, string>;
};

/** The team's own closed days: training days, an away day, closing between Christmas and New Year. */
export function ClosuresEditor({ closures, onChange, errors }: Props) {
  const update = (key: string, change: Partial<ClosureDraft>) =>
    onChange(closures.map((c) => (c.key === key ? { ...c, ...change } : c)));
  return (
    <>
      <h2>Team closures</h2>
      <p class={styles.intro}>
        Days the whole team is closed, such as a training day. For one day, give the same first and
        last day.
      </p>
      {closures.length === 0 ? <p>No team closures added.</p> : null}
      {closures.map((c, index) => {
        const id = closureIds(c.key);
        const name = c.label.trim() || `Closure ${index + 1}`;
        return (
          <fieldset class={styles.closure} key={c.key}>
            <legend class={styles.legend}>{name}</legend>
            <div class={styles.fields}>
              <TextInput
                id={id.label}
                label="What it is"
                hint="For example: Team training day"
                value={c.label}
                onInput={(label) => update(c.key, { label })}
                error={errors[id.label]}
                width="half"
              />
              <TextInput
                id={id.from}
                label="First day"
                type="date"
                value={c.from}
                onInput={(from) => update(c.key, { from, to: c.to || from })}
                error={errors[id.from]}
                width="short"
              />
              <TextInput
                id={id.to}
                label="Last day"
                type="date"
                value={c.to}
                onInput={(to) => update(c.key, { to })}
                error={errors[id.to]}
                width="short"
              />
            </div>
            <Button
              variant="secondary"
              onClick={() => onChange(closures.filter((x) => x.key !== c.key))}
              hiddenSuffix={name}
            >
              Remove
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() => onChange([...closures, { key: newKey(), from: '', to: '', label: '' }])}
      >
        Add a team closure
      </Button>
    </>
  );
}
