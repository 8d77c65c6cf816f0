import { useEffect, useId, useRef } from 'preact/hooks';
import { focusById } from '../../focus';
import styles from './style.module.css';

export type ErrorItem = { message: string; fieldId?: string };

type Props = { errors: ErrorItem[]; title?: string };

/** The NHS.UK error summary: takes focus when it appears, each message links to its field. */
export function ErrorSummary({ errors, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div class={styles.summary} ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId} class={styles.title}>
        {title}
      </h2>
      <ul class={styles.list}>
        {errors.map((item, index) => (
          <li key={`${item.fieldId ?? ''}-${index}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  // The console routes on the hash, so a plain fragment link would change screens.
                  event.preventDefault();
                  if (item.fieldId) focusById(item.fieldId);
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
