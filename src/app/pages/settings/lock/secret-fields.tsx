import type { Signal } from '@preact/signals';
import type { LockKind } from '../../../lock/secret';
import { ErrorMessage } from '../../../../ui/error-message';
import s from './style.module.css';

/** A PIN or passphrase box with the right keyboard and a label that says which. */
export function SecretField(props: {
  id: string;
  label: string;
  kind: LockKind;
  value: Signal<string>;
  hint?: string;
  error?: string;
  autocomplete: 'new-password' | 'current-password';
}) {
  const { id, label, kind, value, hint, error, autocomplete } = props;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`${s.field} ${error ? 'error-group' : ''}`}>
      <label for={id} class={s.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <input
        id={id}
        class={`${s.input} ${kind === 'pin' ? s.pin : ''}`}
        type="password"
        inputMode={kind === 'pin' ? 'numeric' : 'text'}
        autocomplete={autocomplete}
        autocapitalize="off"
        spellcheck={false}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        value={value.value}
        onInput={(e) => (value.value = e.currentTarget.value)}
      />
    </div>
  );
}
