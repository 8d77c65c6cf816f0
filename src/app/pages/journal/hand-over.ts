import type { LockableVault } from '../../store/vault';
import { saveDraft } from '../../store/drafts';

/** Where "What's happening?" stands in the feeling steps (a unit test holds it to `STEPS`). */
export const HAPPENING_STEP = 2;

/**
 * Words written somewhere else (a message that waits for the caseworker's hours) carried into a
 * new journal entry: its draft is saved on the phone first, so the journal opens with them on
 * "What's happening?" and nothing is lost if the page goes. Returns the address to open.
 */
export async function startFeelingWith(vault: LockableVault, words: string): Promise<string> {
  const id = crypto.randomUUID();
  await saveDraft(vault, id, {
    kind: 'feeling',
    step: HAPPENING_STEP,
    happening: words,
    updatedAt: new Date().toISOString(),
  });
  return `/journal/feeling?draft=${id}`;
}
