import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { dataUrlOf } from '../../store/base64';
import type { HopeItem } from '../../store/hope';
import { t } from './words';
import s from './style.module.css';

interface Props {
  item: HopeItem;
  /** The caseworker's first name when the phone is linked (then a photo can be sent). */
  name: string | null;
  /** The photo is in the messages (sent now, or waiting for the caseworker's hours). */
  sent: boolean;
  /** Out of the caseworker's hours: the notice shown before it is sent, in place of the buttons. */
  outside: ComponentChildren;
  onSend: (item: HopeItem) => void;
  onRemove: (item: HopeItem) => Promise<void>;
}

/** One thing in the hope box, with sending it to the caseworker and taking it out. */
export function HopeCard({ item, name, sent, outside, onSend, onRemove }: Props) {
  const step = useSignal<'show' | 'remove'>('show');
  // When the out-of-hours notice closes without sending, focus goes back to where it was.
  const sendButton = useRef<HTMLButtonElement>(null);
  const wasOutside = useRef(false);
  useEffect(() => {
    if (wasOutside.current && !outside) sendButton.current?.focus();
    wasOutside.current = Boolean(outside);
  }, [Boolean(outside)]);
  const label = `hope-${item.id}`;
  return (
    <li class={s.item}>
      <article aria-labelledby={label}>
        {item.note ? (
          <h2 id={label} class="visually-hidden" data-own-words>
            {item.note.slice(0, 60)}
          </h2>
        ) : (
          <h2 id={label} class="visually-hidden">
            {t('aPhoto')}
          </h2>
        )}
        {item.photo && (
          <img
            class={s.photo}
            src={dataUrlOf(item.photo.type, item.photo.data)}
            alt={item.note ? '' : t('photoAlt')}
            data-testid="hope-photo"
          />
        )}
        {item.note && (
          <p class={s.note} data-own-words>
            {item.note}
          </p>
        )}
        {sent && (
          <p class={s.done} role="status">
            {t('sent', { name: name ?? '' })}
          </p>
        )}
        {outside ? (
          outside
        ) : step.value === 'remove' ? (
          <div class={s.confirm}>
            <p class={s.question}>{t('removeQuestion')}</p>
            <div class={s.actions}>
              <button type="button" class="btn btn-secondary" onClick={() => void onRemove(item)}>
                {t('removeYes')}
              </button>
              <button type="button" class="btn btn-secondary" onClick={() => (step.value = 'show')}>
                {t('removeNo')}
              </button>
            </div>
          </div>
        ) : (
          <div class={s.actions}>
            {item.photo && name && !sent && (
              <button
                ref={sendButton}
                type="button"
                class="btn btn-secondary"
                onClick={() => onSend(item)}
              >
                {t('send', { name })}
              </button>
            )}
            <button type="button" class="btn btn-secondary" onClick={() => (step.value = 'remove')}>
              {t('remove')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
