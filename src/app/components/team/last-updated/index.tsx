import { describeWhen } from '#shared/time-words';
import { useAppState } from '../../../state';
import { useNow } from '../../use-now';

/** "Last updated 2:05pm today." Said plainly, so the person knows how fresh things are. */
export function lastUpdatedWords(lastSyncedAt: string | null, now: Date): string {
  if (!lastSyncedAt) return 'Not updated yet.';
  return `Last updated ${describeWhen(new Date(lastSyncedAt), now)}.`;
}

export function LastUpdated({ class: className }: { class?: string }) {
  const { sync, online } = useAppState();
  const now = useNow().value;
  return (
    <p class={className ?? 'hint'} data-testid="last-updated">
      {lastUpdatedWords(sync.lastSyncedAt.value, now)}
      {!online.value &&
        ' No internet right now: anything you send will go when you are back online.'}
    </p>
  );
}
