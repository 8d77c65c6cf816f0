import type { ComponentChildren } from 'preact';
import s from './style.module.css';

export interface Choice {
  value: string;
  label: string;
  /** The person's own words (an idea from their plan, a word they added): kept as written. */
  own?: boolean;
  /** Decorative picture drawn before the label. */
  picture?: ComponentChildren;
}

interface Props {
  name: string;
  choices: readonly Choice[];
  type: 'checkbox' | 'radio';
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** 'chips' wrap like words; 'tiles' are a grid of big squares; 'rows' are full width. */
  look?: 'chips' | 'tiles' | 'rows';
}

/**
 * Big tappable choices that are real checkboxes or radios underneath, so screen readers, the
 * keyboard and forms all work as usual.
 */
export function Choices({ name, choices, type, selected, onChange, look = 'chips' }: Props) {
  function toggle(value: string, checked: boolean) {
    if (type === 'radio') return onChange(checked ? [value] : []);
    const rest = selected.filter((v) => v !== value);
    onChange(checked ? [...rest, value] : rest);
  }
  return (
    <ul class={`${s.list} ${s[look]}`}>
      {choices.map((choice, i) => {
        const id = `${name}-${i}`;
        return (
          <li key={choice.value} class={s.item}>
            <input
              class={s.input}
              type={type}
              id={id}
              name={name}
              value={choice.value}
              checked={selected.includes(choice.value)}
              onChange={(e) => toggle(choice.value, e.currentTarget.checked)}
            />
            <label class={s.label} for={id}>
              {choice.picture}
              <span data-own-words={choice.own || undefined}>{choice.label}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
