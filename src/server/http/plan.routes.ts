import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type PlanResponse } from '#shared/schemas/api';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { loadPlan, savePlan } from '../people/documents';
import type { StaffEnv } from '../request-env';
import { readPersonDocument, writePersonDocument } from './person-documents';
import { validate } from './validate';

/** /api/people/:personId/plan: the crisis plan a caseworker writes with the person. */
export function planRoutes(deps: Runtime) {
  const { db } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.plan.params), async (c) => {
      const { personId } = c.req.valid('param');
      const plan = await readPersonDocument(deps, c.get('staff'), personId, 'plan', (person) =>
        loadPlan(db, person.service_id, person.id, person.created_at),
      );
      return c.json(plan satisfies PlanResponse);
    })
    .put(
      '/',
      validate('param', endpoints.people.setPlan.params),
      validate('json', endpoints.people.setPlan.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { sections } = c.req.valid('json');
        const now = await writePersonDocument(deps, staff, person, 'plan', (trx, ctx) =>
          savePlan(trx, ctx, sections),
        );
        return c.json({ sections, updatedAt: now.toISOString() } satisfies PlanResponse);
      },
    );
}
