import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type Goal } from '#shared/schemas/goal';
import { audit, deviceActor } from '../audit/audit';
import { requireDevice } from '../auth/require-device';
import { loadGoal } from '../people/goals';
import { tickMilestone } from '../people/milestone-changes';
import type { Runtime } from '../runtime';
import type { DeviceEnv } from '../request-env';
import { validate } from './validate';

/**
 * /api/device/milestones/:milestoneId: the person ticks (or unticks) a milestone on their phone,
 * maybe later through the outbox. Idempotent: the first tick's time is kept and a retry changes
 * nothing. The caseworker sees it live.
 */
export function deviceGoalsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put(
      '/:milestoneId',
      validate('param', endpoints.device.tick.params),
      validate('json', endpoints.device.tick.body),
      async (c) => {
        const { serviceId, personId, deviceId } = c.get('device');
        const { milestoneId } = c.req.valid('param');
        const { done, at } = c.req.valid('json');
        const now = clock();
        const w = { serviceId, personId, by: null, now, actor: 'person' as const };
        const { goalId, changed } = await db.transaction().execute(async (trx) => {
          const result = await tickMilestone(trx, w, { milestoneId }, done, new Date(at));
          if (result.changed) {
            const actor = deviceActor(deviceId);
            await audit(
              trx,
              { serviceId, actor, action: 'milestone.tick', personId, subjectId: result.goalId },
              now,
            );
          }
          return result;
        });
        if (changed) {
          await deps.profilesChanged([personId]);
          await deps.publishAboutPerson('goal', { serviceId, personId }, false);
        }
        return c.json((await loadGoal(db, serviceId, personId, goalId)) satisfies Goal);
      },
    );
}
