import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { RelapsePlan, ReviewSettingsResponse, ReviewsView } from '#shared/schemas/review';
import { staffActor } from '../audit/audit';
import { assertLead, loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { lockPersonChanges } from '../db/tables/changes.table';
import { personChangedLive, phoneDocumentCommitted } from '../people/support';
import { keepRelapsePlan, recordReview } from '../reviews/record';
import { loadReviewSettings, loadReviewsView } from '../reviews/reviews';
import { saveReviewSettings } from '../reviews/settings';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/** /api/people/:personId/reviews: a person's reviews, read and recorded by their caseworker. */
export function reviewsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.reviews.list.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const now = clock();
      const view = await loadReviewsView(db, person, now);
      deps.auditLog.read(
        {
          serviceId: person.service_id,
          actor: staffActor(staff.caseworker.id),
          action: 'reviews.read',
          personId: person.id,
        },
        now,
      );
      return c.json(view satisfies ReviewsView);
    })
    .post(
      '/',
      validate('param', endpoints.reviews.record.params),
      validate('json', endpoints.reviews.record.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const now = clock();
        const body = c.req.valid('json');
        const done = await recordReview(db, person, staff.caseworker.id, body, now);
        if (done.steppedBack || done.steppedDown) await phoneDocumentCommitted(deps, person);
        else if (!done.again) await personChangedLive(deps, person);
        // The Contact tab shows the new plan without a reload.
        if (done.steppedDown) {
          await deps.publishLive({
            type: 'contact',
            serviceId: person.service_id,
            personId: person.id,
            caseworkerIds: [person.caseworker_id],
            quiet: true,
          });
        }
        const after = await loadPersonForStaff(db, staff, person.id);
        return c.json((await loadReviewsView(db, after, now)) satisfies ReviewsView, 201);
      },
    );
}

/** /api/people/:personId/relapse-plan: the caseworker changes the plan agreed on stepping back. */
export function relapsePlanRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .put(
      '/',
      validate('param', endpoints.reviews.setRelapsePlan.params),
      validate('json', endpoints.reviews.setRelapsePlan.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const plan = c.req.valid('json');
        const now = clock();
        const ctx = {
          serviceId: person.service_id,
          personId: person.id,
          by: staff.caseworker.id,
          now,
        };
        await db.transaction().execute(async (trx) => {
          await lockPersonChanges(trx, person.id);
          await keepRelapsePlan(trx, ctx, plan);
        });
        await phoneDocumentCommitted(deps, person);
        return c.json({ ...plan, updatedAt: now.toISOString() } satisfies RelapsePlan);
      },
    );
}

/** /api/review-settings: every member of staff reads when reviews fall due; the lead sets it. */
export function reviewSettingsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', async (c) => {
      const serviceId = c.get('staff').caseworker.service_id;
      return c.json((await loadReviewSettings(db, serviceId)) satisfies ReviewSettingsResponse);
    })
    .put('/', validate('json', endpoints.reviews.setSettings.body), async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const serviceId = staff.caseworker.service_id;
      const who = { serviceId, caseworkerId: staff.caseworker.id };
      await saveReviewSettings(db, who, c.req.valid('json'), clock());
      return c.json((await loadReviewSettings(db, serviceId)) satisfies ReviewSettingsResponse);
    });
}
