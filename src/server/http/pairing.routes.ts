import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type PairingCodeResponse } from '#shared/schemas/api';
import { loadPersonForStaff } from '../auth/access';
import { issuePairingCode, pairingQrSvg, pairingUrl } from '../auth/pairing';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/** /api/people/:personId/pairing-codes: a code (and QR) to link the person's phone. */
export function pairingRoutes(deps: Runtime) {
  const { db, clock, config } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .post('/', validate('param', endpoints.people.createPairingCode.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const { code, expiresAt } = await issuePairingCode(db, {
        serviceId: person.service_id,
        personId: person.id,
        issuedBy: staff.caseworker.id,
        now: clock(),
      });
      const origin = config.publicUrl ?? new URL(c.req.url).origin;
      const body: PairingCodeResponse = {
        code,
        expiresAt: expiresAt.toISOString(),
        qrSvg: await pairingQrSvg(pairingUrl(origin, code)),
      };
      return c.json(body, 201);
    });
}
