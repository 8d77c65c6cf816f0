import { useSignal } from '@preact/signals';
import { PLAN_SECTIONS } from '#shared/schemas/plan';
import { PROFESSIONAL_ORDER, type ProfessionalChoices } from '#shared/professional';
import { ErrorMessage } from '../../../../ui/error-message';
import { useAppState } from '../../../state';
import { saveChoices } from '../../../store/professional';
import { t } from './words';
import s from './style.module.css';

/** The person chooses what the professional view shows. Kept on this phone only. */
export function Choose({
  choices,
  chosen,
  hasLock,
  onSaved,
}: {
  choices: ProfessionalChoices;
  /** False: nothing saved yet (these are the suggested choices). */
  chosen: boolean;
  /** A lock is set: what is ticked can be seen without it. */
  hasLock: boolean;
  onSaved: () => void;
}) {
  const { lock } = useAppState();
  const picked = useSignal<ProfessionalChoices>(choices);
  const saved = useSignal('');
  const problem = useSignal('');

  function toggleSection(key: (typeof PROFESSIONAL_ORDER)[number], on: boolean) {
    const rest = picked.value.sections.filter((k) => k !== key);
    const sections = on ? PROFESSIONAL_ORDER.filter((k) => k === key || rest.includes(k)) : rest;
    picked.value = { ...picked.value, sections };
    saved.value = '';
  }

  async function save(event: Event) {
    event.preventDefault();
    problem.value = '';
    try {
      await saveChoices(lock, picked.value);
      saved.value = hasLock ? t('savedLocked') : t('saved');
      onSaved();
    } catch {
      problem.value = t('notSaved');
    }
  }

  const box = (id: string, label: string, checked: boolean, set: (on: boolean) => void) => (
    <li class={s.choice}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => set(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
    </li>
  );

  return (
    <form class={s.choose} onSubmit={save} noValidate data-print-hide>
      <h2>{t('chooseHeading')}</h2>
      <p>{hasLock ? t('chooseLocked') : t('choose')}</p>
      {!chosen && <p class="hint">{t('suggestions')}</p>}
      <fieldset class={s.fieldset}>
        <legend class={s.legend}>{t('show')}</legend>
        <ul class={s.choices}>
          {box('show-name', t('name'), picked.value.name, (on) => {
            picked.value = { ...picked.value, name: on };
            saved.value = '';
          })}
          {box('show-caseworker', t('caseworker'), picked.value.caseworker, (on) => {
            picked.value = { ...picked.value, caseworker: on };
            saved.value = '';
          })}
          {PROFESSIONAL_ORDER.map((key) =>
            box(
              `show-${key}`,
              PLAN_SECTIONS.find((section) => section.key === key)?.title ?? key,
              picked.value.sections.includes(key),
              (on) => toggleSection(key, on),
            ),
          )}
        </ul>
      </fieldset>
      {problem.value && <ErrorMessage standalone>{problem.value}</ErrorMessage>}
      <button type="submit" class="btn btn-secondary btn-block">
        {t('saveChoices')}
      </button>
      <p role="status" class={s.saved}>
        {saved.value}
      </p>
    </form>
  );
}
