import { z } from 'zod';
import { Instant } from '#shared/schemas/common';
import type { JournalKind } from '#shared/schemas/journal';
import { JournalDraft, type JournalEntry } from '#shared/schemas/journal';
import type { Vault } from './vault';
import { keepAside } from './aside';
import { contextOf, LockedError } from './body';
import { draftContext } from './draft-context';
import type { DraftRecord, HiuDb } from './db';
import { entryFromDraft, hasContent } from './draft-rules';
import { listEntries } from './entries';
import { searchableText } from './search';
import { readRecords } from './entry-read';

/**
 * Journal drafts are kept under the id of the entry they become (a new entry's id is made when
 * its editor opens) or change, so every unfinished entry has a draft of its own, and a draft
 * whose entry was saved is known by its id. Other boxes keep theirs under a `box:` slot, and
 * a check-in half way through under `box:check-in` (see check-in-draft.ts).
 */
export type BoxSlot = 'box:message' | 'box:plan';

export const isBoxSlot = (key: string): key is BoxSlot =>
  key === 'box:message' || key === 'box:plan';

/** True for the key of a journal draft (an entry id), false for a box's slot. */
export function isJournalDraftKey(key: string): boolean {
  return !key.startsWith('box:');
}

/** Read a draft record through `schema`. A draft that cannot be read is kept aside, not lost. */
export async function readDraft<T>(
  vault: Vault,
  db: HiuDb,
  record: DraftRecord,
  schema: z.ZodType<T>,
): Promise<T | null> {
  let reason = 'did not match the draft schema';
  try {
    const parsed = schema.safeParse(await vault.codec().decode(record.body, draftContext(record)));
    if (parsed.success) return parsed.data;
  } catch (error) {
    if (error instanceof LockedError) throw error;
    reason = 'could not be decrypted';
  }
  await keepAside(db, 'drafts', [{ key: record.id, reason }]);
  return null;
}

/** The journal draft for an entry id, or null. */
export async function loadDraft(vault: Vault, id: string): Promise<JournalDraft | null> {
  const db = await vault.db();
  const record = await db.get('drafts', id);
  return record ? readDraft(vault, db, record, JournalDraft) : null;
}

/** Save a value under a draft key so it is on disk (`durability: 'strict'`). */
export async function putDraft(vault: Vault, id: string, value: unknown, updatedAt: string) {
  const db = await vault.db();
  const body = await vault.codec().encode(value, contextOf('drafts', id));
  const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
  void tx.store.put({ id, updatedAt, body });
  // Commit at once rather than when the event loop idles: this may run in `pagehide`, and a
  // page being torn down may never idle again.
  tx.commit();
  await tx.done;
}

/** Save the draft of entry `id`: it must survive a flat battery. */
export async function saveDraft(vault: Vault, id: string, draft: JournalDraft): Promise<void> {
  const updatedAt = draft.updatedAt ?? new Date().toISOString();
  await putDraft(vault, id, { ...draft, updatedAt }, updatedAt);
}

export async function clearDraft(vault: Vault, id: string): Promise<void> {
  const db = await vault.db();
  await db.delete('drafts', id);
}

/** An entry the person started and has not saved (or changes to one they have not saved). */
export interface UnfinishedDraft {
  /** The id of the entry it becomes or changes. */
  id: string;
  kind: JournalKind;
  draft: JournalDraft;
  updatedAt: string;
  /** The saved entry these are changes to, if there is one. */
  entry: JournalEntry | null;
}

const kindOf = (record: DraftRecord, draft: JournalDraft): JournalKind =>
  draft.kind ?? (record.sealedAs === 'new-everyday' ? 'everyday' : 'feeling');

/**
 * Every unfinished journal draft, newest first. A draft with nothing in it, or whose entry was
 * saved after it last changed (the entry holds its words), is finished: it is removed here.
 */
