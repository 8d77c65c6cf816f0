import { useEffect, useMemo } from 'preact/hooks';
import type { CheckInAnswers, CheckInReason } from '#shared/schemas/wellbeing';
import { clearCheckInDraft, saveCheckInDraft, type CheckInDraft } from '../../store/check-in-draft';
import { createDraftSaver } from '../../store/draft-saver';
import type { LockableVault } from '../../store/vault';

export interface KeepAnswers {
  /** Keep the answers so far and the question on screen (each tap is saved at once). */
  keep(step: number, answers: CheckInAnswers, reason: CheckInReason): void;
  /** The check-in was done or the person chose to start again: no save may land after. */
  drop(): Promise<void>;
}

/**
 * The check-in's answers, kept on the phone as the person goes. Saves run one after another,
 * so an older answer never lands after a newer one, and all are on disk before the app locks.
 */
export function useKeepAnswers(lock: LockableVault): KeepAnswers {
  const saver = useMemo(
    () =>
      createDraftSaver<CheckInDraft>((draft) => saveCheckInDraft(lock, draft), {
        onError: (error) => console.error('Could not keep the check-in answers', error),
      }),
    [lock],
  );
  useEffect(() => lock.beforeLock(() => saver.flush()), [saver, lock]);
  return useMemo(
    () => ({
      keep(step, answers, reason) {
        saver.schedule({ step, answers, reason, updatedAt: new Date().toISOString() });
        void saver.flush();
      },
      async drop() {
        await saver.cancel();
        await clearCheckInDraft(lock);
      },
    }),
    [saver, lock],
  );
}
