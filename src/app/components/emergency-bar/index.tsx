import { useLocation } from 'preact-iso';
import { Icon } from '../icon';
import s from './style.module.css';

/**
 * Help now and a direct 999 call. Rendered by the shell on every screen, outside the lock and
 * outside the error boundary, so nothing a screen does can take them away.
 */
export function EmergencyBar() {
  const { path } = useLocation();
  return (
    <nav class={s.bar} aria-label="Emergency help">
      <a
        href="/help"
        class={`btn ${s.button} ${s.help}`}
        aria-current={path === '/help' ? 'page' : undefined}
      >
        <Icon name="heart" class={s.icon} />
        Help now
      </a>
      <a href="tel:999" class={`btn btn-warning ${s.button} ${s.call}`} data-emergency="999">
        <Icon name="phone" class={s.icon} />
        Call 999
      </a>
    </nav>
  );
}
