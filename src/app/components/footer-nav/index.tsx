import { useLocation } from 'preact-iso';
import s from './style.module.css';

const LINKS = [
  { href: '/', label: 'Home' },
  { href: '/journal', label: 'My journal' },
  { href: '/plan', label: 'My plan' },
  { href: '/settings', label: 'Settings' },
] as const;

/** The main places, at the foot of every screen. */
export function FooterNav() {
  const { path } = useLocation();
  return (
    <footer class={s.footer}>
      <nav aria-label="Main">
        <ul class={s.list}>
          {LINKS.map((link) => (
            <li key={link.href}>
              <a
                href={link.href}
                class={s.link}
                aria-current={path === link.href ? 'page' : undefined}
              >
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
