import type { ComponentChildren } from 'preact';
import styles from './style.module.css';

type Props = {
  caption: ComponentChildren;
  captionHidden?: boolean;
  headings: string[];
  children: ComponentChildren;
};

/** A table that becomes a list of labelled blocks on narrow screens or at high zoom. */
export function Table({ caption, captionHidden, headings, children }: Props) {
  return (
    <table class={styles.table}>
      <caption class={captionHidden ? 'visually-hidden' : styles.caption}>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A cell that shows its column heading before it when the table is stacked. */
export function Cell({
  label,
  children,
  header,
}: {
  label: string;
  children: ComponentChildren;
  header?: boolean;
}) {
  return header ? (
    <th scope="row" data-label={label}>
      {children}
    </th>
  ) : (
    <td data-label={label}>{children}</td>
  );
}
