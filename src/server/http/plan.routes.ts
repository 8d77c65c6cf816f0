import { Hono } from 'hono';
import { PersonParams, PutPlanRequest, type PlanResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { loadPlan, savePlan } from '../people/documents';
import type { StaffEnv } from './env';
import { validate } from './validate';

/** /api/people/:personId/plan: the crisis plan a caseworker writes with the person. */
export function planRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', PersonParams), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const plan = await loadPlan(db, serviceId, person.id, person.created_at);
      const actor = staffActor(staff.caseworker.id);
      await audit(db, { serviceId, actor, action: 'plan.read', personId: person.id }, clock());
      return c.json(plan satisfies PlanResponse);
    })
    .put('/', validate('param', PersonParams), validate('json', PutPlanRequest), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const { sections } = c.req.valid('json');
      const serviceId = person.service_id;
      const me = staff.caseworker.id;
      const now = clock();
      await db.transaction().execute(async (trx) => {
        await savePlan(trx, { serviceId, personId: person.id, by: me, now }, sections);
        const actor = staffActor(me);
        await audit(trx, { serviceId, actor, action: 'plan.update', personId: person.id }, now);
      });
      deps.push.kick();
      await deps.profilesChanged([person.id]);
      return c.json({ sections, updatedAt: now.toISOString() } satisfies PlanResponse);
    });
}
