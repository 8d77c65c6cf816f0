import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { CalendarResponse } from '#shared/schemas/calendar';
import { assertLead } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { loadServiceCalendar, saveServiceCalendar } from '../calendar/service-calendar';
import { listCaseworkers } from '../db/tables/caseworkers.table';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/** /api/calendar: every member of staff reads the service calendar; the lead changes it. */
export function calendarRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', async (c) => {
      const serviceId = c.get('staff').caseworker.service_id;
      return c.json((await loadServiceCalendar(db, serviceId)) satisfies CalendarResponse);
    })
    .put('/', validate('json', endpoints.calendar.set.body), async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const serviceId = staff.caseworker.service_id;
      const now = clock();
      const body = c.req.valid('json');
      const who = { serviceId, caseworkerId: staff.caseworker.id };
      const people = await saveServiceCalendar(db, who, body, now);
      // Cached token checks and profiles of every phone, and every open console's working
      // hours, pick the new calendar up at once, on every instance.
      await deps.profilesChanged(people);
      for (const cw of await listCaseworkers(db, serviceId)) {
        await deps.staffChanged({ kind: 'caseworker-changed', caseworkerId: cw.id });
      }
      return c.json((await loadServiceCalendar(db, serviceId)) satisfies CalendarResponse);
    });
}
