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
import s from './style.module.css';

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

const FEELING: Place = {
  href: '/journal/feeling',
  title: "Write how I'm feeling",
  hint: 'For when things feel hard, day or night.',
};
const CALM: Place = {
  href: '/calm',
  title: 'Calm',
  hint: 'Slow breathing, and other things to help you feel calmer.',
};
const JOURNAL: Place = {
  href: '/journal',
  title: 'My journal',
  hint: 'Read, write and search your entries.',
};
const PLAN: Place = { href: '/plan', title: 'My plan', hint: 'What helps me, and who I can ask.' };
const HOPE: Place = {
  href: '/hope',
  title: 'My hope box',
  hint: 'Photos and words that remind me why things matter.',
};
const SETTINGS: Place = {
  href: '/settings',
  title: 'Settings',
  hint: 'Text size, colours, lock and privacy.',
};

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
      ? `${unseen} new message${unseen === 1 ? '' : 's'} from ${cover ? 'your team' : name}.`
      : cover
        ? `Write to ${cover} while ${name} is away.`
        : `Write to ${name}. ${name} reads them in working hours.`;
  return { href: '/messages', title: 'Messages', hint };
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
    title: 'My goals',
    hint: next ? `Next step: ${next.title}` : 'The small steps you chose, and your rewards.',
  };
}

/** "Staying in touch": this week's count against the aim, in friendly words. */
function contactsPlace(state: AppState): Place {
  const profile = state.profile.value;
  const hint = profile
    ? contactsSummary(profile, state.sync.outbox.value, new Date()).words
    : 'How often you are in touch with your team.';
  return { href: '/contacts', title: 'Staying in touch', hint };
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
        FEELING,
        CALM,
        messagesPlace(name, unseenCount(sync.thread.value, sync.messagesSeenAt.value), cover),
        goalsPlace(state),
        contactsPlace(state),
        JOURNAL,
        PLAN,
        HOPE,
        SETTINGS,
      ]
    : [FEELING, CALM, JOURNAL, PLAN, HOPE, SETTINGS];
  return (
    <>
      <h1>{profile ? `Hello, ${profile.person.displayName}` : 'Hello'}</h1>
      <div role="status">{sync.notice.value && <p class={s.notice}>{sync.notice.value}</p>}</div>
      {link === 'unlinked' && <Unlinked heading="h2" />}
      {linked && steppedBack && <p class={s.notice}>{steppedBackWords()}</p>}
      {linked && profile && <AwayNotice profile={profile} />}
      <p class={s.lead}>What would you like to do?</p>
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
      <p class={s.private}>
        {linked
          ? `Your journal stays on this phone. Only entries you choose to share are sent to ${name}.`
          : 'Your journal stays on this phone. Nobody else can read it.'}
      </p>
      {linked && profile && (
        <section class={s.team} aria-labelledby="team-title">
          <h2 id="team-title" class={s.teamTitle}>
            My support team
          </h2>
          <p>
            This phone is linked to {profile.service.name}. Your caseworker is{' '}
            {profile.caseworker.name}.
          </p>
          <p>
            <a href="/pair">See when you can contact {name}</a>
          </p>
          <LastUpdated />
        </section>
      )}
      {link === 'none' && (
        <p>
          <a href="/pair">Link this phone to my support team</a>
        </p>
      )}
      {!state.installed.value && (
        <p>
          <a href="/install">Put this app on your home screen</a>
        </p>
      )}
    </>
  );
}
