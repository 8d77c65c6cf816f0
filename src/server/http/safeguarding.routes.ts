import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type {
  OpenConcernList,
  SafeguardingCategories,
  SafeguardingConcern,
  SafeguardingConcernList,
} from '#shared/schemas/safeguarding';
import { nhsDate } from '#shared/time-words';
import { audit, auditAll, staffActor } from '../audit/audit';
import { assertLead, loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Db } from '../db/database';
import {
  closeConcern,
  findConcern,
  getCategories,
  insertConcern,
  insertConcernUpdate,
  listConcernUpdates,
  listConcerns,
  listOpenConcerns,
  putCategories,
  type ConcernRow,
  type UpdateRow,
} from '../db/tables/safeguarding.table';
import { ApiProblem, notFound } from '../problem';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

function present(row: ConcernRow, updates: UpdateRow[]): SafeguardingConcern {
  return {
    id: row.id,
    personId: row.person_id,
    raisedOn: row.raised_on,
    category: row.category,
    whatWasDone: row.what_was_done,
    referredTo: row.referred_to,
    status: row.status,
    recordedBy: row.recorded_by,
    recordedByName: row.recorded_by_name,
    recordedAt: row.recorded_at.toISOString(),
    closedBy: row.closed_by,
    closedByName: row.closed_by_name,
    closedAt: row.closed_at?.toISOString() ?? null,
    updates: updates
      .filter((u) => u.concern_id === row.id)
      .map((u) => ({
        id: u.id,
        text: u.text,
        writtenBy: u.written_by,
        writtenByName: u.written_by_name,
        writtenAt: u.written_at.toISOString(),
      })),
  };
}

async function withUpdates<R extends ConcernRow>(db: Db, serviceId: string, rows: R[]) {
  const updates = await listConcernUpdates(
    db,
    serviceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ row, concern: present(row, updates) }));
}

/**
 * /api/people/:personId/safeguarding: a person's safeguarding concerns, for their caseworker
 * and the lead. No phone route reads these tables. Every read is its own audit line, written
 * before the answer (never folded into a repeated read: who looked, and when, is the point).
 * Audit lines name the day and whether it is open, never the words or the category.
 */
