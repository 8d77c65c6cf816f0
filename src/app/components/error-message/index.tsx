import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * An error message by a field, in the NHS pattern: bold red under a red bar (the field's wrapper
 * takes `error-group`), read out as "Error: …". Point the field's `aria-describedby` at `id`.
 */
export function ErrorMessage({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <p id={id} class="error-message">
      <span class="visually-hidden">Error: </span>
      {children}
    </p>
  );
}

export interface ErrorSummaryItem {
  message: string;
  /** The id of the field the message is about: the summary links to it. */
  fieldId: string;
}

/**
 * The error summary at the top of a form with more than one field: it takes focus when it
 * appears, and each message links to its field.
 */
export function ErrorSummary({ errors }: { errors: readonly ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus when the messages change (after a submit), never on every render while typing.
  const words = errors.map((e) => e.message).join('\n');
  useEffect(() => {
    if (words) ref.current?.focus();
  }, [words]);
  if (!words) return null;
  return (
    <div
      ref={ref}
      class="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.fieldId}>
            <a
              href={`#${e.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.fieldId)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
