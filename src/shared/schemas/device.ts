import { z } from 'zod';
import { Id, Instant, text } from './common';

/** A phone linked to a person by a pairing code. The token itself is never in here. */
export const Device = z.object({
  id: Id,
  personId: Id,
  label: text(80).optional(),
  pairedAt: Instant,
  lastSeenAt: Instant.nullable(),
  revokedAt: Instant.nullable(),
});
export type Device = z.infer<typeof Device>;

/** The bearer token a paired phone sends: opaque, URL-safe. */
export const DeviceToken = z
  .string()
  .min(32)
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);
export type DeviceToken = z.infer<typeof DeviceToken>;
