import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type ContactEvent } from '#shared/schemas/contact';
import { audit, deviceActor } from '../audit/audit';
import { requireDevice } from '../auth/require-device';
import {
  deleteContactEvent,
  findContactEvent,
  insertContactEvent,
  type ContactEventRow,
} from '../db/tables/contacts.table';
import { bumpProfileVersion } from '../db/tables/people.table';
import { presentContactEvent } from '../people/contacts';
import type { Runtime } from '../runtime';
import { contactIdTaken, phoneContactsChanged, phoneTapTime } from './contacts.routes';
import type { DeviceEnv } from '../request-env';
import { notFound } from '../problem';
import { validate } from './validate';

/**
 * /api/device/contacts/:contactId: the person logs a contact with one tap ("I called Sam"),
 * idempotent on the id the phone made (its outbox may send it again), or takes a mistaken tap
 * back (DELETE; only their own taps).
 */
export function deviceContactsRoutes(deps: Runtime) {
  const { db, clock } = deps;

  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put(
      '/:contactId',
      validate('param', endpoints.device.logContact.params),
      validate('json', endpoints.device.logContact.body),
      async (c) => {
        const device = c.get('device');
        const { serviceId, personId, deviceId } = device;
        const { contactId } = c.req.valid('param');
        const input = c.req.valid('json');
        const now = clock();
        const at = phoneTapTime(input.at, now);
        const row: ContactEventRow = {
          id: contactId,
          service_id: serviceId,
          person_id: personId,
          at,
          kind: input.kind,
          source: 'person',
          recorded_by: null,
          created_at: now,
        };
        const made = await db.transaction().execute(async (trx) => {
          if (!(await insertContactEvent(trx, row))) return false;
          await bumpProfileVersion(trx, serviceId, personId);
          const actor = deviceActor(deviceId);
          await audit(
            trx,
            { serviceId, actor, action: 'contact.log', personId, subjectId: contactId },
            now,
          );
          return true;
        });
        if (!made) {
          const stored = await findContactEvent(db, serviceId, personId, contactId);
          if (stored?.source !== 'person') throw contactIdTaken();
          return c.json(presentContactEvent(stored) satisfies ContactEvent);
        }
        await phoneContactsChanged(deps, device);
        return c.json(presentContactEvent(row) satisfies ContactEvent);
      },
    )
    .delete('/:contactId', validate('param', endpoints.device.undoContact.params), async (c) => {
      const device = c.get('device');
      const { serviceId, personId, deviceId } = device;
      const { contactId } = c.req.valid('param');
      const now = clock();
      const deleted = await db.transaction().execute(async (trx) => {
        if (!(await deleteContactEvent(trx, serviceId, personId, contactId, 'person'))) {
          return false;
        }
        await bumpProfileVersion(trx, serviceId, personId);
        const actor = deviceActor(deviceId);
        await audit(
          trx,
          { serviceId, actor, action: 'contact.delete', personId, subjectId: contactId },
          now,
        );
        return true;
      });
      if (!deleted) {
        // Already gone (a retry) is fine; a contact the app or the caseworker counted stays.
        if (await findContactEvent(db, serviceId, personId, contactId)) {
          throw notFound('That contact');
        }
        return c.body(null, 204);
      }
      await phoneContactsChanged(deps, device);
      return c.body(null, 204);
    });
}
