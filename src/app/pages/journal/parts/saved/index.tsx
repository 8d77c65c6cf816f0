import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import s from './style.module.css';

/** The warm end of writing: saved, private, and where to go next. */
export function Saved({ children }: { children?: ComponentChildren }) {
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
        Saved. Only you can see this.
      </h1>
      <p class={s.lead}>It stays on this phone. Thank you for writing it down.</p>
      <a href="/help" class="btn btn-block btn-main">
        Help now
      </a>
      <a href="/" class="btn btn-secondary btn-block">
        Go to home
      </a>
      {children}
    </div>
  );
}
