import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { endpoints } from '#shared/endpoints';
import type { OkResponse } from '#shared/schemas/api';
import { type SendMessageResponse } from '#shared/schemas/connect';
import { PHOTO_MESSAGE_MAX_BYTES } from '#shared/schemas/photo-message';
import { requireDevice } from '../auth/require-device';
import { preparePhoto } from '../photos/image';
import { notAPhoto, photoTooLarge } from '../photos/problems';
import { markRead, sendFromPerson } from '../messages/send';
import type { Runtime } from '../runtime';
import type { DeviceEnv } from '../request-env';
import { presentMessage } from './present';
import { validate } from './validate';

/** The photo message's own body limit: the photo as base64, and room for the words. */
export const PHOTO_MESSAGE_BODY_BYTES = Math.ceil(PHOTO_MESSAGE_MAX_BYTES / 3) * 4 + 16 * 1024;

const tooBig = () => photoTooLarge(PHOTO_MESSAGE_MAX_BYTES, 'Try a different photo');

/**
 * /api/device/messages: the person writes to their caseworker (words, or a photo), and reads
 * their replies.
 */
export function deviceMessagesRoutes(deps: Runtime) {
  const { clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .post('/', validate('json', endpoints.device.sendMessage.body), async (c) => {
      const { row, created } = await sendFromPerson(deps, c.get('device'), c.req.valid('json'));
      const body: SendMessageResponse = { message: presentMessage(row) };
      return c.json(body, created ? 201 : 200);
    })
    .post(
      '/photo',
      bodyLimit({
        maxSize: PHOTO_MESSAGE_BODY_BYTES,
        onError: () => {
          throw tooBig();
        },
      }),
      validate('json', endpoints.device.sendPhoto.body),
      async (c) => {
        const { id, body, photo } = c.req.valid('json');
        const bytes = new Uint8Array(Buffer.from(photo.data, 'base64'));
        if (bytes.length > PHOTO_MESSAGE_MAX_BYTES) throw tooBig();
        const checked = preparePhoto(photo.type, bytes);
        if (!checked.ok) throw notAPhoto(checked.reason);
        const sent = await sendFromPerson(deps, c.get('device'), {
          id,
          body,
          photo: { type: checked.type, bytes: checked.bytes },
        });
        const answer: SendMessageResponse = { message: presentMessage(sent.row) };
        return c.json(answer, sent.created ? 201 : 200);
      },
    )
    .post('/read', validate('json', endpoints.device.readMessages.body), async (c) => {
      const now = clock();
      const asked = c.req.valid('json').upTo;
      // Never "read" something that has not been sent yet.
      const upTo = asked && new Date(asked) < now ? new Date(asked) : now;
      await markRead(deps, c.get('device'), 'caseworker', upTo);
      return c.json({ ok: true } satisfies OkResponse);
    });
}
