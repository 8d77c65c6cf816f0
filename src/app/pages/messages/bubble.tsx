import type { Hours } from '#shared/schemas/hours';
import { isOpen } from '#shared/hours';
import { describeWhen } from '#shared/time-words';
import { useAppState } from '../../state';
import { removeSend, retrySend } from '../../sync/actions';
import type { ThreadItem } from '../../state/sync';
import { rich } from '../../../ui/i18n/rich';
import { messageStatus, replyStatus, t } from './words';
import s from './style.module.css';

type BubbleProps = { item: ThreadItem; name: string; now: Date; hours?: Hours | undefined };

/** One message in the thread: who and when, the photo and words, and its state. */
export function Bubble({ item, name, now, hours }: BubbleProps) {
  const state = useAppState();
  const mine = item.from === 'person';
  const outside = !mine && hours !== undefined && !isOpen(hours, new Date(item.at));
  return (
    <li class={`${s.message} ${mine ? s.mine : s.theirs}`} data-from={item.from}>
      <p class={s.who}>
        {rich(
          t('sender', {
            who: mine ? t('you') : (item.fromName ?? name),
            when: describeWhen(new Date(item.at), now),
          }),
          { when: (words) => <span class={s.when}>{words}</span> },
        )}
      </p>
      {item.photo &&
        (item.photo.url ? (
          <img class={s.photo} src={item.photo.url} alt={mine ? t('yourPhoto') : t('aPhoto')} />
        ) : (
          <p class={s.body}>{t('youSentPhoto')}</p>
        ))}
      {item.body && (
        <p class={s.body} data-own-words>
          {item.body}
        </p>
      )}
      {outside && (
        <p class={s.status} data-testid="reply-status">
          {replyStatus(name)}
        </p>
      )}
      {mine && (
        <p class={s.status} data-testid="message-status">
          {messageStatus(item, name, now)}
        </p>
      )}
      {item.failed && (
        <div class={s.failed}>
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => void retrySend(state, item.id)}
          >
            {t('tryAgain')}
          </button>
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => void removeSend(state, item.id)}
          >
            {t('remove')}
          </button>
        </div>
      )}
    </li>
  );
}
