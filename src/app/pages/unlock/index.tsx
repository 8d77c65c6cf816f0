import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from '../../state';
import { deleteEverything } from '../../store/wipe';
import { waitRemaining } from '../../lock/backoff';
import { ErrorMessage } from '../../../ui/error-message';
import type { LockKind } from '../../lock/secret';
import { catalogue } from '#shared/i18n';
import messages from './unlock.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('unlock', messages);

function seconds(ms: number): string {
  const n = Math.ceil(ms / 1000);
  if (n >= 60) {
    const minutes = Math.ceil(n / 60);
    return t('minutes', { count: minutes });
  }
  return t('seconds', { count: n });
}

/**
 * The unlock screen. It is where a frightened person may land, so help comes first: Help now
 * and a working 999 link, above the PIN box. It shows nothing private.
 */
export function UnlockScreen() {
  const { lock } = useAppState();
  const isPin = lock.kind.value !== 'passphrase';
  const kind: LockKind = isPin ? 'pin' : 'passphrase';
  const secret = useSignal('');
  const busy = useSignal(false);
  const message = useSignal('');
  const waitMs = useSignal(waitRemaining(lock.attempts.value, Date.now()));
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (waitMs.value <= 0) return;
    const timer = setInterval(() => {
      waitMs.value = waitRemaining(lock.attempts.value, Date.now());
      if (waitMs.value <= 0) input.current?.focus();
    }, 250);
    return () => clearInterval(timer);
  }, [waitMs.value > 0]);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.value || waitMs.value > 0) return;
    if (!secret.value) {
      message.value = t('typeFirst', { kind });
      return;
    }
    busy.value = true;
    message.value = '';
    const result = await lock.unlock(secret.value);
    busy.value = false;
    if (result.ok) return;
    secret.value = '';
    waitMs.value = result.waitMs;
    message.value = result.waitMs > 0 ? t('waitWrong', { kind }) : t('wrong', { kind });
    input.current?.focus();
  }

  const waiting = waitMs.value > 0;

  return (
    <div class={s.page}>
      <h1 class={s.title}>{t('title')}</h1>
      <section class={s.help} aria-labelledby="unlock-help">
        <h2 id="unlock-help" class={s.helpTitle}>
          {t('needHelp')}
        </h2>
        <p class={s.helpText}>{t('noNeed')}</p>
        <a href="tel:999" class={`btn btn-warning btn-block btn-main ${s.call}`}>
          {t('call999')}
        </a>
        <a href="/help" class={`btn btn-secondary btn-block ${s.helpLink}`}>
          {t('whoElse')}
        </a>
      </section>

      <form class={s.form} onSubmit={submit} noValidate>
        <div class={message.value ? 'error-group' : undefined}>
          <label for="unlock-secret" class={s.label}>
            {t('label', { kind })}
          </label>
          <div id="unlock-message" class={s.message} role="status" aria-live="polite">
            {message.value && <ErrorMessage id="unlock-error">{message.value}</ErrorMessage>}
            {waiting && <p class={s.wait}>{t('tryIn', { wait: seconds(waitMs.value) })}</p>}
          </div>
          <input
            ref={input}
            id="unlock-secret"
            class={`${s.input} ${isPin ? s.pin : ''}`}
            type="password"
            inputMode={isPin ? 'numeric' : 'text'}
            pattern={isPin ? '[0-9]*' : undefined}
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            value={secret.value}
            disabled={waiting}
            aria-describedby="unlock-message"
            aria-invalid={message.value ? true : undefined}
            onInput={(e) => (secret.value = e.currentTarget.value)}
          />
        </div>
        <button
          type="submit"
          class="btn btn-block btn-main"
          disabled={busy.value || waiting}
          aria-disabled={busy.value || waiting}
        >
          {busy.value ? t('checking') : t('unlock')}
        </button>
      </form>
      <Forgotten kind={kind} />
    </div>
  );
}

/** What can and cannot be recovered without the PIN, said plainly, and a way to start again. */
function Forgotten({ kind }: { kind: LockKind }) {
  const { lock } = useAppState();
  const confirming = useSignal(false);
  const deleting = useSignal(false);

  async function wipe() {
    deleting.value = true;
    await deleteEverything(lock);
    location.assign('/');
  }

  return (
    <details class={s.forgot}>
      <summary class={s.summary}>{t('forgotten', { kind })}</summary>
      <div class={s.forgotBody}>
        <p>{t('nobody', { kind })}</p>
        <p>{t('startAgain')}</p>
        <p>{t('caseworkerKeeps')}</p>
        {!confirming.value ? (
          <button type="button" class="btn btn-secondary" onClick={() => (confirming.value = true)}>
            {t('deleteButton')}
          </button>
        ) : (
          <div class={s.confirm} role="group" aria-labelledby="wipe-question">
            <p id="wipe-question">
              <strong>{t('deleteQuestion')}</strong>
            </p>
            <button type="button" class="btn btn-warning" disabled={deleting.value} onClick={wipe}>
              {deleting.value ? t('deleting') : t('deleteYes')}
            </button>{' '}
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => (confirming.value = false)}
            >
              {t('keep')}
            </button>
          </div>
        )}
      </div>
    </details>
  );
}
