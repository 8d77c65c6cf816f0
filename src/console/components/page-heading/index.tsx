import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useConsole } from '../../context';
import styles from './style.module.css';

type Props = { children: ComponentChildren; title: string; caption?: string };

/** The page's h1: sets the document title and takes focus when the screen opens. */
export function PageHeading({ children, title, caption }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { attention } = useConsole();
  useEffect(() => {
    attention.setTitle(`${title} – HIU console`);
    // Only move focus after navigation, so a screen reader hears the new page.
    if (document.activeElement === document.body || document.activeElement === null) {
      ref.current?.focus({ preventScroll: false });
    }
  }, [title, attention]);
  return (
    <>
      {caption ? <span class={styles.caption}>{caption}</span> : null}
      <h1 ref={ref} tabIndex={-1} class={styles.heading}>
        {children}
      </h1>
    </>
  );
}
