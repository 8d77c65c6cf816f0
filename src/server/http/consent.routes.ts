import { Hono } from 'hono';
import { consentInForce } from '#shared/consent';
import { endpoints } from '#shared/endpoints';
import { londonDate } from '#shared/london';
import type { ConsentTopic, ConsentView } from '#shared/schemas/consent';
import { nhsDate } from '#shared/time-words';
import { audit, deviceActor, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireDevice } from '../auth/require-device';
import { requireStaff } from '../auth/require-staff';
import { addConsentLine, listConsent } from '../db/tables/consent.table';
import type { Db } from '../db/database';
import { ApiProblem } from '../problem';
import type { Runtime } from '../runtime';
import type { DeviceEnv, StaffEnv } from '../request-env';
import { validate } from './validate';

/** The audit line names the topic and what happened, in words. */
const TOPIC_WORDS: Record<ConsentTopic, string> = {
  support: 'support from the service',
  app: 'using the app',
  'share-plan': 'sharing the crisis plan',
  outcomes: 'anonymised figures',
  texts: 'texts about new messages',
};

async function consentView(db: Db, serviceId: string, personId: string, now: Date) {
  const history = await listConsent(db, serviceId, personId);
  return { inForce: consentInForce(history, londonDate(now)), history } satisfies ConsentView;
}

/** /api/people/:personId/consent: staff read the record and add to it; never overwritten. */
export function consentRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.consent.list.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const now = clock();
      const view = await consentView(db, person.service_id, person.id, now);
      deps.auditLog.read(
        {
          serviceId: person.service_id,
          actor: staffActor(staff.caseworker.id),
          action: 'consent.read',
          personId: person.id,
        },
        now,
      );
      return c.json(view);
    })
    .post(
      '/',
      validate('param', endpoints.consent.record.params),
      validate('json', endpoints.consent.record.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const input = c.req.valid('json');
        const now = clock();
        if (input.day > londonDate(now)) {
          throw new ApiProblem(400, 'future_day', 'The date must be today or an earlier day.');
        }
        const sharedWith =
          input.topic === 'share-plan' && input.action === 'given' ? input.sharedWith : [];
        await db.transaction().execute(async (trx) => {
          await addConsentLine(
            trx,
            {
              serviceId: person.service_id,
              personId: person.id,
              topic: input.topic,
              action: input.action,
              day: input.day,
              how: input.how,
              sharedWith,
              by: { staffId: staff.caseworker.id },
            },
            now,
          );
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: 'consent.record',
              personId: person.id,
              detail: `Consent ${input.action} for ${TOPIC_WORDS[input.topic]} on ${nhsDate(input.day, true)}`,
            },
            now,
          );
        });
        return c.json(await consentView(db, person.service_id, person.id, now), 201);
      },
    );
}

/** /api/device/consent: the phone reads its own record and withdraws app-related consent. */
export function deviceConsentRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .get('/', async (c) => {
      const { serviceId, personId } = c.get('device');
      return c.json(await consentView(db, serviceId, personId, clock()));
    })
    .post('/withdraw', validate('json', endpoints.consent.deviceWithdraw.body), async (c) => {
      const { serviceId, personId, deviceId } = c.get('device');
      const { topic } = c.req.valid('json');
      const now = clock();
      const day = londonDate(now);
      const before = await consentView(db, serviceId, personId, now);
      // Withdrawing twice adds nothing: the history says it once.
      if (before.inForce.find((s) => s.topic === topic)?.status === 'withdrawn') {
        return c.json(before);
      }
      await db.transaction().execute(async (trx) => {
        await addConsentLine(
          trx,
          {
            serviceId,
            personId,
            topic,
            action: 'withdrawn',
            day,
            how: 'app',
            sharedWith: [],
            by: { deviceId },
          },
          now,
        );
        await audit(
          trx,
          {
            serviceId,
            actor: deviceActor(deviceId),
            action: 'consent.withdraw',
            personId,
            detail: `Consent withdrawn for ${TOPIC_WORDS[topic]} in the app`,
          },
          now,
        );
      });
      return c.json(await consentView(db, serviceId, personId, now));
    });
}
