import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { OkResponse } from '#shared/schemas/api';
import type { Leave, LeaveList } from '#shared/schemas/leave';
import { requireStaff } from '../auth/require-staff';
import { londonDate } from '#shared/london';
import { listCaseworkers } from '../db/tables/caseworkers.table';
import { listTeamAway } from '../db/tables/leave.table';
import { changeLeave } from '../leave/change';
import { listLeave, removeLeave, saveLeave } from '../leave/leave';
import { notFound } from '../problem';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/** /api/leave: leave and cover. Each change reaches the away caseworker's people's phones. */
export function leaveRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', async (c) => {
      const staff = c.get('staff');
      const leave = await listLeave(db, staff);
      const serviceId = staff.caseworker.service_id;
      const team = (await listCaseworkers(db, serviceId))
        .filter((cw) => cw.active)
        .map((cw) => ({ caseworkerId: cw.id, name: cw.name }));
      const away = (await listTeamAway(db, serviceId, londonDate(staff.at))).map((r) => ({
        leaveId: r.id,
        caseworkerId: r.caseworker_id,
        firstDay: r.first_day,
        lastDay: r.last_day,
      }));
      return c.json({ leave, team, away } satisfies LeaveList);
    })
    .put(
      '/:leaveId',
      validate('param', endpoints.leave.save.params),
      validate('json', endpoints.leave.save.body),
      async (c) => {
        const staff = c.get('staff');
        const { leaveId } = c.req.valid('param');
        const people = await saveLeave(db, staff, leaveId, c.req.valid('json'), clock());
        await deps.caseloadChanged(staff.caseworker.service_id);
        await deps.profilesChanged(people);
        const saved = (await listLeave(db, staff)).find((l) => l.id === leaveId);
        if (!saved) throw notFound('That leave');
        return c.json(saved satisfies Leave);
      },
    )
    .patch(
      '/:leaveId',
      validate('param', endpoints.leave.change.params),
      validate('json', endpoints.leave.change.body),
      async (c) => {
        const staff = c.get('staff');
        const { leaveId } = c.req.valid('param');
        const people = await changeLeave(db, staff, leaveId, c.req.valid('json'), clock());
        await deps.caseloadChanged(staff.caseworker.service_id);
        await deps.profilesChanged(people);
        const saved = (await listLeave(db, staff)).find((l) => l.id === leaveId);
        if (!saved) throw notFound('That leave');
        return c.json(saved satisfies Leave);
      },
    )
    .delete('/:leaveId', validate('param', endpoints.leave.remove.params), async (c) => {
      const staff = c.get('staff');
      const people = await removeLeave(db, staff, c.req.valid('param').leaveId, clock());
      await deps.caseloadChanged(staff.caseworker.service_id);
      await deps.profilesChanged(people);
      return c.json({ ok: true } satisfies OkResponse);
    });
}
