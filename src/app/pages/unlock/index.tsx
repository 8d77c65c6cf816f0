import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { useAppState } from '../../state';
import { deleteEverything } from '../../store/wipe';
import { waitRemaining } from '../../lock/backoff';
import { ErrorMessage } from '../../../ui/error-message';
import s from './style.module.css';

function seconds(ms: number): string {
  const n = Math.ceil(ms / 1000);
  if (n >= 60) {
    const minutes = Math.ceil(n / 60);
    return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  }
  return n === 1 ? '1 second' : `${n} seconds`;
}

/**
 * The unlock screen. It is where a frightened person may land, so help comes first: Help now
 * and a working 999 link, above the PIN box. It shows nothing private.
 */
export function UnlockScreen() {
  const { lock } = useAppState();
  const isPin = lock.kind.value !== 'passphrase';
  const name = isPin ? 'PIN' : 'passphrase';
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
      message.value = `Type your ${name}, then press Unlock.`;
      return;
    }
    busy.value = true;
    message.value = '';
    const result = await lock.unlock(secret.value);
    busy.value = false;
    if (result.ok) return;
    secret.value = '';
    waitMs.value = result.waitMs;
    message.value =
      result.waitMs > 0
        ? `That ${name} did not work. To keep your journal safe, please wait a moment before you try again.`
        : `That ${name} did not work. Please try again.`;
    input.current?.focus();
  }

  const waiting = waitMs.value > 0;

  return (
    <div class={s.page}>
      <h1 class={s.title}>Your journal is locked</h1>
      <section class={s.help} aria-labelledby="unlock-help">
        <h2 id="unlock-help" class={s.helpTitle}>
          Need help now?
        </h2>
        <p class={s.helpText}>You do not need to unlock the app to get help.</p>
        <a href="tel:999" class={`btn btn-warning btn-block btn-main ${s.call}`}>
          Call 999
        </a>
        <a href="/help" class={`btn btn-secondary btn-block ${s.helpLink}`}>
          Who else can I call?
        </a>
      </section>

      <form class={s.form} onSubmit={submit} noValidate>
        <div class={message.value ? 'error-group' : undefined}>
          <label for="unlock-secret" class={s.label}>
            Type your {name} to unlock
          </label>
          <div id="unlock-message" class={s.message} role="status" aria-live="polite">
            {message.value && <ErrorMessage id="unlock-error">{message.value}</ErrorMessage>}
            {waiting && <p class={s.wait}>You can try again in {seconds(waitMs.value)}.</p>}
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
          {busy.value ? 'Checking…' : 'Unlock'}
        </button>
      </form>
      <Forgotten name={name} />
    </div>
  );
}

/** What can and cannot be recovered without the PIN, said plainly, and a way to start again. */
function Forgotten({ name }: { name: string }) {
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
      <summary class={s.summary}>I have forgotten my {name}</summary>
      <div class={s.forgotBody}>
        <p>
          Nobody can find your {name} for you, not even us. Your journal is locked with it, so
          without it, the words in your journal cannot be opened.
        </p>
        <p>
          You can delete everything on this phone and start again. Your journal and your notes on
          this phone will be gone.
        </p>
        <p>
          Anything your caseworker keeps, like your plan and anything you chose to share with them,
          is kept by them. It comes back when you link this phone again.
        </p>
        {!confirming.value ? (
          <button type="button" class="btn btn-secondary" onClick={() => (confirming.value = true)}>
            Delete everything and start again
          </button>
        ) : (
          <div class={s.confirm} role="group" aria-labelledby="wipe-question">
            <p id="wipe-question">
              <strong>
                Delete your journal and everything else on this phone? This cannot be undone.
              </strong>
            </p>
            <button type="button" class="btn btn-warning" disabled={deleting.value} onClick={wipe}>
              {deleting.value ? 'Deleting…' : 'Yes, delete everything'}
            </button>{' '}
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => (confirming.value = false)}
            >
              No, keep it
            </button>
          </div>
        )}
      </div>
    </details>
  );
}
