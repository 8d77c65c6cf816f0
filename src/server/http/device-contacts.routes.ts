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
import { bumpProfileVersion, findPersonCaseworkerId } from '../db/tables/people.table';
import { presentContactEvent } from '../people/contacts';
import type { Runtime } from '../runtime';
import { CONTACT_MAX_AGE_MS, contactIdTaken, contactsChanged } from './contacts.routes';
import type { DeviceEnv } from '../request-env';
import { invalidField, notFound } from '../problem';
import { validate } from './validate';

/**
 * /api/device/contacts/:contactId: the person logs a contact with one tap ("I called Sam"),
 * idempotent on the id the phone made (its outbox may send it again), or takes a mistaken tap
 * back (DELETE; only their own taps).
 */
export function deviceContactsRoutes(deps: Runtime) {
  const { db, clock } = deps;

  async function changed(device: { serviceId: string; personId: string }) {
    const caseworkerId = await findPersonCaseworkerId(db, device.serviceId, device.personId);
    await contactsChanged(deps, { ...device, caseworkerId });
  }

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
        const sent = new Date(input.at);
        if (sent.getTime() < now.getTime() - CONTACT_MAX_AGE_MS) {
          throw invalidField('at', 'That is more than a year ago. Please check the date.');
        }
        // A phone's clock can run fast; a tap is never counted in the future.
        const at = sent.getTime() > now.getTime() ? now : sent;
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
        await changed(device);
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
      await changed(device);
      return c.body(null, 204);
    });
}
