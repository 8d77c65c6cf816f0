import { useAppState } from '../../state';
import { catalogue } from '#shared/i18n';
import messages from './offline-note.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('offline-note', messages);

/** A calm word when there is no signal: everything on the phone still works. */
export function OfflineNote() {
  const state = useAppState();
  return (
    <div role="status" class={s.wrap}>
      {!state.online.value && <p class={s.note}>{t('offline')}</p>}
    </div>
  );
}
