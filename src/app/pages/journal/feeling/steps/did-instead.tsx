import { DID_INSTEAD_OPTIONS } from '#shared/journal';
import { Choices } from '../../parts/choices';
import type { StepProps } from './types';
import { t } from '../words';
import s from '../style.module.css';

export function DidInsteadStep({ draft, change, selfHelp }: StepProps) {
  const chosen = draft.didInstead ?? [];
  const fromPlan = selfHelp.filter((idea) => !DID_INSTEAD_OPTIONS.some((o) => o.key === idea));
  const others = (chosen ?? []).filter(
    (c) => !fromPlan.includes(c) && !DID_INSTEAD_OPTIONS.some((o) => o.key === c),
  );
  const set = (group: string[], values: string[]) =>
    change({ didInstead: [...chosen.filter((c) => !group.includes(c)), ...values] });
  const known = DID_INSTEAD_OPTIONS.map((o) => o.key);

  return (
    <>
      {fromPlan.length > 0 && (
        <>
          <h2 class={s.subhead}>{t('fromPlan')}</h2>
          <Choices
            name="from-plan"
            type="checkbox"
            look="rows"
            choices={[...fromPlan, ...others].map((idea) => ({
              value: idea,
              label: idea,
              own: true,
            }))}
            selected={chosen}
            onChange={(values) => set([...fromPlan, ...others], values)}
          />
          <h2 class={s.subhead}>{t('otherThings')}</h2>
        </>
      )}
      <Choices
        name="did-instead"
        type="checkbox"
        look="rows"
        choices={DID_INSTEAD_OPTIONS.map((o) => ({ value: o.key, label: o.label }))}
        selected={chosen}
        onChange={(values) => set(known, values)}
      />
      <label for="did-other" class={s.smallLabel}>
        {t('somethingElseDid')}
      </label>
      <textarea
        id="did-other"
        class={s.textarea}
        rows={3}
        maxLength={500}
        value={draft.didInsteadOther ?? ''}
        onInput={(e) => change({ didInsteadOther: e.currentTarget.value })}
      />
    </>
  );
}
