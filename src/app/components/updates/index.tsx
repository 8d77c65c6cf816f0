import { useSignal } from '@preact/signals';
import { useAppState } from '../../state';
import { catalogue } from '#shared/i18n';
import messages from './updates.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('updates', messages);

/**
 * "A new version is ready": shown until the person chooses. Nothing reloads without the button,
 * so a half-written entry is never lost to an update.
 */
export function UpdateBanner() {
  const state = useAppState();
  const dismissed = useSignal(false);
  const busy = useSignal(false);
  if (!state.updateReady.value || dismissed.value) return null;
  return (
    <section class={s.banner} aria-labelledby="update-title">
      <h2 id="update-title" class={s.title}>
        {t('title')}
      </h2>
      <p class={s.text}>{t('text')}</p>
      <div class={s.actions}>
        <button
          type="button"
          class="btn"
          disabled={busy.value}
          onClick={() => {
            busy.value = true;
            void state.updater.value?.apply();
          }}
        >
          {t('update')}
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => (dismissed.value = true)}>
          {t('notNow')}
        </button>
      </div>
    </section>
  );
}
