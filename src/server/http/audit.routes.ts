import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { AuditListResponse } from '#shared/schemas/api';
import { assertLead } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { listAudit } from '../db/tables/audit-log.table';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { presentAudit } from './present';
import { validate } from './validate';

/** /api/audit: the lead reads who saw and changed what, newest first. */
export function auditRoutes(deps: Runtime) {
  const { db } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('query', endpoints.service.audit.query), async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const query = c.req.valid('query');
      // Every read recorded so far is in the answer.
      await deps.auditLog.flush();
      const rows = await listAudit(db, staff.caseworker.service_id, {
        before: query.before ? new Date(query.before) : undefined,
        personId: query.personId,
        limit: query.limit,
      });
      return c.json(rows.map(presentAudit) satisfies AuditListResponse);
    });
}
