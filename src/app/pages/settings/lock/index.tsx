import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useAppState } from '../../../state';
import type { UnlockResult } from '../../../lock/types';
import { checkSecret, type LockKind } from '../../../lock/secret';
import { newSecretHint, SecretField } from './secret-fields';
import { ErrorSummary } from '../../../../ui/error-message';
import s from './style.module.css';
import { keepShownCopy } from '../../../store/professional';

type Mode = 'idle' | 'set' | 'change' | 'remove';

function failure(result: UnlockResult, name: string): string {
  if (result.ok) return '';
  if (result.waitMs > 0) {
    return `That ${name} did not work. Please wait ${Math.ceil(result.waitMs / 1000)} seconds, then try again.`;
  }
  return `That ${name} did not work. Please try again.`;
}

/** Set, change or remove the app lock, and lock now. */
export function LockSettings() {
  const { lock } = useAppState();
  const mode = useSignal<Mode>('idle');
  const kind = useSignal<LockKind>('pin');
  const current = useSignal('');
  const next = useSignal('');
  const again = useSignal('');
  const errors = useSignal<{ current?: string; next?: string; again?: string }>({});
  const busy = useSignal(false);
  const done = useSignal('');
  const currentName = lock.kind.value === 'passphrase' ? 'passphrase' : 'PIN';
  const nextName = kind.value === 'pin' ? 'PIN' : 'passphrase';
  // A new list only when the errors change (a submit), so the summary takes focus then only.
  const summary = useMemo(
    () =>
      (
        [
          ['lock-current', errors.value.current],
          ['lock-new', errors.value.next],
          ['lock-again', errors.value.again],
        ] as const
      ).flatMap(([fieldId, message]) => (message ? [{ fieldId, message }] : [])),
    [errors.value],
  );

  function open(m: Mode) {
    mode.value = m;
    kind.value = lock.kind.value ?? 'pin';
    current.value = next.value = again.value = '';
    errors.value = {};
    done.value = '';
  }

  function checkNew(): boolean {
    const problem = checkSecret(kind.value, next.value);
    const mismatch =
      !problem && next.value !== again.value ? `The two ${nextName}s are not the same.` : undefined;
    errors.value = { next: problem ?? undefined, again: mismatch };
    return !problem && !mismatch;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.value) return;
    if (mode.value !== 'remove' && !checkNew()) return;
    busy.value = true;
    try {
      if (mode.value === 'set') {
        await lock.setLock(kind.value, next.value);
        // Choices made before the lock keep working on the locked phone.
        await keepShownCopy(lock).catch(() => undefined);
        done.value = `Your journal is now locked with a ${nextName}. Keep it somewhere safe in your head: nobody can find it for you.`;
      } else {
        const result =
          mode.value === 'change'
            ? await lock.changeSecret(current.value, kind.value, next.value)
            : await lock.removeLock(current.value);
        if (!result.ok) {
          errors.value = { ...errors.value, current: failure(result, currentName) };
          current.value = '';
          return;
        }
        // With no lock the plain copy for professionals is not needed: it goes.
        await keepShownCopy(lock).catch(() => undefined);
        done.value =
          mode.value === 'change'
            ? `Your ${nextName} is changed.`
            : 'The lock is removed. Anyone who opens the app on this phone can now read your journal.';
      }
      mode.value = 'idle';
    } finally {
      busy.value = false;
    }
  }

  const status = lock.status.value;
  return (
    <section class={s.section} aria-labelledby="lock-title">
      <h2 id="lock-title">Lock the app</h2>
      <p>
        {status === 'none'
          ? 'No lock is set. Anyone who opens this app on this phone can read your journal.'
          : `A ${currentName} is set. Your journal and plan are locked away: only your ${currentName} opens them.`}
      </p>
      {done.value && (
        <p class={s.done} role="status">
          {done.value}
        </p>
      )}

      {mode.value === 'idle' ? (
        <div class={s.buttons}>
          {status === 'none' ? (
            <button type="button" class="btn btn-block" onClick={() => open('set')}>
              Set a PIN or passphrase
            </button>
          ) : (
            <>
              <button type="button" class="btn btn-block" onClick={() => void lock.lockNow()}>
                Lock now
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-block"
                onClick={() => open('change')}
              >
                Change my {currentName}
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-block"
                onClick={() => open('remove')}
              >
                Remove the lock
              </button>
            </>
          )}
        </div>
      ) : (
        <form class={s.form} onSubmit={submit} noValidate>
          <ErrorSummary errors={summary} />
          {mode.value !== 'set' && (
            <SecretField
              id="lock-current"
              label={`Your ${currentName} now`}
              kind={lock.kind.value ?? 'pin'}
              value={current}
              error={errors.value.current}
              autocomplete="current-password"
            />
          )}
          {mode.value === 'remove' ? (
            <p class={s.warning}>
              Without a lock, anyone who opens this app on this phone can read your journal.
            </p>
          ) : (
            <>
              <fieldset class={s.kinds}>
                <legend class={s.label}>What would you like to use?</legend>
                {(['pin', 'passphrase'] as const).map((k) => (
                  <div class={s.radio} key={k}>
                    <input
                      type="radio"
                      id={`lock-kind-${k}`}
                      name="lock-kind"
                      checked={kind.value === k}
                      onChange={() => (kind.value = k)}
                    />
                    <label for={`lock-kind-${k}`}>
                      {k === 'pin' ? 'A PIN (numbers)' : 'A passphrase (words): safer'}
                    </label>
                  </div>
                ))}
              </fieldset>
              <SecretField
                id="lock-new"
                label={mode.value === 'set' ? `Choose a ${nextName}` : `Your new ${nextName}`}
                kind={kind.value}
                value={next}
                hint={newSecretHint(kind.value)}
                error={errors.value.next}
                autocomplete="new-password"
              />
              <SecretField
                id="lock-again"
                label={`Type the ${nextName} again`}
                kind={kind.value}
                value={again}
                error={errors.value.again}
                autocomplete="new-password"
              />
            </>
          )}
          <button
            type="submit"
            class={`btn btn-block ${mode.value === 'remove' ? 'btn-warning' : ''}`}
            disabled={busy.value}
          >
            {busy.value
              ? 'Please wait…'
              : mode.value === 'set'
                ? `Lock with this ${nextName}`
                : mode.value === 'change'
                  ? `Change my ${currentName}`
                  : 'Remove the lock'}
          </button>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (mode.value = 'idle')}
          >
            Cancel
          </button>
        </form>
      )}

      <details class={s.details}>
        <summary class={s.summary}>What if I forget my PIN or passphrase?</summary>
        <div class={s.detailsBody}>
          <p>Nobody can find it for you, not even us. It is never sent anywhere.</p>
          <p>
            Without it, your journal on this phone cannot be opened. You can delete everything on
            this phone and start again.
          </p>
          <p>
            Things your caseworker keeps, like your plan and anything you chose to share with them,
            come back when you link this phone again.
          </p>
        </div>
      </details>
    </section>
  );
}
