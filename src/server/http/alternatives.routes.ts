import { Hono } from 'hono';
import { canBeAlternative } from '#shared/alternatives';
import { endpoints } from '#shared/endpoints';
import type { ContactsView, SupportUsed } from '#shared/schemas/contact';
import { audit, deviceActor, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireDevice } from '../auth/require-device';
import { requireStaff } from '../auth/require-staff';
import { lockPersonChanges } from '../db/tables/changes.table';
import { bumpProfileVersion } from '../db/tables/people.table';
import {
  deleteSupportUsed,
  findSupportUsed,
  insertSupportUsed,
  listContactAlternatives,
  replaceContactAlternatives,
  type SupportUsedRow,
} from '../db/tables/support-used.table';
import { loadContactsView, personGuide, presentSupportUsed } from '../people/contacts';
import { loadGuide } from '../people/documents';
import { ApiProblem, invalidField } from '../problem';
import type { DeviceEnv, StaffEnv } from '../request-env';
import type { Runtime } from '../runtime';
import { contactsChanged, phoneContactsChanged, phoneTapTime } from './contacts.routes';
import { validate } from './validate';

/**
 * /api/people/:personId/contact-alternatives: the supports from the person's own guide that
 * their contact target points to instead of the team. Any card not in their guide, or one that
 * is no alternative (999, 111, the caseworker), is refused by name.
 */
export function contactAlternativesRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .put(
      '/',
      validate('param', endpoints.contacts.setAlternatives.params),
      validate('json', endpoints.contacts.setAlternatives.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { guideContactIds } = c.req.valid('json');
        const serviceId = person.service_id;
        const guide = personGuide(await loadGuide(db, serviceId, person.id));
        const byId = new Map(guide.map((card) => [card.id.toLowerCase(), card]));
        const ids: string[] = [];
        for (const [i, raw] of guideContactIds.entries()) {
          const card = byId.get(raw.toLowerCase());
          if (!card) {
            throw invalidField(
              `guideContactIds.${i}`,
              'That support is not in this person’s Help now guide. Add it to their guide first.',
            );
          }
          if (!canBeAlternative(card)) {
            throw invalidField(
              `guideContactIds.${i}`,
              `${card.name} cannot be an alternative. Choose a local support, Samaritans or Shout.`,
            );
          }
          ids.push(card.id);
        }
        const now = clock();
        const me = staff.caseworker.id;
        await db.transaction().execute(async (trx) => {
          await lockPersonChanges(trx, person.id);
          await replaceContactAlternatives(trx, {
            serviceId,
            personId: person.id,
            ids,
            by: me,
            now,
          });
          await bumpProfileVersion(trx, serviceId, person.id);
          await audit(
            trx,
            {
              serviceId,
              actor: staffActor(me),
              action: 'contact-alternatives.update',
              personId: person.id,
            },
            now,
          );
        });
        await contactsChanged(deps, {
          serviceId,
          personId: person.id,
          caseworkerId: person.caseworker_id,
        });
        const view = await loadContactsView(db, serviceId, person.id, now);
        return c.json(view satisfies ContactsView);
      },
    );
}

const supportIdTaken = () =>
  new ApiProblem(409, 'id_taken', 'That id is already used. Send it with a new id.');

/**
 * /api/device/support-used/:supportId: "I went to the drop-in", logged with one tap on the
 * phone, idempotent on the id the phone made (its outbox may send it again), or taken back.
 * It is support used, never a contact: it goes in its own table.
 */
export function deviceSupportUsedRoutes(deps: Runtime) {
  const { db, clock } = deps;

  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put(
      '/:supportId',
      validate('param', endpoints.device.logSupport.params),
      validate('json', endpoints.device.logSupport.body),
      async (c) => {
        const device = c.get('device');
        const { serviceId, personId, deviceId } = device;
        const { supportId } = c.req.valid('param');
        const input = c.req.valid('json');
        const now = clock();
        const at = phoneTapTime(input.at, now);
        const stored = await findSupportUsed(db, serviceId, personId, supportId);
        if (stored) return c.json(presentSupportUsed(stored) satisfies SupportUsed);
        // Only a support the target names: a card taken out since the tap was queued is refused
        // kindly (the phone shows why) rather than stored against a card no one can see.
        const [alternatives, local] = await Promise.all([
          listContactAlternatives(db, serviceId, personId),
          loadGuide(db, serviceId, personId),
        ]);
        const wanted = input.guideContactId.toLowerCase();
        const card = personGuide(local).find((g) => g.id.toLowerCase() === wanted);
        if (!card || !alternatives.some((id) => id.toLowerCase() === wanted)) {
          throw invalidField('guideContactId', 'That support is no longer on your list.');
        }
        const row: SupportUsedRow = {
          id: supportId,
          service_id: serviceId,
          person_id: personId,
          guide_contact_id: card.id,
          kind: input.kind,
          name: card.name,
          at,
          created_at: now,
        };
        const made = await db.transaction().execute(async (trx) => {
          if (!(await insertSupportUsed(trx, row))) return false;
          await bumpProfileVersion(trx, serviceId, personId);
          await audit(
            trx,
            {
              serviceId,
              actor: deviceActor(deviceId),
              action: 'support-used.log',
              personId,
              subjectId: supportId,
            },
            now,
          );
          return true;
        });
        if (!made) {
          // Two sends at once: the other one won. Anyone else's id is a clash.
          const again = await findSupportUsed(db, serviceId, personId, supportId);
          if (!again) throw supportIdTaken();
          return c.json(presentSupportUsed(again) satisfies SupportUsed);
        }
        await phoneContactsChanged(deps, device);
        return c.json(presentSupportUsed(row) satisfies SupportUsed);
      },
    )
    .delete('/:supportId', validate('param', endpoints.device.undoSupport.params), async (c) => {
      const device = c.get('device');
      const { serviceId, personId, deviceId } = device;
      const { supportId } = c.req.valid('param');
      const now = clock();
      const deleted = await db.transaction().execute(async (trx) => {
        if (!(await deleteSupportUsed(trx, serviceId, personId, supportId))) return false;
        await bumpProfileVersion(trx, serviceId, personId);
        await audit(
          trx,
          {
            serviceId,
            actor: deviceActor(deviceId),
            action: 'support-used.delete',
            personId,
            subjectId: supportId,
          },
          now,
        );
        return true;
      });
      // Already gone (a retry, or a tap that never arrived) is fine.
      if (deleted) await phoneContactsChanged(deps, device);
      return c.body(null, 204);
    });
}
