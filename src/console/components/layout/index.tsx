import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import styles from './style.module.css';

/** A readable column for forms and text (about two thirds of a laptop screen). */
export function Narrow({ children }: { children: ComponentChildren }) {
  return <div class={styles.narrow}>{children}</div>;
}

/** A white box that groups one part of a page. */
export function Card({
  children,
  labelledBy,
}: {
  children: ComponentChildren;
  labelledBy?: string;
}) {
  return (
    <section class={styles.card} aria-labelledby={labelledBy}>
      {children}
    </section>
  );
}

/** A blue-edged box for something to notice (NHS.UK inset text). */
export function Inset({ children }: { children: ComponentChildren }) {
  return <div class={styles.inset}>{children}</div>;
}

/** A short confirmation that something worked: takes focus, so it is seen and heard. */
export function Notice({ children }: { children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div class={styles.notice} role="status" tabIndex={-1} ref={ref}>
      {children}
    </div>
  );
}

/** A yellow-edged box that warns about what will happen. */
export function Warning({ children }: { children: ComponentChildren }) {
  return <div class={styles.warning}>{children}</div>;
}
