import { useSignal } from '@preact/signals';
import { isApplePhone } from '../../install/platform';
import { useAppState } from '../../../state';
import { pushSupport, turnOffPush, turnOnPush } from '../../../sync/push';
import s from './style.module.css';
import { ErrorMessage } from '../../../../ui/error-message';
import { catalogue } from '#shared/i18n';
import messages from './notifications.messages.json' with { type: 'json' };

const t = catalogue('notifications', messages);

const PROBLEM_WORDS = {
  denied: 'denied',
  'no-key': 'noKey',
  failed: 'failed',
} as const satisfies Record<string, keyof typeof messages>;

/**
 * "Turn on notifications": asks the phone only when the person presses it (iPhones need that,
 * and an installed app). Notifications never say who a message is from or what it says.
 */
export function Notifications() {
  const state = useAppState();
  const problem = useSignal<keyof typeof PROBLEM_WORDS | null>(null);
  const busy = useSignal(false);
  const support = pushSupport(window, state.installed.value, isApplePhone(navigator));

  async function turnOn() {
    busy.value = true;
    problem.value = null;
    const result = await turnOnPush(state);
    busy.value = false;
    if (result !== 'on') problem.value = result;
  }

  async function turnOff() {
    busy.value = true;
    await turnOffPush(state);
    busy.value = false;
  }

  let body;
  if (support === 'needs-install') {
    body = (
      <>
        <p>{t('needsInstall')}</p>
        <a href="/install">{t('howInstall')}</a>
      </>
    );
  } else if (support === 'unsupported') {
    body = <p>{t('unsupported')}</p>;
  } else if (state.sync.pushOn.value) {
    body = (
      <>
        <p role="status">{t('on')}</p>
        <button
          type="button"
          class="btn btn-secondary"
          disabled={busy.value}
          onClick={() => void turnOff()}
        >
          {t('turnOff')}
        </button>
      </>
    );
  } else {
    body = (
      <>
        <button
          type="button"
          class="btn btn-secondary"
          disabled={busy.value}
          onClick={() => void turnOn()}
        >
          {t('turnOn')}
        </button>
        {problem.value && <ErrorMessage standalone>{t(PROBLEM_WORDS[problem.value])}</ErrorMessage>}
      </>
    );
  }

  return (
    <section class={s.box} aria-labelledby="notifications-title">
      <h2 id="notifications-title" class={s.title}>
        {t('title')}
      </h2>
      <p>{t('what')}</p>
      {body}
    </section>
  );
}
