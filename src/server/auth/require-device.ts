import { createMiddleware } from 'hono/factory';
import { findDeviceByTokenHash, touchDevice } from '../db/tables/devices.table';
import type { AppDeps } from '../deps';
import type { DeviceEnv } from '../http/env';
import { ApiProblem } from '../http/problem';
import { sha256 } from './tokens';

const BEARER = /^Bearer ([A-Za-z0-9_-]{32,200})$/;
/** `last_seen_at` is for the console ("last used today"); minutes of staleness are fine. */
const TOUCH_AFTER_MS = 5 * 60 * 1000;

export const deviceUnknown = () =>
  new ApiProblem(
    401,
    'device_unknown',
    'This phone is not linked yet. Ask your caseworker for a code to link it.',
  );

/**
 * Phone routes: `Authorization: Bearer <device token>`. One indexed query, no argon2: the
 * token is 256 random bits, so a sha-256 lookup is as safe and much faster.
 */
export function requireDevice(deps: AppDeps) {
  return createMiddleware<DeviceEnv>(async (c, next) => {
    const match = BEARER.exec(c.req.header('authorization') ?? '');
    if (!match?.[1]) throw deviceUnknown();
    const device = await findDeviceByTokenHash(deps.db, sha256(match[1]));
    if (!device) throw deviceUnknown();
    if (device.revoked_at) {
      throw new ApiProblem(
        401,
        'device_revoked',
        'This phone is no longer linked. Your caseworker can link it again with a new code.',
      );
    }
    const now = deps.clock();
    if (now.getTime() - device.last_seen_at.getTime() > TOUCH_AFTER_MS) {
      await touchDevice(deps.db, device.service_id, device.id, now);
    }
    c.set('device', {
      deviceId: device.id,
      serviceId: device.service_id,
      personId: device.person_id,
      profileVersion: device.profile_version,
    });
    await next();
  });
}
