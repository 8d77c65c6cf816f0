import { z } from 'zod';
import { MAX_SAFEGUARDING_CATEGORIES } from '../safeguarding';
import { Id, Instant, LocalDate, text } from './common';

/** One line added to a concern later: what happened next. Updates only ever add. */
export const SafeguardingUpdate = z.object({
  id: Id,
  text: z.string(),
  writtenBy: Id,
  writtenByName: z.string().nullable(),
  writtenAt: Instant,
});
export type SafeguardingUpdate = z.infer<typeof SafeguardingUpdate>;

/**
 * A safeguarding concern about one person: staff only, never on the phone. It records what was
 * seen and done, not a score: there is no rating or level.
 */
export const SafeguardingConcern = z.object({
  id: Id,
  personId: Id,
  /** The day the concern was raised (a London date). */
  raisedOn: LocalDate,
  /** The words of the service's category it was recorded under. */
  category: z.string(),
  whatWasDone: z.string(),
  /** Who it was referred to, e.g. the local authority adult safeguarding team; empty if no one. */
  referredTo: z.string(),
  status: z.enum(['open', 'closed']),
  recordedBy: Id,
  recordedByName: z.string().nullable(),
  recordedAt: Instant,
  closedBy: Id.nullable(),
  closedByName: z.string().nullable(),
  closedAt: Instant.nullable(),
  updates: z.array(SafeguardingUpdate),
});
export type SafeguardingConcern = z.infer<typeof SafeguardingConcern>;

/** GET /api/people/:personId/safeguarding: newest first. */
export const SafeguardingConcernList = z.array(SafeguardingConcern).max(500);
export type SafeguardingConcernList = z.infer<typeof SafeguardingConcernList>;

/** POST /api/people/:personId/safeguarding. */
export const RecordConcernRequest = z.strictObject({
  raisedOn: LocalDate,
  category: z.string().trim().min(1, 'Choose what kind of concern it is').max(80),
  whatWasDone: z.string().trim().min(1, 'Write what was done').max(4000),
  referredTo: text(300).default(''),
});
export type RecordConcernRequest = z.infer<typeof RecordConcernRequest>;

/** POST /api/people/:personId/safeguarding/:concernId/updates: add a line, and maybe close it. */
export const ConcernUpdateRequest = z
  .strictObject({
    text: text(4000).default(''),
    close: z.boolean().default(false),
  })
  .refine((u) => u.text !== '' || u.close, {
    message: 'Write what happened next',
    path: ['text'],
  });
export type ConcernUpdateRequest = z.infer<typeof ConcernUpdateRequest>;

export const ConcernParams = z.object({ personId: Id, concernId: Id });

/** One row of the lead's service-wide list of open concerns. */
export const OpenConcern = SafeguardingConcern.extend({
  personName: z.string(),
  caseworkerName: z.string(),
});
export type OpenConcern = z.infer<typeof OpenConcern>;

/** GET /api/safeguarding/open: the lead's view, oldest raised first. */
export const OpenConcernList = z.array(OpenConcern).max(2000);
export type OpenConcernList = z.infer<typeof OpenConcernList>;

/** GET and PUT /api/safeguarding/categories: the service's own list, in the order shown. */
export const SafeguardingCategories = z.strictObject({
  categories: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A category cannot be empty')
        .max(80, 'Keep each category under 80 letters'),
    )
    .min(1, 'Keep at least one category')
    .max(
      MAX_SAFEGUARDING_CATEGORIES,
      `Keep the list to ${MAX_SAFEGUARDING_CATEGORIES} categories or fewer`,
    )
    .refine(
      (list) => new Set(list.map((c) => c.toLowerCase())).size === list.length,
      'Each category can be in the list once',
    ),
});
export type SafeguardingCategories = z.infer<typeof SafeguardingCategories>;
