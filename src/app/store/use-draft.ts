import { useEffect, useMemo } from 'preact/hooks';
import type { JournalDraft } from '#shared/schemas/journal';
import type { LockableVault } from './vault';
import { createDraftSaver, type DraftSaver } from './draft-saver';
import { saveBoxDraft, saveDraft, type BoxDraft, type BoxSlot } from './drafts';

/**
 * Save at once at the moments a phone may drop the page or the person may walk away: hidden
 * (switching app, locking the screen), `pagehide`, a text box losing focus, the app locking,
 * and the screen closing. Between those, the saver's pause after typing.
 */
function useSaveMoments<T>(saver: DraftSaver<T>, lock: LockableVault) {
  useEffect(() => {
    const now = () => void saver.flush();
    const onHide = () => {
      if (document.visibilityState === 'hidden') now();
    };
    const onBlur = (event: FocusEvent) => {
      const box = event.target;
      if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) now();
    };
    document.addEventListener('visibilitychange', onHide);
    document.addEventListener('focusout', onBlur);
    window.addEventListener('pagehide', now);
    const stop = lock.beforeLock(() => saver.flush());
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      document.removeEventListener('focusout', onBlur);
      window.removeEventListener('pagehide', now);
      stop();
      now();
    };
  }, [saver, lock]);
}

function useSaver<T>(lock: LockableVault, save: (draft: T) => Promise<void>, key: string) {
  const saver = useMemo(
    () =>
      createDraftSaver<T>(save, {
        onError: (error) => console.error('Could not save the draft', error),
      }),
    [lock, key],
  );
  useSaveMoments(saver, lock);
  return saver;
}

/** A draft saver for the journal entry `id` (the entry it becomes, or the one it changes). */
export function useDraftSaver(lock: LockableVault, id: string): DraftSaver<JournalDraft> {
  return useSaver<JournalDraft>(lock, (draft) => saveDraft(lock, id, draft), id);
}

/** A draft saver for another box where the person writes (a message, their plan). */
export function useBoxDraftSaver(lock: LockableVault, slot: BoxSlot): DraftSaver<BoxDraft> {
  return useSaver<BoxDraft>(lock, (draft) => saveBoxDraft(lock, slot, draft), slot);
}
