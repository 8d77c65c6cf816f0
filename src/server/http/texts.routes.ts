import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { ukMobile } from '#shared/phone-number';
import { nhsClock } from '#shared/time-words';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import {
  deleteTextJobsForPerson,
  deleteTextNumber,
  findTextNumber,
  saveTextNumber,
} from '../db/tables/texts.table';
import { ApiProblem } from '../problem';
import type { StaffEnv } from '../request-env';
import type { Runtime } from '../runtime';
import { openNumber, sealNumber } from '../texts/number-seal';
import { loadTextsView } from '../texts/view';
import { validate } from './validate';

const textsOff = () =>
  new ApiProblem(
    409,
    'texts_off',
    'Texts are not set up for this service yet. Ask whoever runs the server to set up GOV.UK Notify.',
  );

/**
 * /api/people/:personId/texts: the person's mobile number for texts about a waiting message.
 * Only their caseworker and the lead reach it (access.ts); every read and write is audited, and
 * the audit line never holds the number.
 */
export function textsRoutes(deps: Runtime) {
  const { db, clock, config } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.texts.read.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const now = clock();
      const owner = { serviceId: person.service_id, personId: person.id };
      const view = await loadTextsView(db, config, owner, now);
      deps.auditLog.read(
        {
          serviceId: person.service_id,
          actor: staffActor(staff.caseworker.id),
          action: 'texts.read',
          personId: person.id,
        },
        now,
      );
      return c.json(view);
    })
    .put(
      '/',
      validate('param', endpoints.texts.save.params),
      validate('json', endpoints.texts.save.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const input = c.req.valid('json');
        const now = clock();
        const owner = { serviceId: person.service_id, personId: person.id };
        const key = config.texts?.numberKey;
        const number = input.number === null ? null : ukMobile(input.number);
        if (number && !key) throw textsOff();
        await db.transaction().execute(async (trx) => {
          const before = await findTextNumber(trx, owner.serviceId, owner.personId);
          const had = before && key ? openNumber(key, owner, before.number_sealed) : null;
          let what: string;
          if (number && key) {
            await saveTextNumber(trx, {
              person_id: person.id,
              service_id: person.service_id,
              number_sealed: sealNumber(key, owner, number),
              quiet_start: input.quietHours.start,
              quiet_end: input.quietHours.end,
              updated_at: now,
              updated_by: staff.caseworker.id,
            });
            what = !before
              ? 'Mobile number added'
              : had === number
                ? 'Mobile number kept'
                : 'Mobile number changed';
          } else {
            const removed = await deleteTextNumber(trx, owner.serviceId, owner.personId);
            await deleteTextJobsForPerson(trx, owner.serviceId, owner.personId);
            what = removed ? 'Mobile number removed' : 'No mobile number';
          }
          const quiet = `${nhsClock(input.quietHours.start)} to ${nhsClock(input.quietHours.end)}`;
          await audit(
            trx,
            {
              serviceId: person.service_id,
              actor: staffActor(staff.caseworker.id),
              action: 'texts.write',
              personId: person.id,
              detail: number ? `${what}; no texts ${quiet}` : what,
            },
            now,
          );
        });
        return c.json(await loadTextsView(db, config, owner, now));
      },
    );
}
