import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { SharedEntryList } from '#shared/schemas/connect';
import type { SharedJournalEntry } from '#shared/schemas/journal';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { listSharedEntries, markSharedEntryRead } from '../db/tables/shared-entries.table';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { presentSharedEntry } from './present';
import { notFound } from '../problem';
import { validate } from './validate';

/**
 * /api/people/:personId/shared-entries: the journal entries a person shared, for their
 * caseworker and the lead. Every read is in the audit log, with who and when.
 */
export function sharedEntriesRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.sharedEntries.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const rows = await listSharedEntries(db, serviceId, person.id);
      const actor = staffActor(staff.caseworker.id);
      deps.auditLog.read(
        { serviceId, actor, action: 'shared-entries.list', personId: person.id },
        clock(),
      );
      return c.json(rows.map(presentSharedEntry) satisfies SharedEntryList);
    })
    .post(
      '/:entryId/read',
      validate('param', endpoints.people.readSharedEntry.params),
      async (c) => {
        const staff = c.get('staff');
        const { personId, entryId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const serviceId = person.service_id;
        const me = staff.caseworker.id;
        const now = clock();
        const row = await db.transaction().execute(async (trx) => {
          const marked = await markSharedEntryRead(trx, serviceId, person.id, entryId, me, now);
          if (!marked) return undefined;
          const actor = staffActor(me);
          await audit(
            trx,
            {
              serviceId,
              actor,
              action: 'shared-entry.read',
              personId: person.id,
              subjectId: entryId,
            },
            now,
          );
          return marked;
        });
        if (!row) throw notFound('That shared entry');
        await deps.publishLive({
          type: 'person',
          serviceId,
          personId: person.id,
          caseworkerIds: [person.caseworker_id],
          quiet: true,
        });
        return c.json(presentSharedEntry(row) satisfies SharedJournalEntry);
      },
    );
}
