import { useEffect } from 'preact/hooks';
import { lazy } from 'preact-iso';
import type { Routine } from '#shared/schemas/routine';
import { useAppState, type AppState } from '../../state';
import { Icon } from '../../components/icon';
import { AwayNotice } from '../../components/team/away-notice';
import { LastUpdated } from '../../components/team/last-updated';
import { awayNow, firstName } from '../../store/profile-fields';
import { unseenCount } from '../../sync/views';
import {
  contactsSummary,
  goalsNow,
  nextStep,
  steppedBackWords,
  supportOf,
} from '../../sync/goals-contacts-views';
import { catalogue } from '#shared/i18n';
import messages from './home.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('home', messages);

// Only for a phone the team has unlinked: not worth a place in the first load.
const Unlinked = lazy(() => import('../../components/team/unlinked').then((m) => m.Unlinked));
// The check-in card reads the phone's store (zod): only for a linked phone, never first load.
const CheckInCard = lazy(() =>
  import('../../components/check-in-card/index').then((m) => m.CheckInCard),
);
// The routine card reads the phone's store (zod): only when there is a routine to show.
const RoutineCard = lazy(() =>
  import('../../components/routine-card/index').then((m) => m.RoutineCard),
);

interface Place {
  href: string;
  title: string;
  hint: string;
}

type Key = Parameters<typeof t>[0];

/** A way in, with its words read as it is drawn. */
function place(href: string, title: Key, hint: Key): Place {
  return { href, title: t(title), hint: t(hint) };
}

const FEELING = () => place('/journal/feeling', 'feeling', 'feelingHint');
const CALM = () => place('/calm', 'calm', 'calmHint');
const JOURNAL = () => place('/journal', 'journal', 'journalHint');
const PLAN = () => place('/plan', 'plan', 'planHint');
const HOPE = () => place('/hope', 'hope', 'hopeHint');
const SETTINGS = () => place('/settings', 'settings', 'settingsHint');

/** True when the caseworker has written something in any part of the routine. */
function hasRoutine(routine: Routine | undefined): routine is Routine {
  return (
    !!routine && routine.morning.length + routine.afternoon.length + routine.evening.length > 0
  );
}

/** "Messages": with how many of the caseworker's messages are new, or who covers for them. */
function messagesPlace(name: string, unseen: number, cover: string | undefined): Place {
  const hint =
    unseen > 0
      ? t('unseen', { unseen, cover: cover ? 'yes' : 'no', name })
      : cover
        ? t('writeCover', { cover, name })
        : t('write', { name });
  return { href: '/messages', title: t('messages'), hint };
}

/** "My goals": with the next step of the first goal that has one. */
function goalsPlace(state: AppState): Place {
  const goals = goalsNow(state.profile.value?.goals ?? [], state.sync.outbox.value);
  const next = goals
    .filter((g) => g.status === 'active')
    .map(nextStep)
    .find((m) => m !== null);
  return {
    href: '/goals',
    title: t('goals'),
    hint: next ? t('nextStep', { title: next.title }) : t('goalsHint'),
  };
}

/** "Staying in touch": this week's count against the aim, in friendly words. */
function contactsPlace(state: AppState): Place {
  const profile = state.profile.value;
  const hint = profile
    ? contactsSummary(profile, state.sync.outbox.value, new Date()).words
    : t('contactsHint');
  return { href: '/contacts', title: t('contacts'), hint };
}

/** The home screen: a hello, and big ways into each part of the app. */
export default function Home() {
  const state = useAppState();
  const { sync } = state;
  const profile = state.profile.value;
  const link = sync.link.value;
  const linked = link === 'linked' && profile !== null;
  const name = profile ? firstName(profile.caseworker.name) : '';
  // While the caseworker is away, messages go to whoever covers.
  const cover = awayNow(profile, new Date())?.cover;
  const steppedBack = supportOf(profile).status === 'stepped-back';
  // A note from the last action (shown once, then cleared when the person moves on).
  useEffect(() => () => void (sync.notice.value = null), [sync]);
  const places = linked
    ? [
        FEELING(),
        CALM(),
        messagesPlace(name, unseenCount(sync.thread.value, sync.messagesSeenAt.value), cover),
        goalsPlace(state),
        contactsPlace(state),
        JOURNAL(),
        PLAN(),
        HOPE(),
        SETTINGS(),
      ]
    : [FEELING(), CALM(), JOURNAL(), PLAN(), HOPE(), SETTINGS()];
  return (
    <>
      <h1>{profile ? t('helloName', { name: profile.person.displayName }) : t('hello')}</h1>
      <div role="status">{sync.notice.value && <p class={s.notice}>{sync.notice.value}</p>}</div>
      {link === 'unlinked' && <Unlinked heading="h2" />}
      {linked && steppedBack && <p class={s.notice}>{steppedBackWords()}</p>}
      {linked && profile && <AwayNotice profile={profile} />}
      <p class={s.lead}>{t('lead')}</p>
      <ul class={s.places}>
        {places.map((place, index) => (
          <li key={place.href}>
            <a href={place.href} class={index === 0 ? `${s.place} ${s.first}` : s.place}>
              <span class={s.text}>
                <span class={s.title}>{place.title}</span>
                <span class={s.hint}>{place.hint}</span>
              </span>
              <Icon name="arrow" class={s.arrow} />
            </a>
          </li>
        ))}
      </ul>
      {/* After the ways in, so "Write how I'm feeling" always stays first. */}
      {linked && hasRoutine(profile.routine) && <RoutineCard routine={profile.routine} />}
      {linked && <CheckInCard />}
      <p class={s.private}>{linked ? t('privateLinked', { name }) : t('private')}</p>
      {linked && profile && (
        <section class={s.team} aria-labelledby="team-title">
          <h2 id="team-title" class={s.teamTitle}>
            {t('team')}
          </h2>
          <p>
            {t('linked', { service: profile.service.name, caseworker: profile.caseworker.name })}
          </p>
          <p>
            <a href="/pair">{t('when', { name })}</a>
          </p>
          <LastUpdated />
        </section>
      )}
      {link === 'none' && (
        <p>
          <a href="/pair">{t('link')}</a>
        </p>
      )}
      {!state.installed.value && (
        <p>
          <a href="/install">{t('install')}</a>
        </p>
      )}
    </>
  );
}
