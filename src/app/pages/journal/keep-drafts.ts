import type { JournalEntry } from '#shared/schemas/journal';
import type { AppState } from '../../state';
import { entryFromDraft } from '../../store/draft-rules';
import type { UnfinishedDraft } from '../../store/drafts';
import { saveEntry } from '../../store/entries';

/** Urgent care (yes/no only, never words) goes to the caseworker if the person chose that. */
export function reportUrgentCare(state: AppState, entry: JournalEntry): Promise<boolean> {
  return import('../../sync/check-ins')
    .then((m) => m.urgentCareAfterSave(state, entry))
    .catch(() => false);
}

/**
 * Keep a draft in the journal as it is (a new entry, or the changes to a saved one). The entry has the draft's id and its draft
 * is removed in the same transaction, so keeping it again (another tab, a second tap, a crash
 * half way) is still one entry, never two.
 */
export async function keepDraft(state: AppState, draft: UnfinishedDraft): Promise<JournalEntry> {
  const entry = entryFromDraft(draft.draft, draft.kind, {
    id: draft.id,
    now: draft.updatedAt,
    existing: draft.entry,
  });
  await saveEntry(state.lock, entry, { draft: draft.id });
  if (entry.kind === 'feeling') void reportUrgentCare(state, entry);
  return entry;
}

/**
 * "Start a new one": the words of every unfinished new entry are kept as entries. Unsaved
 * changes to a saved entry are left as they are (still offered), never saved unasked.
 */
export async function keepNewDrafts(state: AppState, drafts: readonly UnfinishedDraft[]) {
  for (const draft of drafts) if (!draft.entry) await keepDraft(state, draft);
}
