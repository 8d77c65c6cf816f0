import { useLocation } from 'preact-iso';
import { useAppState } from '../../state';
import { Icon } from '../icon';
import { quickHide } from './hide';
import s from './style.module.css';

/** Switches at once to a plain notes screen; with a lock set, the app locks too. */
export function QuickHide() {
  const state = useAppState();
  const { route } = useLocation();
  return (
    <button type="button" class={s.hide} onClick={() => quickHide(state, route)}>
      <Icon name="hide" class={s.icon} />
      Hide<span class="visually-hidden"> this app quickly</span>
    </button>
  );
}
