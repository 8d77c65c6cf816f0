import { useLocation } from 'preact-iso';
import { catalogue } from '#shared/i18n';
import messages from './footer-nav.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('footer-nav', messages);

const LINKS = [
  { href: '/', label: 'home' },
  { href: '/journal', label: 'journal' },
  { href: '/plan', label: 'plan' },
  { href: '/settings', label: 'settings' },
] as const;

/** The main places, at the foot of every screen. */
export function FooterNav() {
  const { path } = useLocation();
  return (
    <footer class={s.footer}>
      <nav aria-label={t('label')}>
        <ul class={s.list}>
          {LINKS.map((link) => (
            <li key={link.href}>
              <a
                href={link.href}
                class={s.link}
                aria-current={path === link.href ? 'page' : undefined}
              >
                {t(link.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
