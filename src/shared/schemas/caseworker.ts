import { z } from 'zod';
import { DisplayName, Email, Id, Instant } from './common';

export const CaseworkerRole = z.enum(['lead', 'caseworker']);
export type CaseworkerRole = z.infer<typeof CaseworkerRole>;

/** A member of staff: the HIU lead or a caseworker. Never carries a password or its hash. */
export const Caseworker = z.object({
  id: Id,
  serviceId: Id,
  name: DisplayName,
  email: Email,
  role: CaseworkerRole,
  active: z.boolean(),
  createdAt: Instant,
});
export type Caseworker = z.infer<typeof Caseworker>;
