import { z } from 'zod';
import { Id, Instant, requiredText } from './common';

/** One HIU service (a tenant): a lead, their caseworkers and the people they support. */
export const Service = z.object({
  id: Id,
  name: requiredText(120),
  createdAt: Instant,
});
export type Service = z.infer<typeof Service>;
