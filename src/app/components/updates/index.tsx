import { useSignal } from '@preact/signals';
import { useAppState } from '../../state';
import s from './style.module.css';

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
        A new version is ready
      </h2>
      <p class={s.text}>Your journal stays safe. The app restarts when you press the button.</p>
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
          Update now
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => (dismissed.value = true)}>
          Not now
        </button>
      </div>
    </section>
  );
}
