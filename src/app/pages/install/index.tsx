import { useSignal } from '@preact/signals';
import { useAppState } from '../../state';
import { isApplePhone } from '../../components/install/platform';
import s from './style.module.css';

function IphoneSteps() {
  return (
    <>
      <p>
        On iPhone, the app can only send you messages, and keep your journal safe, once it is on
        your home screen. If it is only in Safari, iPhone may clear what you saved when you have not
        opened it for a while.
      </p>
      <ol class={s.steps}>
        <li>Open this page in Safari.</li>
        <li>
          Tap the <strong>Share</strong> button. It is a square with an arrow pointing up, at the
          bottom of the screen.
        </li>
        <li>
          Scroll down and tap <strong>Add to Home Screen</strong>.
        </li>
        <li>
          Tap <strong>Add</strong>.
        </li>
        <li>Open the app from its new icon on your home screen.</li>
      </ol>
    </>
  );
}

function AndroidSteps() {
  return (
    <ol class={s.steps}>
      <li>Tap the menu button. It is three dots, at the top right of the screen.</li>
      <li>
        Tap <strong>Add to Home screen</strong> or <strong>Install app</strong>.
      </li>
      <li>
        Tap <strong>Install</strong> or <strong>Add</strong>.
      </li>
    </ol>
  );
}

/** How to put the app on the home screen: the browser's own prompt, or plain steps. */
export default function Install() {
  const state = useAppState();
  const outcome = useSignal<'accepted' | 'dismissed' | null>(null);
  const prompt = state.installPrompt.value;
  const apple = isApplePhone(navigator);

  async function install() {
    if (!prompt) return;
    await prompt.prompt();
    const choice = await prompt.userChoice;
    outcome.value = choice.outcome;
    state.installPrompt.value = null;
  }

  return (
    <>
      <h1>Add this app to your home screen</h1>
      <p class={s.lead}>
        Then it opens like any other app, with one tap. It works with no internet too.
      </p>

      {state.installed.value || outcome.value === 'accepted' ? (
        <p class={s.done}>This app is on your home screen. You can open it from there.</p>
      ) : prompt ? (
        <button type="button" class="btn btn-main" onClick={() => void install()}>
          Add to home screen
        </button>
      ) : apple ? (
        <IphoneSteps />
      ) : (
        <AndroidSteps />
      )}

      {outcome.value === 'dismissed' && <p>That's fine. You can add it later from this page.</p>}

      <details class={s.other}>
        <summary>{apple ? 'Steps for an Android phone' : 'Steps for an iPhone'}</summary>
        {apple ? <AndroidSteps /> : <IphoneSteps />}
      </details>
    </>
  );
}
