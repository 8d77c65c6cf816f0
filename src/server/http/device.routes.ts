import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { createMiddleware } from 'hono/factory';
import { type DeviceProfile, type PairResponse } from '#shared/schemas/api';
import { redeemPairingCode } from '../auth/pairing';
import { requireDevice, deviceUnknown } from '../auth/require-device';
import {
  assertNotThrottled,
  PAIRING_PER_ADDRESS,
  recordFailure,
  throttleKey,
} from '../auth/throttle';
import { loadDeviceProfile } from '../people/profile';
import { cachedProfile } from '../people/profile-cache';
import type { Runtime } from '../runtime';
import { clientAddress } from './client-address';
import type { AppEnv, DeviceEnv } from './env';
import { ApiProblem } from './problem';
import { validate } from './validate';

/** /api/device: what a phone calls. Pairing is open (rate-limited); the rest needs its token. */
export function deviceRoutes(deps: Runtime) {
  const { db, clock, config } = deps;

  // Checked before the body is even read, so a locked-out address costs us one query.
  const pairingThrottle = createMiddleware<AppEnv>(async (c, next) => {
    await assertNotThrottled(db, [throttleKey('pair-address', clientAddress(c, config))], clock());
    await next();
  });

  const pair = new Hono<AppEnv>().post(
    '/',
    pairingThrottle,
    validate('json', endpoints.device.pair.body),
    async (c) => {
      const now = clock();
      const result = await redeemPairingCode(db, c.req.valid('json').code, now);
      if (result.kind === 'unknown') {
        const key = throttleKey('pair-address', clientAddress(c, config));
        await recordFailure(db, key, PAIRING_PER_ADDRESS, now);
        throw new ApiProblem(
          400,
          'pairing_code_unknown',
          'We could not find that code. Check each letter and try again.',
          {
            code: 'We could not find that code.',
          },
        );
      }
      const profile = await loadDeviceProfile(db, result.serviceId, result.personId, now);
      if (!profile) throw deviceUnknown();
      const { serviceId, personId } = result;
      await deps.publishAboutPerson('device', { serviceId, personId }, true);
      const body: PairResponse = { token: result.token, deviceId: result.deviceId, profile };
      return c.json(body, 201);
    },
  );

  // The hottest read a phone makes: one query (the token check) when the profile is cached.
  const profile = new Hono<DeviceEnv>().use(requireDevice(deps)).get('/', async (c) => {
    const device = c.get('device');
    const load = () => loadDeviceProfile(db, device.serviceId, device.personId, clock());
    const body = await cachedProfile(deps.profiles, load, device, clock());
    if (!body) throw deviceUnknown();
    return c.json(body satisfies DeviceProfile);
  });

  return new Hono<AppEnv>().route('/pair', pair).route('/profile', profile);
}
