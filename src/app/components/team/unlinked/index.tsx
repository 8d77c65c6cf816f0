import { useSignal } from '@preact/signals';
import { useAppState } from '../../../state';
import { catalogue } from '#shared/i18n';
import messages from './unlinked.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('unlinked', messages);

/**
 * The kind screen for a phone the team has unlinked (revoked). Nothing is deleted unless the
 * person asks; they can link again with a new code. Help now and 999 stay above it (shell).
 */
export function Unlinked({ heading: Heading = 'h1' }: { heading?: 'h1' | 'h2' }) {
  const state = useAppState();
  const step = useSignal<'idle' | 'confirm'>('idle');

  async function forget() {
    const { forgetTeam } = await import('../../../sync/actions');
    await forgetTeam(state);
    step.value = 'idle';
  }

  return (
    <section class={s.box} aria-labelledby="unlinked-title">
      <Heading id="unlinked-title" class={s.title}>
        {t('title')}
      </Heading>
      <p>{t('stillHere')}</p>
      <p>{t('cannotSend')}</p>
      <a href="/pair" class="btn btn-block">
        {t('linkAgain')}
      </a>
      <p>{t('helpNow')}</p>
      {step.value === 'idle' && (
        <button type="button" class="btn btn-secondary" onClick={() => (step.value = 'confirm')}>
          {t('removeOld')}
        </button>
      )}
      {step.value === 'confirm' && (
        <div class={s.confirm} role="group" aria-labelledby="forget-question">
          <p id="forget-question" class={s.question}>
            {t('question')}
          </p>
          <p>{t('stay')}</p>
          <div class={s.buttons}>
            <button type="button" class="btn btn-warning" onClick={() => void forget()}>
              {t('yes')}
            </button>
            <button type="button" class="btn btn-secondary" onClick={() => (step.value = 'idle')}>
              {t('no')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
