import { z } from 'zod';
import { Id, Instant, text } from './common';

/** What the person felt like doing. Labels in plain words are in `#shared/journal`. */
export const WANTED_OPTIONS = ['go-to-ae', 'call-999', 'call-someone', 'something-else'] as const;
export const WantedOption = z.enum(WANTED_OPTIONS);
export type WantedOption = z.infer<typeof WantedOption>;

export const JournalKind = z.enum(['feeling', 'everyday']);
export type JournalKind = z.infer<typeof JournalKind>;

/** Whether urgent care was used in the end. Recorded without judgement. */
export const UrgentCare = z.object({
  wentToAe: z.boolean(),
  called999: z.boolean(),
  called111: z.boolean(),
});
export type UrgentCare = z.infer<typeof UrgentCare>;

const uniqueList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, 'Each choice only once');

const feelingFields = {
  /** How strong the feeling was, 0 (calm) to 10 (the strongest). */
  strength: z.number().int().min(0).max(10).optional(),
  /** Words from FEELING_WORDS or the person's own. */
  feelings: uniqueList(z.string().trim().min(1).max(40), 30).optional(),
  happening: text(4000).optional(),
  wanted: uniqueList(WantedOption, WANTED_OPTIONS.length).optional(),
  wantedOther: text(500).optional(),
  /** Keys from DID_INSTEAD_OPTIONS or the person's own words. */
  didInstead: uniqueList(z.string().trim().min(1).max(80), 20).optional(),
  didInsteadOther: text(500).optional(),
  urgentCare: UrgentCare.optional(),
};

const entryBase = { id: Id, createdAt: Instant, updatedAt: Instant };

/** A "how I'm feeling" entry, often written at night instead of going to A&E. */
export const FeelingEntry = z.object({
  ...entryBase,
  kind: z.literal('feeling'),
  ...feelingFields,
});
export type FeelingEntry = z.infer<typeof FeelingEntry>;

/** An "everyday" entry: anything the person wants to write down. */
export const EverydayEntry = z.object({
  ...entryBase,
  kind: z.literal('everyday'),
  everyday: text(4000),
});
export type EverydayEntry = z.infer<typeof EverydayEntry>;

/** A journal entry. Lives only on the phone (IndexedDB) unless the person shares it. */
export const JournalEntry = z.discriminatedUnion('kind', [FeelingEntry, EverydayEntry]);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** Work in progress in the journal editor, saved as the person goes so nothing is lost. */
export const JournalDraft = z.object({
  /** The entry being edited, if this draft edits a saved entry. */
  entryId: Id.optional(),
  kind: JournalKind.optional(),
  /** Which step of the editor the person was on. */
  step: z.number().int().min(0).max(20),
  ...feelingFields,
  everyday: text(4000).optional(),
  updatedAt: Instant.optional(),
});
export type JournalDraft = z.infer<typeof JournalDraft>;

/**
 * A copy of an entry the person chose to share with their caseworker. Its `id` is the entry's
 * id, so sharing again replaces it and withdrawing deletes it on the server.
 */
export const SharedJournalEntry = z.object({
  id: Id,
  personId: Id,
  entry: JournalEntry,
  sharedAt: Instant,
  readAt: Instant.nullable(),
});
export type SharedJournalEntry = z.infer<typeof SharedJournalEntry>;

/** What the phone sends to share (or share again) an entry. */
export const ShareJournalEntryRequest = z.object({ entry: JournalEntry });
export type ShareJournalEntryRequest = z.infer<typeof ShareJournalEntryRequest>;
