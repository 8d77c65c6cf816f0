import { useEffect, useRef } from 'preact/hooks';
import s from './style.module.css';

interface Props {
  question: string;
  detail?: string;
  yes: string;
  no: string;
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
}

/** An inline "are you sure?" that takes focus, so it is read out and easy to answer. */
export function Confirm({ question, detail, yes, no, busy, onYes, onNo }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div class={s.box} ref={box} tabIndex={-1} role="group" aria-label={question}>
      <p class={s.question}>{question}</p>
      {detail && <p>{detail}</p>}
      <div class={s.buttons}>
        <button type="button" class="btn btn-warning" disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="btn btn-secondary" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
