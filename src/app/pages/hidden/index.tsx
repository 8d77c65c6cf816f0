import { useLocation } from 'preact-iso';
import { useEffect } from 'preact/hooks';
import { leaveHidden } from '../../components/quick-hide/hide';
import { useAppState } from '../../state';
import s from './style.module.css';

const NOTES = [
  { title: 'Shopping', text: 'Milk, bread, tea bags, apples, washing-up liquid.' },
  { title: 'Bin day', text: 'Thursday. Green bin this week.' },
  { title: 'Library', text: 'Take the books back by the 14th.' },
  { title: 'Birthday', text: 'Card for Pat. Post it on Monday.' },
];

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
    document.title = 'Notes';
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
          Done
        </button>
        <a class={s.sos} href="tel:999">
          Emergency call
        </a>
      </header>
      <main class={s.main}>
        <h1 class={s.title}>Notes</h1>
        <ul class={s.notes}>
          {NOTES.map((note) => (
            <li key={note.title} class={s.note}>
              <h2 class={s.noteTitle}>{note.title}</h2>
              <p class={s.noteText}>{note.text}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
