import { t } from '../../words';
import s from './style.module.css';

/** The promise shown on every journal screen, in plain words. */
export function PrivateNote() {
  return (
    <p class={s.note}>
      <svg
        class={s.icon}
        viewBox="0 0 24 24"
        width="24"
        height="24"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1Zm2 0h6V7a3 3 0 0 0-6 0v3Z"
          fill="currentColor"
        />
      </svg>
      <span>{t('privateNote')}</span>
    </p>
  );
}
