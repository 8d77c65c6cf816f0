import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { firstName } from '../../store/profile-fields';
import { useAppState } from '../../state';
import { readChoices, type SendingChoices } from '../../store/check-ins';
import { catalogue } from '#shared/i18n';
import messages from './settings-sharing.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('settings-sharing', messages);

/**
 * What the person sends to their caseworker: their wellbeing check-ins, and when a
 * journal entry says they went to A&E or called 999 or 111 (never the entry's words). Both are
 * off until the person turns them on; the app asks about check-ins once, after the first.
 */
export function SharingSettings() {
  const state = useAppState();
  const choices = useSignal<SendingChoices | null>(null);
  const said = useSignal('');
  /** A change is being made: the switches wait, so changes never overlap. */
  const busy = useSignal(false);
  const profile = state.profile.value;
  const linked = state.sync.link.value === 'linked' && profile !== null;

  useEffect(() => {
    let live = true;
    void readChoices(state.lock).then((c) => {
      if (live) choices.value = c;
    });
    return () => {
      live = false;
    };
  }, [state]);

  if (!linked || !profile || !choices.value) return null;
  const name = firstName(profile.caseworker.name);
  const current = choices.value;

  async function change(which: 'checkIns' | 'urgentCare', on: boolean) {
    // Show the new choice at once; what is stored is read back when the change is done.
    choices.value = { ...current, [which]: on };
    busy.value = true;
    try {
      const checkIns = await import('../../sync/check-ins');
      if (which === 'checkIns') await checkIns.setCheckInSending(state, on);
      else await checkIns.setUrgentCareSending(state, on);
      said.value = on ? t('turnedOn', { name }) : t('turnedOff');
    } catch {
      said.value = t('failed');
    } finally {
      choices.value = await readChoices(state.lock).catch(() => choices.value);
      busy.value = false;
    }
  }

  return (
    <section class={s.section} aria-labelledby="sharing-title">
      <h2 id="sharing-title">{t('title', { name })}</h2>
      <p>{t('youChoose')}</p>
      <fieldset class={s.group}>
        <legend class="visually-hidden">{t('what', { name })}</legend>
        <label class={s.choice}>
          <input
            type="checkbox"
            checked={current.checkIns === true}
            disabled={busy.value}
            onChange={(e) => void change('checkIns', e.currentTarget.checked)}
          />
          <span>{t('checkIns')}</span>
        </label>
        <p class="hint">{t('checkInsHint')}</p>
        <label class={s.choice}>
          <input
            type="checkbox"
            checked={current.urgentCare}
            disabled={busy.value}
            onChange={(e) => void change('urgentCare', e.currentTarget.checked)}
          />
          <span>{t('urgentCare')}</span>
        </label>
        <p class="hint">{t('urgentCareHint')}</p>
      </fieldset>
      <p role="status" class={s.status}>
        {said.value}
      </p>
    </section>
  );
}
