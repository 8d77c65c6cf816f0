import { z } from 'zod';
import { Id } from './common';

/**
 * A photo the person sends their caseworker. The phone makes it smaller (at most
 * `PHOTO_LONGEST_SIDE` pixels a side) and draws it afresh, which leaves the camera's metadata
 * (EXIF, where it was taken) behind; the server checks its type by its bytes and strips again.
 */
export const PHOTO_MESSAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMessageType = (typeof PHOTO_MESSAGE_TYPES)[number];

/** The longest side of a photo once the phone has made it smaller. */
export const PHOTO_LONGEST_SIDE = 1600;

/** The most a photo may be once made smaller (the bytes, before base64). */
export const PHOTO_MESSAGE_MAX_BYTES = 1024 * 1024;

/** The most a photo may be as chosen, before it is made smaller: bigger ones are not opened. */
export const PHOTO_ORIGINAL_MAX_BYTES = 30 * 1024 * 1024;

/** Base64 of `PHOTO_MESSAGE_MAX_BYTES` bytes, padded. */
const MAX_BASE64 = Math.ceil(PHOTO_MESSAGE_MAX_BYTES / 3) * 4;

/**
 * POST /api/device/messages/photo: a photo message, with words under it if the person wrote
 * any. The photo travels as base64 in JSON so the phone's outbox keeps it (and seals it under
 * the lock) like any other send; the same `id` twice is one message.
 */
export const SendPhotoRequest = z.strictObject({
  id: Id,
  body: z.string().trim().max(2000),
  photo: z.strictObject({
    type: z.enum(PHOTO_MESSAGE_TYPES),
    data: z
      .string()
      .min(4)
      .max(MAX_BASE64, 'That photo is too big.')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'Send the photo as base64.'),
  }),
});
export type SendPhotoRequest = z.infer<typeof SendPhotoRequest>;

/** GET /api/people/:personId/messages/:messageId/photo */
export const PersonMessageParams = z.object({ personId: Id, messageId: Id });
