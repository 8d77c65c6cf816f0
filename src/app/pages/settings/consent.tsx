import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { consentTopicPerson, sharedWithWords } from '#shared/consent-words';
import type { AppConsentTopic, ConsentState, ConsentView } from '#shared/schemas/consent';
import { nhsDate } from '#shared/time-words';
import { useAppState } from '../../state';
import { firstName } from '../../store/profile-fields';
import { loadConsent, withdrawConsent } from '../../sync/consent';
import { Confirm } from '../journal/parts/confirm';
import { catalogue } from '#shared/i18n';
import messages from './settings-consent.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('settings-consent', messages);
type Key = keyof typeof messages;

/** What happens when the person withdraws, said before they choose. */
const WITHDRAW_WORDS = {
  app: { button: 'appButton', detail: 'appDetail', done: 'appDone' },
  outcomes: { button: 'outcomesButton', detail: 'outcomesDetail', done: 'outcomesDone' },
  texts: { button: 'textsButton', detail: 'textsDetail', done: 'textsDone' },
} as const satisfies Record<AppConsentTopic, Record<'button' | 'detail' | 'done', Key>>;

/** The order the phone offers them in (the schema's own list would bring zod into this chunk). */
const WITHDRAWABLE: readonly AppConsentTopic[] = ['app', 'outcomes', 'texts'];

function stateWords(state: ConsentState): string {
  const r = state.latest;
  if (!r) return t('notWritten');
  const when = nhsDate(r.day, true);
  if (r.action === 'withdrawn') return t('saidNo', { when });
  return t('saidYesHow', { how: r.how === 'in-person' ? 'inPerson' : r.how, when });
}

/**
 * "What you agreed to": the person's own consent record in plain words, and a way to withdraw
 * the two things the phone may withdraw (the app, and being counted in the figures), each with
 * a clear question first. Needs a connection: the team must hear of a withdrawal at once.
 */
export function ConsentSettings() {
  const state = useAppState();
  const profile = state.profile.value;
  const linked = state.sync.link.value === 'linked' && profile !== null;
  const view = useSignal<ConsentView | null>(null);
  const problem = useSignal('');
  const asking = useSignal<AppConsentTopic | null>(null);
  const busy = useSignal(false);
  const said = useSignal('');

  useEffect(() => {
    if (!linked) return;
    let live = true;
    void loadConsent(state).then((got) => {
      if (!live) return;
      if (got.kind === 'ok') view.value = got.view;
      else problem.value = got.kind === 'offline' ? 'offline' : 'failed';
    });
    return () => {
      live = false;
    };
  }, [state, linked]);

  if (!linked || !profile) return null;
  const name = firstName(profile.caseworker.name);

  async function withdraw(topic: AppConsentTopic) {
    busy.value = true;
    const got = await withdrawConsent(state, topic);
    busy.value = false;
    asking.value = null;
    if (got.kind === 'ok') {
      view.value = got.view;
      said.value = t(WITHDRAW_WORDS[topic].done);
    } else {
      said.value = got.kind === 'offline' ? t('offline') : t('failed', { name });
    }
  }

  const current = view.value;
  return (
    <section class={s.section} aria-labelledby="consent-title">
      <h2 id="consent-title">{t('title')}</h2>
      {!current && problem.value === 'offline' ? <p>{t('cannotSeeOffline')}</p> : null}
      {!current && problem.value === 'failed' ? <p>{t('cannotShow', { name })}</p> : null}
      {current ? (
        <>
          <ul>
            {current.inForce.map((st) => (
              <li key={st.topic}>
                <strong>{consentTopicPerson(st.topic)}</strong>
                <br />
                {stateWords(st)}
                {st.topic === 'share-plan' && st.status === 'given' && st.latest ? (
                  <>
                    <br />
                    {t('whoCanSee', { services: sharedWithWords(st.latest) })}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p>{t('changeMind', { name })}</p>
          {WITHDRAWABLE.filter((topic) => {
            const status = current.inForce.find((st) => st.topic === topic)?.status;
            // Texts start only once agreed with the team, so there is only a "stop" once given.
            return topic === 'texts' ? status === 'given' : status !== 'withdrawn';
          }).map((topic) =>
            asking.value === topic ? (
              <Confirm
                key={topic}
                question={t('question', { action: t(WITHDRAW_WORDS[topic].button) })}
                detail={t(WITHDRAW_WORDS[topic].detail)}
                yes={busy.value ? t('sending') : t('yes')}
                no={t('no')}
                busy={busy.value}
                onYes={() => void withdraw(topic)}
                onNo={() => (asking.value = null)}
              />
            ) : (
              <button
                key={topic}
                type="button"
                class="btn btn-secondary btn-block"
                onClick={() => {
                  said.value = '';
                  asking.value = topic;
                }}
              >
                {t(WITHDRAW_WORDS[topic].button)}
              </button>
            ),
          )}
        </>
      ) : null}
      <p role="status" class={s.status}>
        {said.value}
      </p>
    </section>
  );
}
