import type { JournalDraft, JournalEntry, JournalKind } from '#shared/schemas/journal';

/** True if the draft holds anything the person chose or wrote (a step number alone is not). */
export function hasContent(draft: JournalDraft | null | undefined): boolean {
  if (!draft) return false;
  return (
    draft.strength !== undefined ||
    (draft.feelings?.length ?? 0) > 0 ||
    Boolean(draft.happening?.trim()) ||
    (draft.wanted?.length ?? 0) > 0 ||
    Boolean(draft.wantedOther?.trim()) ||
    (draft.didInstead?.length ?? 0) > 0 ||
    Boolean(draft.didInsteadOther?.trim()) ||
    draft.urgentCare !== undefined ||
    Boolean(draft.everyday?.trim())
  );
}

/** The draft that starts editing a saved entry. */
export function draftFromEntry(entry: JournalEntry): JournalDraft {
  const { id, createdAt: _c, updatedAt: _u, ...fields } = entry;
  return { ...fields, entryId: id, step: 0 };
}

/**
 * Which draft to carry on from when two exist (a stored one and one in this tab): the one
 * changed last; on a tie, the stored one, as it is the one on disk.
 */
export function newerDraft(stored: JournalDraft | null, current: JournalDraft | null) {
  if (!stored) return current;
  if (!current) return stored;
  const a = Date.parse(stored.updatedAt ?? '') || 0;
  const b = Date.parse(current.updatedAt ?? '') || 0;
  return b > a ? current : stored;
}

/**
 * Should reopening an entry offer "Carry on where you left off"? Only if the draft has words
 * and was changed after the entry was last saved (else the entry already holds them).
 */
export function offerResume(draft: JournalDraft | null, entry: JournalEntry | null): boolean {
  if (!hasContent(draft) || !draft) return false;
  if (!entry) return true;
  return (Date.parse(draft.updatedAt ?? '') || 0) > Date.parse(entry.updatedAt);
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/**
 * The entry a draft becomes when saved. Empty answers are left out, so an entry with every
 * step skipped is still a valid (and kept) entry. `existing` keeps the id and first time.
 */
export function entryFromDraft(
  draft: JournalDraft,
  kind: JournalKind,
  ids: { id: string; now: string; existing?: JournalEntry | null },
): JournalEntry {
  const id = ids.existing?.id ?? ids.id;
  const createdAt = ids.existing?.createdAt ?? ids.now;
  const base = { id, createdAt, updatedAt: ids.now };
  if (kind === 'everyday') return { ...base, kind, everyday: draft.everyday?.trim() ?? '' };
  const happening = blank(draft.happening);
  const wantedOther = blank(draft.wantedOther);
  const didInsteadOther = blank(draft.didInsteadOther);
  return {
    ...base,
    kind,
    ...(draft.strength !== undefined ? { strength: draft.strength } : {}),
    ...(draft.feelings?.length ? { feelings: draft.feelings } : {}),
    ...(happening ? { happening } : {}),
    ...(draft.wanted?.length ? { wanted: draft.wanted } : {}),
    ...(wantedOther ? { wantedOther } : {}),
    ...(draft.didInstead?.length ? { didInstead: draft.didInstead } : {}),
    ...(didInsteadOther ? { didInsteadOther } : {}),
    ...(draft.urgentCare ? { urgentCare: draft.urgentCare } : {}),
  };
}
