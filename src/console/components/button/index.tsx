import type { ComponentChildren } from 'preact';
import styles from './style.module.css';

type Props = {
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'warning' | 'link';
  type?: 'button' | 'submit';
  onClick?: () => void;
  disabled?: boolean;
  /** Adds words for screen readers only, e.g. which line a "Remove" button removes. */
  hiddenSuffix?: string;
  id?: string;
};

/** An NHS.UK button; `link` looks like a link for small in-line actions. */
export function Button({
  children,
  variant = 'primary',
  type = 'button',
  onClick,
  disabled,
  hiddenSuffix,
  id,
}: Props) {
  return (
    <button
      class={`${styles.button} ${styles[variant]}`}
      id={id}
      type={type}
      onClick={onClick}
      disabled={disabled}
    >
      {children}
      {hiddenSuffix ? <span class="visually-hidden"> {hiddenSuffix}</span> : null}
    </button>
  );
}

/** A row of buttons that wraps on narrow screens. */
export function ButtonGroup({ children }: { children: ComponentChildren }) {
  return <div class={styles.group}>{children}</div>;
}

/** A link that looks like a secondary button: it goes to a page rather than doing something. */
export function LinkButton({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class={`${styles.button} ${styles.secondary} ${styles.linkButton}`} href={href}>
      {children}
    </a>
  );
}
