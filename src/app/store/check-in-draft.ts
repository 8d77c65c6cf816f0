import { z } from 'zod';
import { Instant } from '#shared/schemas/common';
import { CheckInAnswers, CheckInReason } from '#shared/schemas/wellbeing';
import type { Vault } from './vault';
import { clearDraft, putDraft, readDraft } from './drafts';

/**
 * A check-in half way through: the answers so far and the question the person was on, kept in
 * the drafts store (sealed by the app lock like every draft) as they go, so leaving the screen,
 * a reload or a flat battery never loses them. Removed when the check-in is done or discarded.
 */
export const CHECK_IN_DRAFT = 'box:check-in';

export const CheckInDraft = z.object({
  answers: CheckInAnswers,
  /** The question on screen (0 is the first). */
  step: z.number().int().min(0).max(20),
  reason: CheckInReason,
  updatedAt: Instant,
});
export type CheckInDraft = z.infer<typeof CheckInDraft>;

/** The check-in left half way, or null. One that cannot be read is kept aside, not lost. */
export async function loadCheckInDraft(vault: Vault): Promise<CheckInDraft | null> {
  const db = await vault.db();
  const record = await db.get('drafts', CHECK_IN_DRAFT);
  return record ? readDraft(vault, db, record, CheckInDraft) : null;
}

export async function saveCheckInDraft(vault: Vault, draft: CheckInDraft): Promise<void> {
  await putDraft(vault, CHECK_IN_DRAFT, CheckInDraft.parse(draft), draft.updatedAt);
}

export function clearCheckInDraft(vault: Vault): Promise<void> {
  return clearDraft(vault, CHECK_IN_DRAFT);
}
