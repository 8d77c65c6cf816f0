import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { Routine } from '#shared/schemas/routine';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { loadRoutine, saveRoutine } from '../people/documents';
import type { StaffEnv } from '../request-env';
import type { Runtime } from '../runtime';
import { readPersonDocument, writePersonDocument } from './person-documents';
import { validate } from './validate';

/** /api/people/:personId/routine: the daily routine a caseworker writes with the person. */
export function routineRoutes(deps: Runtime) {
  const { db } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.routine.params), async (c) => {
      const { personId } = c.req.valid('param');
      const routine = await readPersonDocument(deps, c.get('staff'), personId, 'routine', (p) =>
        loadRoutine(db, p.service_id, p.id),
      );
      return c.json(routine satisfies Routine);
    })
    .put(
      '/',
      validate('param', endpoints.people.setRoutine.params),
      validate('json', endpoints.people.setRoutine.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const parts = c.req.valid('json');
        const now = await writePersonDocument(deps, staff, person, 'routine', (trx, ctx) =>
          saveRoutine(trx, ctx, parts),
        );
        return c.json({ ...parts, updatedAt: now.toISOString() } satisfies Routine);
      },
    );
}
