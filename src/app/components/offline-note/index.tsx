import { useAppState } from '../../state';
import s from './style.module.css';

/** A calm word when there is no signal: everything on the phone still works. */
export function OfflineNote() {
  const state = useAppState();
  return (
    <div role="status" class={s.wrap}>
      {!state.online.value && (
        <p class={s.note}>
          No internet right now. Help now, your journal and your plan still work.
        </p>
      )}
    </div>
  );
}
