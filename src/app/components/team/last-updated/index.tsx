import { describeWhen } from '#shared/time-words';
import { useAppState } from '../../../state';
import { useNow } from '../../use-now';
import { catalogue } from '#shared/i18n';
import messages from './last-updated.messages.json' with { type: 'json' };

const t = catalogue('last-updated', messages);

/** "Last updated 2:05pm today." Said plainly, so the person knows how fresh things are. */
export function lastUpdatedWords(lastSyncedAt: string | null, now: Date): string {
  if (!lastSyncedAt) return t('notYet');
  return t('last', { when: describeWhen(new Date(lastSyncedAt), now) });
}

export function LastUpdated({ class: className }: { class?: string }) {
  const { sync, online } = useAppState();
  const now = useNow().value;
  return (
    <p class={className ?? 'hint'} data-testid="last-updated">
      {lastUpdatedWords(sync.lastSyncedAt.value, now)}
      {!online.value && ` ${t('offline')}`}
    </p>
  );
}
