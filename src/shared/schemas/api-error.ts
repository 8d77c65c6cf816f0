import { z } from 'zod';

/** Every API error: a stable machine `error` code, plain words, and per-field problems. */
export const ApiError = z.object({
  error: z
    .string()
    .max(64)
    .regex(/^[a-z0-9_]+$/),
  message: z.string().max(500),
  fields: z.record(z.string().max(100), z.string().max(300)).optional(),
});
export type ApiError = z.infer<typeof ApiError>;
