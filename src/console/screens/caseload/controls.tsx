import { signal } from '@preact/signals';
import { Select, TextInput } from '../../components/field';
import { Radios } from '../../components/radios';
import {
  FIRST_CHOICES,
  SHOW_WORDS,
  SHOWS,
  SORT_WORDS,
  SORTS,
  type Choices,
  type Show,
  type Sort,
} from './arrange';
import styles from './style.module.css';

/**
 * The caseload's search, sort and filter, kept while the console is open (going into a person
 * and back keeps them), and only for the member of staff who chose them.
 */
const kept = signal<{ staffId: string; choices: Choices } | null>(null);

export function useChoices(staffId: string): [Choices, (change: Partial<Choices>) => void] {
  const current = kept.value?.staffId === staffId ? kept.value.choices : FIRST_CHOICES;
  const change = (next: Partial<Choices>) => {
    kept.value = { staffId, choices: { ...current, ...next } };
  };
  return [current, change];
}

type Props = {
  choices: Choices;
  change: (next: Partial<Choices>) => void;
  /** The lead sees the whole service, so "only my own" means something. */
  isLead: boolean;
};

export function CaseloadControls({ choices, change, isLead }: Props) {
  const shows = SHOWS.filter((show) => isLead || show !== 'mine');
  return (
    <form
      class={styles.controls}
      role="search"
      aria-label="Find people on the caseload"
      onSubmit={(event) => event.preventDefault()}
    >
      <div class={styles.controlRow}>
        <TextInput
          id="caseload-search"
          label="Search by name"
          value={choices.search}
          onInput={(search) => change({ search })}
          autoComplete="off"
          spellcheck={false}
          width="half"
        />
        <Select
          id="caseload-sort"
          label="Sort by"
          value={choices.sort}
          onChange={(sort) => change({ sort: sort as Sort })}
          options={SORTS.map((sort) => ({ value: sort, label: SORT_WORDS[sort] }))}
        />
      </div>
      <Radios
        name="caseload-show"
        legend="Show"
        inline
        value={choices.show}
        onChange={(show) => change({ show: show as Show })}
        options={shows.map((show) => ({ value: show, label: SHOW_WORDS[show] }))}
      />
    </form>
  );
}
