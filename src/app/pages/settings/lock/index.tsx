import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { useAppState } from '../../../state';
import type { UnlockResult } from '../../../lock/types';
import {
  checkSecret,
  PASSPHRASE_MIN,
  PIN_MIN,
  PIN_SUGGESTED,
  type LockKind,
} from '../../../lock/secret';
import { SecretField } from './secret-fields';
import { ErrorSummary } from '../../../../ui/error-message';
import { catalogue } from '#shared/i18n';
import messages from './settings-lock.messages.json' with { type: 'json' };
import s from './style.module.css';
import { keepShownCopy } from '../../../store/professional';

const t = catalogue('settings-lock', messages);

type Mode = 'idle' | 'set' | 'change' | 'remove';

function failure(result: UnlockResult, kind: LockKind): string {
  if (result.ok) return '';
  if (result.waitMs > 0) {
    return t('waitTryAgain', { kind, seconds: Math.ceil(result.waitMs / 1000) });
  }
  return t('tryAgain', { kind });
}

/** The hint under a new PIN or passphrase box. */
export function newSecretHint(kind: LockKind): string {
  return kind === 'pin'
    ? t('pinHint', { min: PIN_MIN, suggested: PIN_SUGGESTED })
    : t('passphraseHint', { min: PASSPHRASE_MIN });
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
  const currentKind: LockKind = lock.kind.value === 'passphrase' ? 'passphrase' : 'pin';
  const nextKind = kind.value;
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
      !problem && next.value !== again.value ? t('notSame', { kind: nextKind }) : undefined;
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
        done.value = t('lockedWith', { kind: nextKind });
      } else {
        const result =
          mode.value === 'change'
            ? await lock.changeSecret(current.value, kind.value, next.value)
            : await lock.removeLock(current.value);
        if (!result.ok) {
          errors.value = { ...errors.value, current: failure(result, currentKind) };
          current.value = '';
          return;
        }
        // With no lock the plain copy for professionals is not needed: it goes.
        await keepShownCopy(lock).catch(() => undefined);
        done.value = mode.value === 'change' ? t('changed', { kind: nextKind }) : t('removed');
      }
      mode.value = 'idle';
    } finally {
      busy.value = false;
    }
  }

  const status = lock.status.value;
  return (
    <section class={s.section} aria-labelledby="lock-title">
      <h2 id="lock-title">{t('title')}</h2>
      <p>{status === 'none' ? t('noLock') : t('isSet', { kind: currentKind })}</p>
      {done.value && (
        <p class={s.done} role="status">
          {done.value}
        </p>
      )}

      {mode.value === 'idle' ? (
        <div class={s.buttons}>
          {status === 'none' ? (
            <button type="button" class="btn btn-block" onClick={() => open('set')}>
              {t('setButton')}
            </button>
          ) : (
            <>
              <button type="button" class="btn btn-block" onClick={() => void lock.lockNow()}>
                {t('lockNow')}
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-block"
                onClick={() => open('change')}
              >
                {t('changeMy', { kind: currentKind })}
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-block"
                onClick={() => open('remove')}
              >
                {t('remove')}
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
              label={t('yoursNow', { kind: currentKind })}
              kind={lock.kind.value ?? 'pin'}
              value={current}
              error={errors.value.current}
              autocomplete="current-password"
            />
          )}
          {mode.value === 'remove' ? (
            <p class={s.warning}>{t('withoutLock')}</p>
          ) : (
            <>
              <fieldset class={s.kinds}>
                <legend class={s.label}>{t('whichKind')}</legend>
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
                      {k === 'pin' ? t('kindPin') : t('kindPassphrase')}
                    </label>
                  </div>
                ))}
              </fieldset>
              <SecretField
                id="lock-new"
                label={
                  mode.value === 'set'
                    ? t('choose', { kind: nextKind })
                    : t('yourNew', { kind: nextKind })
                }
                kind={kind.value}
                value={next}
                hint={newSecretHint(kind.value)}
                error={errors.value.next}
                autocomplete="new-password"
              />
              <SecretField
                id="lock-again"
                label={t('typeAgain', { kind: nextKind })}
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
              ? t('wait')
              : mode.value === 'set'
                ? t('lockWith', { kind: nextKind })
                : mode.value === 'change'
                  ? t('changeMy', { kind: currentKind })
                  : t('remove')}
          </button>
          <button
            type="button"
            class="btn btn-secondary btn-block"
            onClick={() => (mode.value = 'idle')}
          >
            {t('cancel')}
          </button>
        </form>
      )}

      <details class={s.details}>
        <summary class={s.summary}>{t('forgot')}</summary>
        <div class={s.detailsBody}>
          <p>{t('forgotNobody')}</p>
          <p>{t('forgotWithout')}</p>
          <p>{t('forgotComesBack')}</p>
        </div>
      </details>
    </section>
  );
}
