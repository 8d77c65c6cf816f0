import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { focusById } from '../focus';
import { catalogue } from '#shared/i18n';
import messages from './error-message.messages.json' with { type: 'json' };
import './style.css';

const t = catalogue('error-message', messages);

/**
 * An error message in the NHS pattern, the same in the app and the console: bold red, read out
 * as "Error: …". By a field, the field's wrapper takes `error-group` (the red bar) and the
 * field's `aria-describedby` points at `id`. On its own (a save that failed, not one field's
 * fault) pass `standalone`: it draws its own red bar and is announced as it appears. `alert`
 * announces a field's message as it appears (after a submit, not while typing).
 */
export function ErrorMessage({
  id,
  standalone,
  alert,
  children,
}: {
  id?: string | undefined;
  standalone?: boolean;
  alert?: boolean;
  children: ComponentChildren;
}) {
  const message = (
    <p id={id} class="error-message" role={alert && !standalone ? 'alert' : undefined}>
      <span class="visually-hidden">{t('error')}</span>
      {children}
    </p>
  );
  if (!standalone) return message;
  return (
    <div class="error-group error-alone" role="alert">
      {message}
    </div>
  );
}

export interface ErrorItem {
  message: string;
  /** The id of the field the message is about: the summary links to it. */
  fieldId?: string | undefined;
}

/**
 * The error summary at the top of a form with more than one field: it takes focus when it
 * appears, and each message that is about a field links to it.
 */
export function ErrorSummary({ errors, title }: { errors: readonly ErrorItem[]; title?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // Focus when a new list arrives (a submit): callers keep the same list between submits, so
  // typing never pulls focus away.
  const words = errors.map((e) => e.message).join('\n');
  useEffect(() => {
    if (words) ref.current?.focus();
  }, [errors]);
  if (!words) return null;
  return (
    <div ref={ref} class="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId}>{title ?? t('problem')}</h2>
      <ul>
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
