import { useAppState } from '../../state';
import { Icon } from '../../components/icon';
import s from './style.module.css';

const PLACES = [
  {
    href: '/journal/feeling',
    title: "Write how I'm feeling",
    hint: 'For when things feel hard, day or night.',
  },
  { href: '/journal', title: 'My journal', hint: 'Read, write and search your entries.' },
  { href: '/plan', title: 'My plan', hint: 'What helps me, and who I can ask.' },
  { href: '/settings', title: 'Settings', hint: 'Text size, colours, lock and privacy.' },
] as const;

/** The home screen: a hello, and big ways into each part of the app. */
export default function Home() {
  const state = useAppState();
  const profile = state.profile.value;
  return (
    <>
      <h1>{profile ? `Hello, ${profile.person.displayName}` : 'Hello'}</h1>
      <p class={s.lead}>What would you like to do?</p>
      <ul class={s.places}>
        {PLACES.map((place, index) => (
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
      <p class={s.private}>Your journal stays on this phone. Nobody else can read it.</p>
      {profile && <p>Your caseworker is {profile.caseworker.name}.</p>}
      {!state.installed.value && (
        <p>
          <a href="/install">Put this app on your home screen</a>
        </p>
      )}
    </>
  );
}
