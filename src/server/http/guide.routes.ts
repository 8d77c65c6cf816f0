import { Hono } from 'hono';
import { PersonParams, PutGuideRequest, type GuideResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { loadGuide, saveGuide, saveNhs111Wording } from '../people/documents';
import type { StaffEnv } from './env';
import { invalidField } from './problem';
import { validate } from './validate';

/** /api/people/:personId/guide: the person's local contacts (GP, caseworker, local services). */
export function guideRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', PersonParams), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const guide = await loadGuide(db, serviceId, person.id);
      const actor = staffActor(staff.caseworker.id);
      await audit(db, { serviceId, actor, action: 'guide.read', personId: person.id }, clock());
      return c.json(guide satisfies GuideResponse);
    })
    .put('/', validate('param', PersonParams), validate('json', PutGuideRequest), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const body = c.req.valid('json');
      // The bare list, or the list with the 111 wording (see PutGuideRequest).
      const contacts = Array.isArray(body) ? body : body.contacts;
      const at = Array.isArray(body) ? '' : 'contacts.';
      const seen = new Set<string>();
      contacts.forEach((contact, i) => {
        if (seen.has(contact.id)) {
          throw invalidField(`${at}${i}.id`, 'Two contacts have the same id.');
        }
        seen.add(contact.id);
      });
      const serviceId = person.service_id;
      const me = staff.caseworker.id;
      const now = clock();
      await db.transaction().execute(async (trx) => {
        const ctx = { serviceId, personId: person.id, by: me, now };
        await saveGuide(trx, ctx, contacts);
        if (!Array.isArray(body)) await saveNhs111Wording(trx, ctx, body.nhs111Wording || null);
        const actor = staffActor(me);
        await audit(trx, { serviceId, actor, action: 'guide.update', personId: person.id }, now);
      });
      deps.push.kick();
      await deps.profilesChanged([person.id]);
      return c.json(contacts satisfies GuideResponse);
    });
}
