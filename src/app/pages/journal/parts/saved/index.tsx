import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../words';
import s from './style.module.css';

/**
 * The warm end of writing: saved, private, and where to go next. `urgentCareSent`: the person
 * chose in Settings to send urgent care use, and this entry's (yes/no only) is being sent, so
 * the screen must not say that nobody else sees anything of it.
 */
export function Saved({
  children,
  urgentCareSent = false,
}: {
  children?: ComponentChildren;
  urgentCareSent?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div class={s.saved}>
      <svg
        class={s.tick}
        viewBox="0 0 24 24"
        width="48"
        height="48"
        aria-hidden="true"
        focusable="false"
      >
        <circle cx="12" cy="12" r="11" fill="currentColor" />
        <path
          d="M6.5 12.5l3.5 3.5 7.5-8"
          fill="none"
          stroke="#fff"
          stroke-width="2.5"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
      <h1 ref={heading} tabIndex={-1} class={s.heading}>
        {urgentCareSent ? t('savedSent') : t('savedPrivate')}
      </h1>
      {urgentCareSent ? (
        <p class={s.lead}>{t('savedSentLead')}</p>
      ) : (
        <p class={s.lead}>{t('savedLead')}</p>
      )}
      <a href="/help" class="btn btn-block btn-main">
        {t('helpNow')}
      </a>
      <a href="/" class="btn btn-secondary btn-block">
        {t('home')}
      </a>
      {children}
    </div>
  );
}
