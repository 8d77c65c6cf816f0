import type { ComponentChildren } from 'preact';
import styles from './style.module.css';

/** A small coloured label (NHS.UK tag). Colour never carries meaning alone: the words do. */
export function Tag({
  children,
  colour = 'blue',
}: {
  children: ComponentChildren;
  colour?: 'blue' | 'green' | 'grey' | 'red' | 'new';
}) {
  return <strong class={`${styles.tag} ${styles[colour]}`}>{children}</strong>;
}
