import { useLocation } from 'preact-iso';
import { Icon } from '../icon';
import { catalogue } from '#shared/i18n';
import messages from './emergency-bar.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('emergency-bar', messages);

/**
 * Help now and a direct 999 call. Rendered by the shell on every screen, outside the lock and
 * outside the error boundary, so nothing a screen does can take them away.
 */
export function EmergencyBar() {
  const { path } = useLocation();
  return (
    <nav class={s.bar} aria-label={t('label')}>
      <a
        href="/help"
        class={`btn ${s.button} ${s.help}`}
        aria-current={path === '/help' ? 'page' : undefined}
      >
        <Icon name="heart" class={s.icon} />
        {t('help')}
      </a>
      <a href="tel:999" class={`btn btn-warning ${s.button} ${s.call}`} data-emergency="999">
        <Icon name="phone" class={s.icon} />
        {t('call')}
      </a>
    </nav>
  );
}
