import { Hono } from 'hono';
import { PersonParams, PutHoursRequest, type HoursResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { loadHours, saveHours } from '../people/documents';
import type { StaffEnv } from './env';
import { validate } from './validate';

/** /api/people/:personId/hours: when the person may contact their caseworker. */
export function hoursRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', PersonParams), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const hours = await loadHours(db, serviceId, person.id);
      const actor = staffActor(staff.caseworker.id);
      await audit(db, { serviceId, actor, action: 'hours.read', personId: person.id }, clock());
      return c.json(hours satisfies HoursResponse);
    })
    .put('/', validate('param', PersonParams), validate('json', PutHoursRequest), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const hours = c.req.valid('json');
      const serviceId = person.service_id;
      const me = staff.caseworker.id;
      const now = clock();
      await db.transaction().execute(async (trx) => {
        await saveHours(trx, { serviceId, personId: person.id, by: me, now }, hours);
        const actor = staffActor(me);
        await audit(trx, { serviceId, actor, action: 'hours.update', personId: person.id }, now);
      });
      deps.push.kick();
      await deps.profilesChanged([person.id]);
      return c.json(hours satisfies HoursResponse);
    });
}
