import { createMiddleware } from 'hono/factory';
import type { Runtime } from '../runtime';
import type { CallerEnv } from '../request-env';
import { authenticateDevice } from './require-device';
import { answerSignedOut, authenticateStaff } from './require-staff';

/**
 * Routes open to both faces: a phone (Authorization: Bearer) or a member of staff (the session
 * cookie). A request with a bearer token is taken as a phone's and checked as one.
 */
export function requireStaffOrDevice(deps: Runtime) {
  return createMiddleware<CallerEnv>(async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const device = await authenticateDevice(deps, authorization);
      await deps.limiter.charge(`device:${device.deviceId}`, c);
      c.set('caller', { kind: 'device', serviceId: device.serviceId, device });
    } else {
      try {
        const staff = await authenticateStaff(deps, c);
        await deps.limiter.charge(`session:${staff.session.id}`, c);
        c.set('caller', { kind: 'staff', serviceId: staff.caseworker.service_id, staff });
      } catch (error) {
        const answer = answerSignedOut(deps, c, error);
        if (answer) return answer;
        throw error;
      }
    }
    await next();
  });
}
