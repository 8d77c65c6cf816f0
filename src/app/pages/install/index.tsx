import { useSignal } from '@preact/signals';
import { useAppState } from '../../state';
import { isApplePhone } from '../../components/install/platform';
import { catalogue } from '#shared/i18n';
import messages from './install.messages.json' with { type: 'json' };
import { rich } from '../../../ui/i18n/rich';
import s from './style.module.css';

const t = catalogue('install', messages);
const strong = { strong: (words: string) => <strong>{words}</strong> };

function IphoneSteps() {
  return (
    <>
      <p>{t('iphoneWhy')}</p>
      <ol class={s.steps}>
        <li>{t('iphoneSafari')}</li>
        <li>{rich(t('iphoneShare'), strong)}</li>
        <li>{rich(t('iphoneAdd'), strong)}</li>
        <li>{rich(t('iphoneConfirm'), strong)}</li>
        <li>{t('iphoneOpen')}</li>
      </ol>
    </>
  );
}

function AndroidSteps() {
  return (
    <ol class={s.steps}>
      <li>{t('androidMenu')}</li>
      <li>{rich(t('androidAdd'), strong)}</li>
      <li>{rich(t('androidConfirm'), strong)}</li>
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
      <h1>{t('title')}</h1>
      <p class={s.lead}>{t('lead')}</p>

      {state.installed.value || outcome.value === 'accepted' ? (
        <p class={s.done}>{t('done')}</p>
      ) : prompt ? (
        <button type="button" class="btn btn-main" onClick={() => void install()}>
          {t('add')}
        </button>
      ) : apple ? (
        <IphoneSteps />
      ) : (
        <AndroidSteps />
      )}

      {outcome.value === 'dismissed' && <p>{t('dismissed')}</p>}

      <details class={s.other}>
        <summary>{apple ? t('stepsAndroid') : t('stepsIphone')}</summary>
        {apple ? <AndroidSteps /> : <IphoneSteps />}
      </details>
    </>
  );
}
