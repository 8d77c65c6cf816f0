import { z } from 'zod';
import type { HiuDb } from './db';
import type { UnfinishedDraft } from './drafts';
import { readMeta, writeMeta } from './meta';

/**
 * Drafts are never dropped by age. A draft left longer than the person's chosen time is
 * offered once, to keep in the journal or delete; after that it stays in "Carry on where you
 * left off" until they finish or delete it.
 */

/** The choices offered in Settings, in days. */
export const DRAFT_REMINDER_CHOICES = [1, 3, 7, 30] as const;
export const DRAFT_REMINDER_DEFAULT = 7;

const REMINDER_KEY = 'draft-reminder-days';
const OFFERED_KEY = 'drafts-offered';
const Days = z.number().int().min(1).max(365);
const Offered = z.array(z.string()).max(10_000);
const DAY_MS = 24 * 60 * 60 * 1000;

/** After how many days an unfinished draft is offered to keep or delete. */
export function readDraftReminder(db: HiuDb): Promise<number> {
  return readMeta(db, REMINDER_KEY, Days, DRAFT_REMINDER_DEFAULT);
}

export function writeDraftReminder(db: HiuDb, days: number): Promise<void> {
  return writeMeta(db, REMINDER_KEY, Days.parse(days));
}

/**
 * The drafts to offer now: older than the chosen time and not offered before. They are noted
 * as offered here, so each is offered once. Ids of drafts that no longer exist are forgotten.
 */
export async function takeOldDrafts(
  db: HiuDb,
  drafts: readonly UnfinishedDraft[],
  now = new Date(),
): Promise<UnfinishedDraft[]> {
  const [days, offered] = await Promise.all([
    readDraftReminder(db),
    readMeta(db, OFFERED_KEY, Offered, []),
  ]);
  const before = new Set(offered);
  const old = drafts.filter(
    (d) => !before.has(d.id) && now.getTime() - Date.parse(d.updatedAt) > days * DAY_MS,
  );
  const live = new Set(drafts.map((d) => d.id));
  const next = [...offered.filter((id) => live.has(id)), ...old.map((d) => d.id)];
  if (old.length > 0 || next.length !== offered.length) await writeMeta(db, OFFERED_KEY, next);
  return old;
}
