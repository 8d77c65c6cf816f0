import type { PersonSummary } from '#shared/schemas/api';
import { Select, TextInput } from '../../components/field';
import styles from './style.module.css';

/** One person's own cover as typed: who (empty: the same as the caseload) and their number. */
export interface OwnCover {
  caseworkerId: string;
  phone: string;
}

export const SAME = '';

/**
 * Anyone on the caseload who should have their own cover instead of the caseload's: a choice
 * for each person, and, once someone is chosen, a number for that person's phone to show.
 */
export function PeopleCovers({
  people,
  choices,
  own,
  onChange,
  errors,
}: {
  people: PersonSummary[];
  choices: { value: string; label: string }[];
  own: Record<string, OwnCover>;
  onChange: (own: Record<string, OwnCover>) => void;
  errors: Record<string, string>;
}) {
  if (people.length === 0) return null;
  return (
    <fieldset class={styles.people}>
      <legend class={styles.peopleLegend}>Anyone who needs someone else?</legend>
      <p class={styles.peopleHint}>
        Choose someone for a person who should not go to the caseload’s cover, for example someone
        who already knows them.
      </p>
      {people.map((p) => {
        const mine = own[p.id] ?? { caseworkerId: SAME, phone: '' };
        return (
          <div key={p.id} class={styles.person}>
            <Select
              id={`leave-own-${p.id}`}
              label={p.displayName}
              value={mine.caseworkerId}
              onChange={(id) => onChange({ ...own, [p.id]: { ...mine, caseworkerId: id } })}
              options={[{ value: SAME, label: 'The same as the caseload' }, ...choices]}
              error={errors[`leave-own-${p.id}`]}
            />
            {mine.caseworkerId ? (
              <TextInput
                id={`leave-own-phone-${p.id}`}
                label={`Number ${p.displayName} can call (optional)`}
                hint="Shown on their phone in place of the usual number. Leave empty to keep it."
                type="tel"
                width="half"
                value={mine.phone}
                onInput={(phone) => onChange({ ...own, [p.id]: { ...mine, phone } })}
                error={errors[`leave-own-phone-${p.id}`]}
              />
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
