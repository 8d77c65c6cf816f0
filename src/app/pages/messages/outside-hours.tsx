import { useEffect, useRef } from 'preact/hooks';
import { AlternativeNow } from '../../components/alternative/index';
import s from './style.module.css';

interface Props {
  name: string;
  /** The words about to be sent, shown so the person knows what they are deciding about. */
  words: string;
  /** The photo about to be sent, if there is one. */
  photoUrl?: string | null;
  /** "9am on Monday" */
  when: string | null;
  now: Date;
  onSend: () => void;
  onCancel: () => void;
  /** "Write in my journal": the words go with them, into a new entry. */
  onJournal: () => void;
}

/**
 * Before a message goes outside agreed hours: when the caseworker will see it, and who can
 * help now. The person can still send it; it then waits for the caseworker's hours.
 */
export function OutsideHours(props: Props) {
  const { name, words, photoUrl, when, now, onSend, onCancel, onJournal } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class={s.outside} aria-labelledby="outside-title">
      <h2 id="outside-title" ref={heading} tabIndex={-1} class={s.outsideTitle}>
        {name} is not working right now
      </h2>
      <p class={s.outsideWhen}>
        {when
          ? `${name} will read this from ${when}.`
          : `${name} will read this when they are back.`}
      </p>
      <p class={s.quoteLabel}>Your message:</p>
      {photoUrl && <img class={s.photo} src={photoUrl} alt="The photo you are sending" />}
      {words && <blockquote class={s.quote}>{words}</blockquote>}
      <AlternativeNow now={now} heading="h3" />
      <p>If you need to talk to someone now, Help now shows who you can call or text.</p>
      <div class={s.choices}>
        <a href="/help" class="btn btn-block">
          Help now
        </a>
        <a
          href="/journal/feeling"
          class="btn btn-secondary btn-block"
          onClick={(e) => {
            // The router would open the journal from the link too, a second step in history:
            // Back would then land on the empty journal instead of the message.
            e.preventDefault();
            e.stopPropagation();
            onJournal();
          }}
        >
          Write in my journal
        </a>
      </div>
      <p>Or send your message now, and {name} will see it then.</p>
      <div class={s.choices}>
        <button type="button" class="btn btn-secondary btn-block" onClick={onSend}>
          Send it for {name} to read later
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={onCancel}>
          Do not send it yet
        </button>
      </div>
    </section>
  );
}
