import { createMiddleware } from 'hono/factory';
import { findDeviceByTokenHash, touchDevice } from '../db/tables/devices.table';
import type { AppDeps } from '../deps';
import type { LiveBus } from '../live/bus';
import type { RequestLimiter } from '../limits/request-limits';
import type { DeviceTokenCache } from './device-cache';
import type { DeviceAuth, DeviceEnv } from '../request-env';
import { ApiProblem } from '../problem';
import { sha256 } from './tokens';

const BEARER = /^Bearer ([A-Za-z0-9_-]{32,200})$/;
/** `last_seen_at` is for the console ("last used today"); minutes of staleness are fine. */
const TOUCH_AFTER_MS = 60 * 1000;

export const deviceUnknown = () =>
  new ApiProblem(
    401,
    'device_unknown',
    'This phone is not linked yet. Ask your caseworker for a code to link it.',
  );

/** What a token check may use beyond the deps: the cache, when the bus keeps it right. */
type DeviceAuthDeps = AppDeps & {
  deviceCache?: DeviceTokenCache;
  live?: LiveBus;
  limiter?: RequestLimiter;
};

/**
 * The phone behind `Authorization: Bearer <device token>`. One indexed query, no argon2: the
 * token is 256 random bits, so a sha-256 lookup is as safe and much faster. A token checked a
 * moment ago comes from the cache (no query) while the live bus is reliable.
 */
export async function authenticateDevice(
  deps: DeviceAuthDeps,
  authorization: string | undefined,
): Promise<DeviceAuth> {
  const match = BEARER.exec(authorization ?? '');
  if (!match?.[1]) throw deviceUnknown();
  const tokenHash = sha256(match[1]);
  const now = deps.clock();
  const cache = deps.deviceCache && deps.live?.reliable() ? deps.deviceCache : undefined;
  let device = cache?.get(tokenHash, now.getTime());
  if (!device) {
    const generation = cache?.generation() ?? 0;
    device = await findDeviceByTokenHash(deps.db, tokenHash);
    if (!device) throw deviceUnknown();
    cache?.set(tokenHash, device, generation, now.getTime());
  }
  if (device.revoked_at) {
    throw new ApiProblem(
      401,
      'device_revoked',
      'This phone is no longer linked. Your caseworker can link it again with a new code.',
    );
  }
  if (now.getTime() - device.last_seen_at.getTime() > TOUCH_AFTER_MS) {
    await touchDevice(deps.db, device.service_id, device.id, now);
    cache?.touched(tokenHash, now);
  }
  return {
    deviceId: device.id,
    serviceId: device.service_id,
    personId: device.person_id,
    profileVersion: device.profile_version,
  };
}

/** Phone routes: see `authenticateDevice`. */
export function requireDevice(deps: DeviceAuthDeps) {
  return createMiddleware<DeviceEnv>(async (c, next) => {
    const device = await authenticateDevice(deps, c.req.header('authorization'));
    await deps.limiter?.charge(`device:${device.deviceId}`, c);
    c.set('device', device);
    await next();
  });
}
