import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { leaveHidden } from '../../components/quick-hide/hide';
import { useAppState } from '../../state';
import { catalogue } from '#shared/i18n';
import messages from './hidden.messages.json' with { type: 'json' };
import s from './style.module.css';

const t = catalogue('hidden', messages);

// Dull notes in the person's own language: an English list on a phone that reads Polish would
// stand out.
const NOTES = [
  { title: 'shoppingTitle', text: 'shoppingText' },
  { title: 'binTitle', text: 'binText' },
  { title: 'libraryTitle', text: 'libraryText' },
  { title: 'birthdayTitle', text: 'birthdayText' },
] as const;

/**
 * The quick-hide screen: a dull notes page with nothing about health or support. Like a phone's
 * lock screen it keeps an "Emergency call" link. "Done" goes home and locks, if a lock is set.
 */
export default function Hidden() {
  const state = useAppState();
  const { route } = useLocation();

  useEffect(() => {
    const theme = document.querySelector('meta[name="theme-color"]');
    const before = theme?.getAttribute('content') ?? null;
    const title = document.title;
    document.title = t('pageTitle');
    theme?.setAttribute('content', '#f2f2f2');
    return () => {
      document.title = title;
      if (before) theme?.setAttribute('content', before);
    };
  }, []);

  return (
    <div class={s.page}>
      <header class={s.top}>
        <button type="button" class={s.done} onClick={() => leaveHidden(state, route)}>
          {t('done')}
        </button>
        <a class={s.sos} href="tel:999">
          {t('emergencyCall')}
        </a>
      </header>
      <main class={s.main}>
        <h1 class={s.title}>{t('title')}</h1>
        <ul class={s.notes}>
          {NOTES.map((note) => (
            <li key={note.title} class={s.note}>
              <h2 class={s.noteTitle}>{t(note.title)}</h2>
              <p class={s.noteText}>{t(note.text)}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
