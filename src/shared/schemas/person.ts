import { z } from 'zod';
import { DisplayName, Id, Instant } from './common';

/** `stepped-back`: support has stepped down; the door stays open (never "discharged"). */
export const PersonStatus = z.enum(['active', 'stepped-back']);
export type PersonStatus = z.infer<typeof PersonStatus>;

/** A person the service supports (a service user). */
export const Person = z.object({
  id: Id,
  serviceId: Id,
  displayName: DisplayName,
  caseworkerId: Id,
  status: PersonStatus,
  /** When support began. */
  createdAt: Instant,
  /** When support last stepped back; null while active. */
  steppedBackAt: Instant.nullable(),
});
export type Person = z.infer<typeof Person>;
