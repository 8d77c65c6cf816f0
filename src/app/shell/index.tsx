import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { titleFor } from '../routes';
import { EmergencyBar } from '../components/emergency-bar';
import { ErrorBoundary } from '../components/error-boundary';
import { FooterNav } from '../components/footer-nav';
import { Icon } from '../components/icon';
import { OfflineNote } from '../components/offline-note';
import { QuickHide } from '../components/quick-hide';
import { UpdateBanner } from '../components/updates';
import { catalogue } from '#shared/i18n';
import messages from './shell.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('shell', messages);

/**
 * The frame around every screen. Help now and 999 are rendered here, outside the lock gate and
 * outside the error boundary, so they show in every state: offline, locked, unpaired, crashed.
 */
export function Shell({ children }: { children: ComponentChildren }) {
  const { path } = useLocation();
  useEffect(() => {
    document.title = titleFor(path);
  }, [path]);

  return (
    <>
      <a class={s.skip} href="#main">
        {t('skip')}
      </a>
      <header class={s.header}>
        <div class={s.brandRow}>
          <a href="/" class={s.brand}>
            <Icon name="home" class={s.brandIcon} />
            {t('brand')}
          </a>
          <QuickHide />
        </div>
      </header>
      <EmergencyBar />
      <UpdateBanner />
      <main id="main" tabIndex={-1} class={s.main}>
        <OfflineNote />
        <ErrorBoundary path={path}>{children}</ErrorBoundary>
      </main>
      <FooterNav />
    </>
  );
}

/** After moving to another screen, put keyboard and screen reader focus on its heading. */
export function focusScreen(): void {
  const main = document.getElementById('main');
  const heading = main?.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  } else {
    main?.focus({ preventScroll: true });
  }
}