export function safeguardingRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.safeguarding.list.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const rows = await listConcerns(db, person.service_id, person.id);
      const open = rows.filter((r) => r.status === 'open').length;
      await audit(
        db,
        {
          serviceId: person.service_id,
          actor: staffActor(staff.caseworker.id),
          action: 'safeguarding.read',
          personId: person.id,
          detail: `Safeguarding concerns read (${rows.length} in all, ${open} open)`,
        },
        clock(),
      );
      const list = await withUpdates(db, person.service_id, rows);
      return c.json(list.map((l) => l.concern) satisfies SafeguardingConcernList);
    })
    .post(
      '/',
      validate('param', endpoints.safeguarding.record.params),
      validate('json', endpoints.safeguarding.record.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const body = c.req.valid('json');
        const now = clock();
        if (body.raisedOn > londonDate(now)) {
          throw new ApiProblem(400, 'invalid_input', 'The date must be today or in the past.', {
            raisedOn: 'The date must be today or in the past',
          });
        }
        // The list may have changed since the form was opened: the words must be on it now.
        const categories = await getCategories(db, person.service_id);
        if (!categories.includes(body.category)) {
          throw new ApiProblem(
            400,
            'invalid_input',
            "Choose a category from the service's list. It may have changed: reload the page.",
            { category: "Choose a category from the service's list" },
          );
        }
        const id = randomUUID();
        await db.transaction().execute(async (trx) => {
          await insertConcern(trx, {
            id,
            service_id: person.service_id,
            person_id: person.id,
            raised_on: body.raisedOn,
            category: body.category,
            what_was_done: body.whatWasDone,
            referred_to: body.referredTo,
            status: 'open',
            recorded_by: staff.caseworker.id,
            recorded_at: now,
            closed_by: null,
            closed_at: null,
          });
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: 'safeguarding.record',
              personId: person.id,
              subjectId: id,
              detail: `Safeguarding concern recorded, raised ${nhsDate(body.raisedOn, true)}`,
            },
            now,
          );
        });
        const row = await findConcern(db, person.service_id, person.id, id);
        if (!row) throw new Error('A concern that was just recorded has gone');
        return c.json(present(row, []) satisfies SafeguardingConcern, 201);
      },
    )
    .post(
      '/:concernId/updates',
      validate('param', endpoints.safeguarding.update.params),
      validate('json', endpoints.safeguarding.update.body),
      async (c) => {
        const staff = c.get('staff');
        const { personId, concernId } = c.req.valid('param');
        const person = await loadPersonForStaff(db, staff, personId);
        const body = c.req.valid('json');
        const now = clock();
        await db.transaction().execute(async (trx) => {
          const concern = await findConcern(trx, person.service_id, person.id, concernId);
          if (!concern) throw notFound('That concern');
          if (concern.status === 'closed') {
            throw new ApiProblem(
              409,
              'concern_closed',
              'This concern is closed. Record a new concern if something else has happened.',
            );
          }
          if (body.text !== '') {
            await insertConcernUpdate(trx, {
              id: randomUUID(),
              concern_id: concernId,
              service_id: person.service_id,
              text: body.text,
              written_by: staff.caseworker.id,
              written_at: now,
            });
          }
          if (body.close)
            await closeConcern(trx, person.service_id, concernId, staff.caseworker.id, now);
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: body.close ? 'safeguarding.close' : 'safeguarding.update',
              personId: person.id,
              subjectId: concernId,
              detail: body.close
                ? `Safeguarding concern raised ${nhsDate(concern.raised_on, true)} closed`
                : `Update added to the safeguarding concern raised ${nhsDate(concern.raised_on, true)}`,
            },
            now,
          );
        });
        const row = await findConcern(db, person.service_id, person.id, concernId);
        if (!row) throw notFound('That concern');
        const [one] = await withUpdates(db, person.service_id, [row]);
        return c.json(one!.concern satisfies SafeguardingConcern);
      },
    );
}

/**
 * /api/safeguarding: the service's category list (the lead edits it) and the lead's list of
 * every open concern in their own service.
 */
export function serviceSafeguardingRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/categories', async (c) => {
      const categories = await getCategories(db, c.get('staff').caseworker.service_id);
      return c.json({ categories } satisfies SafeguardingCategories);
    })
    .put('/categories', validate('json', endpoints.safeguarding.setCategories.body), async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const { categories } = c.req.valid('json');
      const serviceId = staff.caseworker.service_id;
      const now = clock();
      await db.transaction().execute(async (trx) => {
        await putCategories(trx, serviceId, categories, staff.caseworker.id, now);
        await audit(
          trx,
          {
            serviceId,
            actor: staffActor(staff.caseworker.id),
            action: 'safeguarding.categories',
            detail: `Safeguarding categories changed (${categories.length} in the list)`,
          },
          now,
        );
      });
      return c.json({ categories } satisfies SafeguardingCategories);
    })
    .get('/open', async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const serviceId = staff.caseworker.service_id;
      const rows = await listOpenConcerns(db, serviceId);
      const now = clock();
      // One line for the list, and one on each person's own record, so a person's audit trail
      // shows every time their concerns were seen.
      const people = [...new Set(rows.map((r) => r.person_id))];
      await auditAll(
        db,
        [
          {
            serviceId,
            actor: staffActor(staff.caseworker.id),
            action: 'safeguarding.open_list',
            detail: `Open safeguarding concerns across the service read (${rows.length})`,
          },
          ...people.map((personId) => ({
            serviceId,
            actor: staffActor(staff.caseworker.id),
            action: 'safeguarding.read',
            personId,
            detail: 'Open safeguarding concerns read in the service-wide list',
          })),
        ],
        now,
      );
      const list = await withUpdates(db, serviceId, rows);
      return c.json(
        list.map(({ row, concern }) => ({
          ...concern,
          personName: row.person_name,
          caseworkerName: row.caseworker_name,
        })) satisfies OpenConcernList,
      );
    });
}
