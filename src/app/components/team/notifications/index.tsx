import { useSignal } from '@preact/signals';
import { isApplePhone } from '../../install/platform';
import { useAppState } from '../../../state';
import { pushSupport, turnOffPush, turnOnPush } from '../../../sync/push';
import s from './style.module.css';
import { ErrorMessage } from '../../../../ui/error-message';

const PROBLEM_WORDS = {
  denied:
    'Notifications are turned off for this app in your phone’s settings. You can turn them on there.',
  'no-key': 'This needs the internet the first time. Please try again when you are online.',
  failed: 'Sorry, that did not work. Please try again later.',
} as const;

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
        <p>On iPhone, notifications only work when this app is on your home screen.</p>
        <a href="/install">How to put it on your home screen</a>
      </>
    );
  } else if (support === 'unsupported') {
    body = <p>This phone’s browser cannot show notifications from this app.</p>;
  } else if (state.sync.pushOn.value) {
    body = (
      <>
        <p role="status">Notifications are on.</p>
        <button
          type="button"
          class="btn btn-secondary"
          disabled={busy.value}
          onClick={() => void turnOff()}
        >
          Turn off notifications
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
          Turn on notifications
        </button>
        {problem.value && <ErrorMessage standalone>{PROBLEM_WORDS[problem.value]}</ErrorMessage>}
      </>
    );
  }

  return (
    <section class={s.box} aria-labelledby="notifications-title">
      <h2 id="notifications-title" class={s.title}>
        Notifications
      </h2>
      <p>
        Your phone can tell you when something new is waiting. It only says “You have a new message
        from your support team”: never who it is from or what it says.
      </p>
      {body}
    </section>
  );
}
