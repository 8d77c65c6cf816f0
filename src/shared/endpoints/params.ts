import { z } from 'zod';
import { Id, Instant } from '../schemas/common';

/** Route parameters and queries that only the endpoint table needs. */
export const EntryIdParams = z.object({ entryId: Id });
export const PersonEntryParams = z.object({ personId: Id, entryId: Id });
export const ContactIdParams = z.object({ contactId: Id });
export const SupportUsedIdParams = z.object({ supportId: Id });
export const MilestoneIdParams = z.object({ milestoneId: Id });
export const CheckInIdParams = z.object({ id: Id });
export const PhotoParams = z.object({ photoId: Id });

/** GET /api/audit: a page of the audit log, newest first. */
export const AuditQuery = z.strictObject({
  /** Entries strictly older than this (the `at` of the last entry of the previous page). */
  before: Instant.optional(),
  personId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

/** GET /api/device/sync */
export const SyncQuery = z.strictObject({
  /** The `cursor` of the last answer (a change sequence number); none for everything. */
  since: z
    .string()
    .regex(/^(0|[1-9]\d{0,17})$/, 'Use the cursor from the last sync')
    .optional(),
});
