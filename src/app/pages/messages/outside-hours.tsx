import { useEffect, useRef } from 'preact/hooks';
import { AlternativeNow } from '../../components/alternative/index';
import { t } from './words';
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
        {t('notWorking', { name })}
      </h2>
      <p class={s.outsideWhen}>
        {when ? t('readFrom', { name, when }) : t('readWhenBack', { name })}
      </p>
      <p class={s.quoteLabel}>{t('yourMessage')}</p>
      {photoUrl && <img class={s.photo} src={photoUrl} alt={t('photoAlt')} />}
      {words && (
        <blockquote class={s.quote} data-own-words>
          {words}
        </blockquote>
      )}
      <AlternativeNow now={now} heading="h3" />
      <p>{t('talkNow')}</p>
      <div class={s.choices}>
        <a href="/help" class="btn btn-block">
          {t('helpNow')}
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
          {t('journal')}
        </a>
      </div>
      <p>{t('orSend', { name })}</p>
      <div class={s.choices}>
        <button type="button" class="btn btn-secondary btn-block" onClick={onSend}>
          {t('sendLater', { name })}
        </button>
        <button type="button" class="btn btn-secondary btn-block" onClick={onCancel}>
          {t('notYet')}
        </button>
      </div>
    </section>
  );
}
