import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { OkResponse } from '#shared/schemas/api';
import { type SendMessageResponse } from '#shared/schemas/connect';
import { requireDevice } from '../auth/require-device';
import { markRead, sendFromPerson } from '../messages/send';
import type { Runtime } from '../runtime';
import type { DeviceEnv } from '../request-env';
import { presentMessage } from './present';
import { validate } from './validate';

/** /api/device/messages: the person writes to their caseworker, and reads their replies. */
export function deviceMessagesRoutes(deps: Runtime) {
  const { clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .post('/', validate('json', endpoints.device.sendMessage.body), async (c) => {
      const { row, created } = await sendFromPerson(deps, c.get('device'), c.req.valid('json'));
      const body: SendMessageResponse = { message: presentMessage(row) };
      return c.json(body, created ? 201 : 200);
    })
    .post('/read', validate('json', endpoints.device.readMessages.body), async (c) => {
      const now = clock();
      const asked = c.req.valid('json').upTo;
      // Never "read" something that has not been sent yet.
      const upTo = asked && new Date(asked) < now ? new Date(asked) : now;
      await markRead(deps, c.get('device'), 'caseworker', upTo);
      return c.json({ ok: true } satisfies OkResponse);
    });
}
