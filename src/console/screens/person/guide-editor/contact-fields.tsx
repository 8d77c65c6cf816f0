import { TextArea, TextInput } from '../../../components/field';
import { Radios } from '../../../components/radios';
import { WeeklyWindows } from '../weekly-windows';
import type { ContactDraft } from './model';
import styles from './style.module.css';

/** Input ids for one contact. */
export const contactIds = (key: string) => ({
  name: `g-${key}-name`,
  whenToUse: `g-${key}-when`,
  call: `g-${key}-call`,
  textNumber: `g-${key}-text`,
  textBody: `g-${key}-text-body`,
  week: `g-${key}-w`,
});

const NAME_LABEL: Record<ContactDraft['kind'], string> = {
  gp: 'Surgery name',
  caseworker: 'Name shown to the person',
  local: 'Name of the service',
};

type Props = {
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  errors: Record<string, string>;
};

/** Name, when to use, numbers and opening times of one local contact. */
export function ContactFields({ draft, onChange, errors }: Props) {
  const ids = contactIds(draft.key);
  const set = (change: Partial<ContactDraft>) => onChange({ ...draft, ...change });
  return (
    <>
      <TextInput
        id={ids.name}
        label={NAME_LABEL[draft.kind]}
        value={draft.name}
        onInput={(name) => set({ name })}
        error={errors[ids.name]}
        width="half"
      />
      <TextArea
        id={ids.whenToUse}
        label="When to use it"
        hint="Short and plain, in the person's words if you can."
        value={draft.whenToUse}
        onInput={(whenToUse) => set({ whenToUse })}
        error={errors[ids.whenToUse]}
        rows={2}
      />
      <div class={styles.numbers}>
        <TextInput
          id={ids.call}
          label="Number to call"
          hint="For example 01632 960123"
          type="tel"
          value={draft.call}
          onInput={(call) => set({ call })}
          error={errors[ids.call]}
          width="short"
        />
        <TextInput
          id={ids.textNumber}
          label="Number to text"
          hint="Optional. For example 07700 900123"
          type="tel"
          value={draft.textNumber}
          onInput={(textNumber) => set({ textNumber })}
          error={errors[ids.textNumber]}
          width="short"
        />
      </div>
      {draft.kind === 'caseworker' ? (
        <p class={styles.note}>
          The times come from the agreed hours. Change them on the “Agreed hours” tab.
        </p>
      ) : (
        <>
          <Radios
            name={`${ids.week}-kind`}
            legend="When is it open?"
            value={draft.hoursKind}
            onChange={(value) => set({ hoursKind: value === 'always' ? 'always' : 'weekly' })}
            options={[
              { value: 'weekly', label: 'At set times' },
              { value: 'always', label: 'Day and night' },
            ]}
            inline
          />
          {draft.hoursKind === 'weekly' ? (
            <WeeklyWindows
              idPrefix={ids.week}
              week={draft.week}
              onChange={(week) => set({ week })}
              errors={errors}
              emptyText="Closed"
            />
          ) : null}
          {draft.hoursKind === 'weekly' ? (
            <Radios
              name={`${ids.week}-calendar`}
              legend={
                draft.kind === 'gp' ? 'On bank holidays' : 'On bank holidays and team closures'
              }
              value={draft.calendar}
              onChange={(value) => set({ calendar: value === 'ignore' ? 'ignore' : 'follow' })}
              options={[
                { value: 'follow', label: 'Closed', hint: 'As set in the service calendar' },
                { value: 'ignore', label: 'Open at these times as usual' },
              ]}
              inline
            />
          ) : null}
        </>
      )}
    </>
  );
}
