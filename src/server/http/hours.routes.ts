import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type HoursResponse } from '#shared/schemas/api';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { loadHours, saveHours } from '../people/documents';
import type { StaffEnv } from '../request-env';
import { readPersonDocument, writePersonDocument } from './person-documents';
import { validate } from './validate';

/** /api/people/:personId/hours: when the person may contact their caseworker. */
export function hoursRoutes(deps: Runtime) {
  const { db } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.hours.params), async (c) => {
      const { personId } = c.req.valid('param');
      const hours = await readPersonDocument(deps, c.get('staff'), personId, 'hours', (person) =>
        loadHours(db, person.service_id, person.id),
      );
      return c.json(hours satisfies HoursResponse);
    })
    .put(
      '/',
      validate('param', endpoints.people.setHours.params),
      validate('json', endpoints.people.setHours.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const hours = c.req.valid('json');
        await writePersonDocument(deps, staff, person, 'hours', (trx, ctx) =>
          saveHours(trx, ctx, hours),
        );
        return c.json(hours satisfies HoursResponse);
      },
    );
}
