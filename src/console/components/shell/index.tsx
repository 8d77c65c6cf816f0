import type { ComponentChildren } from 'preact';
import { focusById } from '../../focus';
import styles from './style.module.css';

type Props = {
  children: ComponentChildren;
  /** The service's name, once signed in. */
  serviceName?: string;
  /** Navigation and the signed-in caseworker, once signed in. */
  nav?: ComponentChildren;
  account?: ComponentChildren;
};

/** The page frame: skip link, blue NHS-style header, main content, footer. */
export function Shell({ children, serviceName, nav, account }: Props) {
  return (
    <>
      <a
        class={styles.skip}
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          focusById('main');
        }}
      >
        Skip to main content
      </a>
      <header class={styles.header}>
        <div class={styles.bar}>
          <a class={styles.home} href="#/">
            <span class={styles.logo} aria-hidden="true">
              HIU
            </span>
            <span class={styles.service}>
              Caseworker console
              {serviceName ? <span class={styles.serviceName}>{serviceName}</span> : null}
            </span>
          </a>
          {account ? <div class={styles.account}>{account}</div> : null}
        </div>
        {nav ? (
          <nav class={styles.nav} aria-label="Main">
            {nav}
          </nav>
        ) : null}
      </header>
      <main class={styles.main} id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class={styles.footer}>
        <p>
          For caseworkers and HIU leads only. Nothing you see here is kept on this computer once you
          sign out.
        </p>
      </footer>
    </>
  );
}
