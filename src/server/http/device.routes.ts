import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { createMiddleware } from 'hono/factory';
import { type PairResponse } from '#shared/schemas/api';
import { redeemPairingCode } from '../auth/pairing';
import { requireDevice, deviceUnknown } from '../auth/require-device';
import {
  assertNotThrottled,
  giveBackAttempts,
  PAIRING_PER_ADDRESS,
  takeAttempts,
  throttleKey,
} from '../auth/throttle';
import { loadDeviceProfile } from '../people/profile';
import { cachedProfileJson } from '../people/profile-cache';
import type { Runtime } from '../runtime';
import { clientAddress } from './client-address';
import type { AppEnv, DeviceEnv } from '../request-env';
import { ApiProblem } from '../problem';
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
      // Taken before the code is looked up, so codes sent all at once are counted too.
      const attempt = {
        key: throttleKey('pair-address', clientAddress(c, config)),
        rule: PAIRING_PER_ADDRESS,
      };
      await takeAttempts(db, [attempt], now);
      let result;
      try {
        result = await redeemPairingCode(db, c.req.valid('json').code, now);
      } catch (error) {
        // A used or expired code is a real code, not a guess.
        await giveBackAttempts(db, [attempt]);
        throw error;
      }
      if (result.kind === 'unknown') {
        throw new ApiProblem(
          400,
          'pairing_code_unknown',
          'We could not find that code. Check each letter and try again.',
          {
            code: 'We could not find that code.',
          },
        );
      }
      await giveBackAttempts(db, [attempt]);
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
    const body = await cachedProfileJson(deps.profiles, load, device, clock());
    if (!body) throw deviceUnknown();
    return c.body(body, 200, { 'content-type': 'application/json' });
  });

  return new Hono<AppEnv>().route('/pair', pair).route('/profile', profile);
}
