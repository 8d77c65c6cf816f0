import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { OkResponse } from '#shared/schemas/api';
import { requireDevice } from '../auth/require-device';
import {
  deleteDeviceSubscriptions,
  upsertPushSubscription,
} from '../db/tables/push-subscriptions.table';
import type { Runtime } from '../runtime';
import type { DeviceEnv } from '../request-env';
import { ApiProblem, invalidField } from '../problem';
import { fieldMessages, validate } from './validate';

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * Where a push may be sent, whatever PUBLIC_URL is: only to an https push service by name,
 * never to plain http, an IP address or a local name, so a phone cannot make the server post
 * into our own network. With PUSH_ALLOW_LOOPBACK (tests, local runs) a push service on this
 * machine is allowed too. The transport checks the addresses again when it connects.
 */
export function pushEndpointProblem(
  endpoint: string,
  options: { allowLoopback: boolean },
): string | undefined {
  const url = new URL(endpoint);
  const host = url.hostname.toLowerCase();
  if (options.allowLoopback && LOOPBACK_HOST.test(host) && /^https?:$/.test(url.protocol)) {
    return undefined;
  }
  if (url.protocol !== 'https:') return 'Push services are reached over https.';
  const local = host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local');
  if (local || host.startsWith('[') || /^[\d.]+$/.test(host) || !host.includes('.')) {
    return 'That is not the address of a push service.';
  }
  return undefined;
}

/**
 * /api/device/push-subscription: the phone's Web Push subscription. PUT keeps it (by endpoint);
 * DELETE with a subscription removes that one, with no body every one of this phone's.
 */
export function pushSubscriptionRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put('/', validate('json', endpoints.device.pushOn.body), async (c) => {
      const { serviceId, personId, deviceId } = c.get('device');
      const sub = c.req.valid('json');
      const problem = pushEndpointProblem(sub.endpoint, {
        allowLoopback: deps.config.pushAllowLoopback,
      });
      if (problem) throw invalidField('endpoint', problem);
      await upsertPushSubscription(
        db,
        {
          id: randomUUID(),
          service_id: serviceId,
          person_id: personId,
          device_id: deviceId,
          endpoint: sub.endpoint,
          p256dh: sub.keys.p256dh,
          auth: sub.keys.auth,
        },
        clock(),
      );
      return c.json({ ok: true } satisfies OkResponse);
    })
    .delete('/', async (c) => {
      const { serviceId, deviceId } = c.get('device');
      const text = await c.req.text();
      let endpoint: string | undefined;
      if (text.trim() !== '') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new ApiProblem(400, 'invalid_json', 'That could not be read. Send it as JSON.');
        }
        const sub = endpoints.device.pushOff.body.safeParse(parsed);
        if (!sub.success) {
          const message = 'Please check the details you sent.';
          throw new ApiProblem(400, 'invalid_input', message, fieldMessages(sub.error));
        }
        endpoint = sub.data?.endpoint;
      }
      await deleteDeviceSubscriptions(db, serviceId, deviceId, endpoint);
      return c.body(null, 204);
    });
}
