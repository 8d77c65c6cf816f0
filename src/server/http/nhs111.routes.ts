import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { Nhs111WordingBody } from '#shared/schemas/connect';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { readNhs111Wording } from '../db/tables/people.table';
import { saveNhs111Wording } from '../people/documents';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/**
 * /api/people/:personId/nhs111-wording: the words on the person's NHS 111 card (the number
 * never changes). The guide PUT can set them too.
 */
export function nhs111Routes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.nhs111Wording.params), async (c) => {
      const person = await loadPersonForStaff(db, c.get('staff'), c.req.valid('param').personId);
      const wording = await readNhs111Wording(db, person.service_id, person.id);
      return c.json({ wording } satisfies Nhs111WordingBody);
    })
    .put(
      '/',
      validate('param', endpoints.people.setNhs111Wording.params),
      validate('json', endpoints.people.setNhs111Wording.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const serviceId = person.service_id;
        const me = staff.caseworker.id;
        const now = clock();
        const wording = c.req.valid('json').wording || null;
        await db.transaction().execute(async (trx) => {
          await saveNhs111Wording(trx, { serviceId, personId: person.id, by: me, now }, wording);
          const actor = staffActor(me);
          await audit(trx, { serviceId, actor, action: 'guide.update', personId: person.id }, now);
        });
        deps.push.kick();
        await deps.profilesChanged([person.id]);
        return c.json({ wording } satisfies Nhs111WordingBody);
      },
    );
}
