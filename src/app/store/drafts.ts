import { JournalDraft } from '#shared/schemas/journal';
import type { Vault } from '../lock/state';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';

/** Where a draft is kept: one slot per new-entry flow, and one per entry being edited. */
export type DraftSlot = 'new-feeling' | 'new-everyday' | `edit-${string}`;

export function isDraftSlot(key: string): key is DraftSlot {
  return key === 'new-feeling' || key === 'new-everyday' || key.startsWith('edit-');
}

/** The draft in a slot, or null. A draft that cannot be read is kept aside, not lost. */
export async function loadDraft(vault: Vault, slot: DraftSlot): Promise<JournalDraft | null> {
  const db = await vault.db();
  const record = await db.get('drafts', slot);
  if (!record) return null;
  let reason = 'did not match the draft schema';
  try {
    const value = await vault.codec().decode(record.body, contextOf('drafts', slot));
    const parsed = JournalDraft.safeParse(value);
    if (parsed.success) return parsed.data;
  } catch (error) {
    if (error instanceof LockedError) throw error;
    reason = 'could not be decrypted';
  }
  await keepAside(db, 'drafts', [{ key: slot, reason }]);
  return null;
}

/** Save a draft so it is on disk (`durability: 'strict'`): it must survive a flat battery. */
export async function saveDraft(vault: Vault, slot: DraftSlot, draft: JournalDraft): Promise<void> {
  const db = await vault.db();
  const updatedAt = draft.updatedAt ?? new Date().toISOString();
  const body = await vault.codec().encode({ ...draft, updatedAt }, contextOf('drafts', slot));
  const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
  void tx.store.put({ id: slot, updatedAt, body });
  // Commit at once rather than when the event loop idles: this may run in `pagehide`, and a
  // page being torn down may never idle again.
  tx.commit();
  await tx.done;
}

export async function clearDraft(vault: Vault, slot: DraftSlot): Promise<void> {
  const db = await vault.db();
  await db.delete('drafts', slot);
}
