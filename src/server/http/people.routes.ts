import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type PersonListResponse, type PersonResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { assertLead, coveredPeopleIds, loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Db } from '../db/database';
import { findCaseworker } from '../db/tables/caseworkers.table';
import { assignPerson, findPersonSummary, listPeople } from '../db/tables/people.table';
import { lockPersonChanges } from '../db/tables/changes.table';
import type { Runtime } from '../runtime';
import { createPerson } from '../people/create-person';
import { profileChanged } from '../people/documents';
import { changeSupport, phoneDocumentCommitted } from '../people/support';
import type { StaffEnv } from '../request-env';
import { awayToday } from '../leave/away';
import { presentPerson } from './present';
import { cachedRead } from './cached-read';
import { invalidField, notFound } from '../problem';
import { validate } from './validate';

/** An active caseworker of this service, or a 400 on the field that named them. */
async function caseworkerInService(db: Db, serviceId: string, caseworkerId: string) {
  const caseworker = await findCaseworker(db, serviceId, caseworkerId);
  if (!caseworker?.active) {
    throw invalidField('caseworkerId', 'Choose a caseworker from your service.');
  }
  return caseworker;
}

/** /api/people: caseloads. A caseworker sees their own people; the lead sees the service. */
export function peopleRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', async (c) => {
      const staff = c.get('staff');
      const { caseworker } = staff;
      const serviceId = caseworker.service_id;
      const actor = staffActor(caseworker.id);
      return cachedRead(
        deps,
        c,
        'list',
        async () => {
          const onlyMine = caseworker.role === 'lead' ? undefined : caseworker.id;
          // Their own people, and anyone they cover today while a colleague is on leave.
          const rows = await listPeople(db, serviceId, onlyMine, await coveredPeopleIds(db, staff));
          const away = await awayToday(
            db,
            serviceId,
            rows.map((r) => r.id),
            staff.at,
          );
          deps.auditLog.read({ serviceId, actor, action: 'people.list' }, clock());
          const list = rows.map((r) => ({ ...presentPerson(r), away: away.get(r.id) ?? null }));
          return list satisfies PersonListResponse;
        },
        () => deps.auditLog.read({ serviceId, actor, action: 'people.list' }, clock()),
      );
    })
    .post('/', validate('json', endpoints.people.create.body), async (c) => {
      const staff = c.get('staff');
      const me = staff.caseworker;
      const serviceId = me.service_id;
      const body = c.req.valid('json');
      let caseworker = me;
      if (body.caseworkerId && body.caseworkerId !== me.id) {
        assertLead(staff);
        caseworker = await caseworkerInService(db, serviceId, body.caseworkerId);
      }
      const now = clock();
      const id = await db.transaction().execute(async (trx) => {
        const personId = await createPerson(trx, {
          caseworker,
          displayName: body.displayName,
          createdBy: me.id,
          now,
        });
        const actor = staffActor(me.id);
        await audit(trx, { serviceId, actor, action: 'person.create', personId }, now);
        return personId;
      });
      await deps.caseloadChanged(serviceId);
      const row = await findPersonSummary(db, serviceId, id);
      if (!row) throw notFound('That person');
      return c.json(presentPerson(row) satisfies PersonResponse, 201);
    })
    .get('/:personId', validate('param', endpoints.people.get.params), async (c) => {
      const staff = c.get('staff');
      const personId = c.req.valid('param').personId;
      const actor = staffActor(staff.caseworker.id);
      const serviceId = staff.caseworker.service_id;
      const audited = () =>
        deps.auditLog.read({ serviceId, actor, action: 'person.read', personId }, clock());
      return cachedRead(
        deps,
        c,
        personId,
        async () => {
          // Refusals (403, 404) are thrown here, so they are never kept.
          const person = await loadPersonForStaff(db, staff, personId);
          audited();
          const away =
            (await awayToday(db, serviceId, [person.id], staff.at)).get(person.id) ?? null;
          return { ...presentPerson(person), away } satisfies PersonResponse;
        },
        audited,
      );
    })
    .patch(
      '/:personId',
      validate('param', endpoints.people.reassign.params),
      validate('json', endpoints.people.reassign.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        assertLead(staff);
        const serviceId = person.service_id;
        const to = await caseworkerInService(db, serviceId, c.req.valid('json').caseworkerId);
        const now = clock();
        if (to.id !== person.caseworker_id) {
          await db.transaction().execute(async (trx) => {
            await lockPersonChanges(trx, person.id);
            await assignPerson(trx, serviceId, person.id, to.id, now);
            // The phone shows the caseworker's name.
            const ctx = { serviceId, personId: person.id, by: staff.caseworker.id, now };
            await profileChanged(trx, ctx, 'person');
            await audit(
              trx,
              {
                serviceId,
                actor: staffActor(staff.caseworker.id),
                action: 'person.reassign',
                personId: person.id,
                subjectId: to.id,
                detail: 'Moved to another caseworker',
              },
              now,
            );
          });
          await deps.profilesChanged([person.id]);
          await deps.publishLive({
            type: 'person',
            serviceId,
            personId: person.id,
            caseworkerIds: [person.caseworker_id, to.id],
            quiet: true,
          });
        }
        const row = await findPersonSummary(db, serviceId, person.id);
        if (!row) throw notFound('That person');
        return c.json(presentPerson(row) satisfies PersonResponse);
      },
    )
    .put(
      '/:personId/support',
      validate('param', endpoints.people.setSupport.params),
      validate('json', endpoints.people.setSupport.body),
      async (c) => {
        // Support steps back or starts again. The phone stays linked and keeps everything.
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const serviceId = person.service_id;
        const { status, relapsePlan } = c.req.valid('json');
        if (status !== person.status) {
          const now = clock();
          const changed = await db.transaction().execute(async (trx) => {
            await lockPersonChanges(trx, person.id);
            const ctx = { serviceId, personId: person.id, by: staff.caseworker.id, now };
            return changeSupport(trx, ctx, status, relapsePlan);
          });
          if (changed) await phoneDocumentCommitted(deps, person);
        }
        const row = await findPersonSummary(db, serviceId, person.id);
        if (!row) throw notFound('That person');
        return c.json(presentPerson(row) satisfies PersonResponse);
      },
    );
}