export async function listDrafts(vault: Vault): Promise<UnfinishedDraft[]> {
  const db = await vault.db();
  const records = (await db.getAll('drafts')).filter((r) => isJournalDraftKey(r.id));
  const entryRecords = await Promise.all(records.map((r) => db.get('entries', r.id)));
  const { entries } = await readRecords(
    vault,
    db,
    entryRecords.filter((r) => r !== undefined),
  );
  const byId = new Map(entries.map((e) => [e.id, e]));
  let unfinished: UnfinishedDraft[] = [];
  const finished: DraftRecord[] = [];
  const legacy = new Map<string, DraftRecord>();
  for (const record of records) {
    const draft = await readDraft(vault, db, record, JournalDraft);
    if (!draft) continue;
    const entry = byId.get(record.id) ?? null;
    const updatedAt = draft.updatedAt ?? record.updatedAt;
    if (!isUnfinished(draft, updatedAt, entry)) {
      finished.push(record);
      continue;
    }
    unfinished.push({ id: record.id, kind: kindOf(record, draft), draft, updatedAt, entry });
    if (!entry && record.sealedAs?.startsWith('new-')) legacy.set(record.id, record);
  }
  if (legacy.size > 0) {
    const saved = await savedByOlderApp(
      vault,
      unfinished.filter((d) => legacy.has(d.id)),
    );
    unfinished = unfinished.filter((d) => !saved.has(d.id));
    for (const record of legacy.values()) if (saved.has(record.id)) finished.push(record);
  }
  if (finished.length > 0) await removeFinished(db, finished);
  return unfinished.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/**
 * An old one-slot draft of a new entry (moved by the v7 step) carries no entry id, so an entry
 * an older app saved from it without removing it (a crash between the two) is known by its
 * words: an entry of the same kind, with the same words, made no earlier than the draft's last
 * change. Returns the ids of the drafts found saved.
 */
async function savedByOlderApp(vault: Vault, drafts: UnfinishedDraft[]): Promise<Set<string>> {
  const { entries } = await listEntries(vault);
  const saved = new Set<string>();
  for (const d of drafts) {
    const words = searchableText(entryFromDraft(d.draft, d.kind, { id: d.id, now: d.updatedAt }));
    const same = entries.some(
      (e) =>
        e.kind === d.kind &&
        Date.parse(e.createdAt) >= Date.parse(d.updatedAt) &&
        searchableText(e) === words,
    );
    if (same) saved.add(d.id);
  }
  return saved;
}

/** Has the draft words its entry does not hold? */
function isUnfinished(draft: JournalDraft, updatedAt: string, entry: JournalEntry | null) {
  if (!hasContent(draft)) return false;
  return !entry || Date.parse(updatedAt) > Date.parse(entry.updatedAt);
}

/** Remove finished drafts, unless another tab changed one since it was read. */
async function removeFinished(db: HiuDb, records: DraftRecord[]) {
  const tx = db.transaction('drafts', 'readwrite');
  for (const { id, updatedAt } of records) {
    const now = await tx.store.get(id);
    if (now?.updatedAt === updatedAt) await tx.store.delete(id);
  }
  await tx.done;
}

/** A box's words (the message being written, the plan being changed), by field. */
const BoxDraft = z.object({
  texts: z.record(z.string(), z.string().max(20_000)),
  updatedAt: Instant,
});
export type BoxDraft = z.infer<typeof BoxDraft>;

/** The words left in a box, or null. Words that cannot be read are kept aside, not lost. */
export async function loadBoxDraft(vault: Vault, slot: BoxSlot): Promise<BoxDraft | null> {
  const db = await vault.db();
  const record = await db.get('drafts', slot);
  return record ? readDraft(vault, db, record, BoxDraft) : null;
}

export async function saveBoxDraft(vault: Vault, slot: BoxSlot, draft: BoxDraft): Promise<void> {
  await putDraft(vault, slot, BoxDraft.parse(draft), draft.updatedAt);
}
