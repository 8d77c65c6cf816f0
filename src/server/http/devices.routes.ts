import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type DeviceListResponse, type OkResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { lockPersonChanges, recordChange } from '../db/tables/changes.table';
import { findDevice, listDevices, revokeDevice } from '../db/tables/devices.table';
import { deleteDeviceSubscriptions } from '../db/tables/push-subscriptions.table';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { presentDevice } from './present';
import { notFound } from '../problem';
import { validate } from './validate';

/** /api/people/:personId/devices: the phones linked to a person, and unlinking a lost one. */
export function devicesRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.devices.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const rows = await listDevices(db, person.service_id, person.id);
      return c.json(rows.map(presentDevice) satisfies DeviceListResponse);
    })
    .post(
      '/:deviceId/revoke',
      validate('param', endpoints.people.revokeDevice.params),
      async (c) => {
        const staff = c.get('staff');
        const { personId, deviceId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const serviceId = person.service_id;
        const device = await findDevice(db, serviceId, person.id, deviceId);
        if (!device) throw notFound('That phone');
        if (!device.revoked_at) {
          const now = clock();
          const me = staff.caseworker.id;
          await db.transaction().execute(async (trx) => {
            await lockPersonChanges(trx, person.id);
            await revokeDevice(trx, serviceId, device.id, me, now);
            // An unlinked phone gets no more notifications.
            await deleteDeviceSubscriptions(trx, serviceId, device.id);
            const change = { personId: person.id, entity: 'device', entityId: device.id } as const;
            await recordChange(trx, serviceId, { ...change, op: 'put' }, now);
            await audit(
              trx,
              {
                serviceId,
                actor: staffActor(me),
                action: 'device.revoke',
                personId: person.id,
                subjectId: device.id,
              },
              now,
            );
          });
          await deps.deviceRevoked(device.id);
          await deps.publishLive({
            type: 'device',
            serviceId,
            personId: person.id,
            caseworkerIds: [person.caseworker_id],
            quiet: true,
          });
        }
        return c.json({ ok: true } satisfies OkResponse);
      },
    );
}
