import { z } from 'zod';
import { LocalDate } from '#shared/schemas/common';
import type { Vault } from './vault';
import { putDraft, readDraft } from './drafts';

/**
 * What the person ticked off in today's routine. Kept only on this phone (never sent: it is
 * theirs, not a record for the team), sealed by the app lock like a draft, and only for one
 * London day: a new day starts with nothing ticked and nothing said about yesterday.
 */
export const ROUTINE_DONE = 'box:routine-done';

const RoutineDone = z.object({
  day: LocalDate,
  /** `part:words` of each item ticked, so an item the caseworker changes starts unticked. */
  done: z.array(z.string().max(220)).max(40),
});
type RoutineDone = z.infer<typeof RoutineDone>;

/** The key of one item of a part. */
export const doneKey = (part: string, item: string) => `${part}:${item}`;

/** The items ticked on `day` (none if the record is from another day, or cannot be read). */
export async function loadRoutineDone(vault: Vault, day: string): Promise<string[]> {
  const db = await vault.db();
  const record = await db.get('drafts', ROUTINE_DONE);
  const read: RoutineDone | null = record ? await readDraft(vault, db, record, RoutineDone) : null;
  return read && read.day === day ? read.done : [];
}

/** Keep what is ticked on `day` (replacing any other day's). */
export async function saveRoutineDone(vault: Vault, day: string, done: string[]): Promise<void> {
  const value = RoutineDone.parse({ day, done });
  await putDraft(vault, ROUTINE_DONE, value, new Date().toISOString());
}
