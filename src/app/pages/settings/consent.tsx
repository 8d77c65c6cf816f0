import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CONSENT_HOW, CONSENT_TOPIC_PERSON, sharedWithWords } from '#shared/consent-words';
import type { AppConsentTopic, ConsentState, ConsentView } from '#shared/schemas/consent';
import { nhsDate } from '#shared/time-words';
import { useAppState } from '../../state';
import { firstName } from '../../store/profile-fields';
import { loadConsent, withdrawConsent } from '../../sync/consent';
import { Confirm } from '../journal/parts/confirm';
import s from './style.module.css';

/** What happens when the person withdraws, said before they choose. */
const WITHDRAW_WORDS: Record<AppConsentTopic, { button: string; detail: string; done: string }> = {
  app: {
    button: 'Stop using the app with the team',
    detail:
      'The team will no longer use the app to keep in touch with you. They will call you to talk about how you want to keep in touch. Help now and 999 still work on this phone.',
    done: 'Done. The team will call you to talk about how to keep in touch. Help now and 999 still work.',
  },
  outcomes: {
    button: 'Stop counting me in the figures',
    detail:
      'The team will leave you out of the figures they send to the NHS. Your support does not change.',
    done: 'Done. You are left out of the team’s figures. Your support does not change.',
  },
  texts: {
    button: 'Stop texts about new messages',
    detail:
      'You will no longer get a text when a message from the team is waiting. Messages still come to the app.',
    done: 'Done. No more texts. Messages still come to the app.',
  },
};

/** The order the phone offers them in (the schema's own list would bring zod into this chunk). */
const WITHDRAWABLE: readonly AppConsentTopic[] = ['app', 'outcomes', 'texts'];

function stateWords(state: ConsentState): string {
  const r = state.latest;
  if (!r) return 'Not written down yet. Ask your caseworker.';
  const when = nhsDate(r.day, true);
  if (r.action === 'withdrawn') return `You said no on ${when}.`;
  const how = r.how === 'app' ? '' : ` ${CONSENT_HOW[r.how]}`;
  return `You said yes${how} on ${when}.`;
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
      said.value = WITHDRAW_WORDS[topic].done;
    } else {
      said.value =
        got.kind === 'offline'
          ? 'You need the internet for this. Nothing has changed. Please try again when you have signal.'
          : `Sorry, that did not work. Nothing has changed. You can also tell ${name}.`;
    }
  }

  const current = view.value;
  return (
    <section class={s.section} aria-labelledby="consent-title">
      <h2 id="consent-title">What you agreed to</h2>
      {!current && problem.value === 'offline' ? (
        <p>You need the internet to see this. Please look again when you have signal.</p>
      ) : null}
      {!current && problem.value === 'failed' ? (
        <p>Sorry, this could not be shown just now. You can ask {name}.</p>
      ) : null}
      {current ? (
        <>
          <ul>
            {current.inForce.map((st) => (
              <li key={st.topic}>
                <strong>{CONSENT_TOPIC_PERSON[st.topic]}</strong>
                <br />
                {stateWords(st)}
                {st.topic === 'share-plan' && st.status === 'given' && st.latest ? (
                  <>
                    <br />
                    Who can see it: {sharedWithWords(st.latest)}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
          <p>You can change your mind at any time. Tell {name}, or use a button below.</p>
          {WITHDRAWABLE.filter((t) => {
            const status = current.inForce.find((st) => st.topic === t)?.status;
            // Texts start only once agreed with the team, so there is only a "stop" once given.
            return t === 'texts' ? status === 'given' : status !== 'withdrawn';
          }).map((t) =>
            asking.value === t ? (
              <Confirm
                key={t}
                question={`${WITHDRAW_WORDS[t].button}?`}
                detail={WITHDRAW_WORDS[t].detail}
                yes={busy.value ? 'Sending…' : 'Yes, stop'}
                no="No, go back"
                busy={busy.value}
                onYes={() => void withdraw(t)}
                onNo={() => (asking.value = null)}
              />
            ) : (
              <button
                key={t}
                type="button"
                class="btn btn-secondary btn-block"
                onClick={() => {
                  said.value = '';
                  asking.value = t;
                }}
              >
                {WITHDRAW_WORDS[t].button}
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
