import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { Outcomes } from '#shared/schemas/outcomes';
import { audit, staffActor } from '../audit/audit';
import { assertLead } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { csvHeader, outcomesCsvLines } from '../outcomes/csv';
import { todayKey } from '../outcomes/periods';
import { loadCaseworkers, loadOutcomeRows, loadOutcomes } from '../outcomes/load';
import { peopleCsv } from '../outcomes/people-csv';
import { importHospitalUse } from './hospital-use.routes';
import { validate } from './validate';
import type { StaffEnv } from '../request-env';

/** /api/outcomes: the lead's dashboard figures, and the same anonymised as CSV. */
export function outcomesRoutes(deps: Runtime) {
  const { db } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const now = deps.clock();
      const outcomes = await loadOutcomes(db, staff.caseworker.service_id, now);
      c.header('cache-control', 'no-store');
      return c.json({ computedAt: now.toISOString(), ...outcomes } satisfies Outcomes);
    })
    .get('/export.csv', async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const now = deps.clock();
      const serviceId = staff.caseworker.service_id;
      const outcomes = await loadOutcomes(db, serviceId, now);
      const lines = [csvHeader(), ...outcomesCsvLines(serviceId, outcomes, now)];
      // Data leaving the service is always on the record, however often.
      const actor = staffActor(staff.caseworker.id);
      await audit(db, { serviceId, actor, action: 'outcomes.export' }, now);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="outcomes-${todayKey(now)}.csv"`);
      c.header('cache-control', 'no-store');
      return c.body(`${lines.join('\r\n')}\r\n`);
    })
    .get('/people.csv', async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const now = deps.clock();
      const serviceId = staff.caseworker.service_id;
      const rows = await loadOutcomeRows(db, serviceId, now);
      const body = peopleCsv(rows, await loadCaseworkers(db, serviceId), now);
      const actor = staffActor(staff.caseworker.id);
      await audit(db, { serviceId, actor, action: 'hospital.people-export' }, now);
      c.header('content-type', 'text/csv; charset=utf-8');
      c.header('content-disposition', `attachment; filename="people-${todayKey(now)}.csv"`);
      c.header('cache-control', 'no-store');
      return c.body(body);
    })
    .post('/hospital-import', validate('json', endpoints.hospital.import.body), async (c) => {
      const result = await importHospitalUse(deps, c.get('staff'), c.req.valid('json'));
      return c.json(result);
    });
}
