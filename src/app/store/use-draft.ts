import { useEffect, useMemo } from 'preact/hooks';
import type { JournalDraft } from '#shared/schemas/journal';
import type { LockState } from '../lock/state';
import { createDraftSaver, type DraftSaver } from './draft-saver';
import { saveDraft, type DraftSlot } from './drafts';

/**
 * A draft saver for one slot, wired to the moments a phone may drop the page: hidden,
 * `pagehide`, the app locking, and the screen closing.
 */
export function useDraftSaver(lock: LockState, slot: DraftSlot): DraftSaver<JournalDraft> {
  const saver = useMemo(
    () =>
      createDraftSaver<JournalDraft>((draft) => saveDraft(lock, slot, draft), {
        onError: (error) => console.error('Could not save the draft', error),
      }),
    [lock, slot],
  );
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => void saver.flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    const stop = lock.beforeLock(() => saver.flush());
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      stop();
      void saver.flush();
    };
  }, [saver, lock]);
  return saver;
}
