import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { OkResponse } from '#shared/schemas/api';
import { TriageKind, type TriageResponse } from '#shared/schemas/triage';
import { coveredPeopleIds, loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { audit, staffActor } from '../audit/audit';
import { markTriageDone } from '../db/tables/triage.table';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { collectTriage } from '../triage/collect';
import { validate } from './validate';

const KIND_WORDS: Record<TriageKind, string> = {
  'urgent-care': 'urgent care they told us about',
  message: 'new messages',
  'shared-entry': 'shared journal entries',
  'check-in': 'a check-in',
  milestone: 'a milestone',
  review: 'a review due',
  quiet: 'not heard from in a while',
};

/** /api/triage: what needs this member of staff today, and marking a row done. */
export function triageRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('query', endpoints.triage.list.query), async (c) => {
      const staff = c.get('staff');
      const { caseworker } = staff;
      const serviceId = caseworker.service_id;
      const now = clock();
      const covered = await coveredPeopleIds(db, staff);
      const answer = await collectTriage(
        db,
        { id: caseworker.id, serviceId, lead: caseworker.role === 'lead', covered },
        c.req.valid('query').quietDays,
        now,
      );
      deps.auditLog.read(
        { serviceId, actor: staffActor(caseworker.id), action: 'triage.list' },
        now,
      );
      return c.json(answer satisfies TriageResponse);
    })
    .post('/done', validate('json', endpoints.triage.done.body), async (c) => {
      const staff = c.get('staff');
      const { key, personId } = c.req.valid('json');
      // The same rule as every other read of a person: their caseworker, or the lead.
      await loadPersonForStaff(db, staff, personId);
      const serviceId = staff.caseworker.service_id;
      const now = clock();
      const kind = TriageKind.parse(key.split(':')[0]);
      await db.transaction().execute(async (trx) => {
        const marked = await markTriageDone(
          trx,
          { serviceId, caseworkerId: staff.caseworker.id, key, personId },
          now,
        );
        if (!marked) return;
        await audit(
          trx,
          {
            serviceId,
            actor: staffActor(staff.caseworker.id),
            action: 'triage.done',
            personId,
            detail: `Marked done in triage: ${KIND_WORDS[kind]}`,
          },
          now,
        );
      });
      return c.json({ ok: true } satisfies OkResponse);
    });
}
