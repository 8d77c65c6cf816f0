import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type Goal, type GoalList } from '#shared/schemas/goal';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Staff } from '../auth/sessions';
import type { Db } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { PersonSummaryRow } from '../db/tables/people.table';
import { changeGoal, createGoal } from '../people/goal-changes';
import { loadGoal, loadGoals, type GoalWrite } from '../people/goals';
import { encourage, tickMilestone } from '../people/milestone-changes';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { ApiProblem } from '../problem';
import { validate } from './validate';

/** A transaction; the same new id written twice at once (a double click) is a 409, not a 500. */
async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ApiProblem(409, 'conflict', 'That was changed at the same time. Please try again.');
  }
}

/**
 * A member of staff changes a person's goals: the change (with its history line, sync record
 * and push) and its audit row in one transaction; then, if anything changed, the push worker,
 * every server's profile cache and the consoles are told. Answers the goal as it now is.
 */
async function staffGoalWrite(
  deps: Runtime,
  staff: Staff,
  person: PersonSummaryRow,
  action: string,
  write: (trx: Db, w: GoalWrite) => Promise<{ goalId: string; changed: boolean }>,
): Promise<Goal> {
  const me = staff.caseworker.id;
  const serviceId = person.service_id;
  const w: GoalWrite = {
    serviceId,
    personId: person.id,
    by: me,
    now: deps.clock(),
    actor: 'caseworker',
  };
  const { goalId, changed } = await inTransaction(deps.db, async (trx) => {
    const result = await write(trx, w);
    if (result.changed) {
      const event = {
        serviceId,
        actor: staffActor(me),
        action,
        personId: person.id,
        subjectId: result.goalId,
      };
      await audit(trx, event, w.now);
    }
    return result;
  });
  if (changed) {
    deps.push.kick();
    await deps.profilesChanged([person.id]);
    await deps.publishLive({
      type: 'goal',
      serviceId,
      personId: person.id,
      caseworkerIds: [person.caseworker_id],
      quiet: true,
    });
  }
  return loadGoal(deps.db, serviceId, person.id, goalId);
}

/**
 * /api/people/:personId/goals: the goals a caseworker sets with the person, their milestones
 * (ticked by either of them) and notes of encouragement. Reads are audited.
 */
export function goalsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.goals.list.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const goals = await loadGoals(db, serviceId, person.id);
      const actor = staffActor(staff.caseworker.id);
      deps.auditLog.read({ serviceId, actor, action: 'goals.list', personId: person.id }, clock());
      return c.json(goals satisfies GoalList);
    })
    .post(
      '/',
      validate('param', endpoints.goals.create.params),
      validate('json', endpoints.goals.create.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const input = c.req.valid('json');
        const goal = await staffGoalWrite(deps, staff, person, 'goal.create', async (trx, w) => {
          const { goalId, created } = await createGoal(trx, w, input);
          return { goalId, changed: created };
        });
        return c.json(goal satisfies Goal, 201);
      },
    )
    .put(
      '/:goalId',
      validate('param', endpoints.goals.change.params),
      validate('json', endpoints.goals.change.body),
      async (c) => {
        const staff = c.get('staff');
        const { personId, goalId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const input = c.req.valid('json');
        const goal = await staffGoalWrite(deps, staff, person, 'goal.update', async (trx, w) => ({
          goalId,
          changed: await changeGoal(trx, w, goalId, input),
        }));
        return c.json(goal satisfies Goal);
      },
    )
    .put(
      '/:goalId/milestones/:milestoneId',
      validate('param', endpoints.goals.tick.params),
      validate('json', endpoints.goals.tick.body),
      async (c) => {
        const staff = c.get('staff');
        const { personId, goalId, milestoneId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const { done, at } = c.req.valid('json');
        const goal = await staffGoalWrite(deps, staff, person, 'milestone.tick', (trx, w) =>
          tickMilestone(trx, w, { goalId, milestoneId }, done, new Date(at)),
        );
        return c.json(goal satisfies Goal);
      },
    )
    .post(
      '/:goalId/milestones/:milestoneId/encouragement',
      validate('param', endpoints.goals.encourage.params),
      validate('json', endpoints.goals.encourage.body),
      async (c) => {
        const staff = c.get('staff');
        const { personId, goalId, milestoneId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const note = { text: c.req.valid('json').text, byName: staff.caseworker.name };
        const goal = await staffGoalWrite(deps, staff, person, 'goal.encourage', async (trx, w) => {
          const changed = await encourage(trx, w, { goalId, milestoneId }, note);
          return { goalId, changed };
        });
        return c.json(goal satisfies Goal);
      },
    );
}
