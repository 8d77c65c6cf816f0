import { z } from 'zod';
import { Id, Instant, text } from './common';

/** One line of the audit log: who did or read what, about whom. */
export const AuditEntry = z.object({
  id: Id,
  at: Instant,
  actorId: Id.nullable(),
  actorName: text(80).nullable(),
  /** A stable dotted code, e.g. `journal.read`, `device.revoke`, `person.reassign`. */
  action: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9_.-]*$/),
  personId: Id.nullable(),
  detail: text(500).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
