import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type CaseworkerListResponse, type CreateCaseworkerResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { assertLead } from '../auth/access';
import { hashPassword, makeOneTimePassword } from '../auth/passwords';
import { requireStaff } from '../auth/require-staff';
import {
  emailTaken,
  findCaseworker,
  insertCaseworker,
  listCaseworkers,
} from '../db/tables/caseworkers.table';
import { isUniqueViolation } from '../db/errors';
import type { Runtime } from '../runtime';
import { OFFICE_HOURS } from '../people/working-hours';
import type { StaffEnv } from '../request-env';
import { presentCaseworker } from './present';
import { ApiProblem } from '../problem';
import { validate } from './validate';

const emailInUse = () =>
  new ApiProblem(409, 'email_taken', 'Someone already has an account with this email.', {
    email: 'This email already has an account.',
  });

/** /api/caseworkers: the lead manages the staff of their own service. */
export function caseworkersRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const rows = await listCaseworkers(db, staff.caseworker.service_id);
      return c.json(rows.map(presentCaseworker) satisfies CaseworkerListResponse);
    })
    .post('/', validate('json', endpoints.caseworkers.create.body), async (c) => {
      const staff = c.get('staff');
      assertLead(staff);
      const { name, email, role } = c.req.valid('json');
      if (await emailTaken(db, email)) throw emailInUse();
      const oneTimePassword = makeOneTimePassword();
      const passwordHash = await hashPassword(oneTimePassword);
      const now = clock();
      const serviceId = staff.caseworker.service_id;
      const id = randomUUID();
      try {
        await db.transaction().execute(async (trx) => {
          await insertCaseworker(trx, {
            id,
            serviceId,
            name,
            email,
            role,
            passwordHash,
            mustChangePassword: true,
            workingHours: OFFICE_HOURS,
            now,
          });
          const actor = staffActor(staff.caseworker.id);
          await audit(trx, { serviceId, actor, action: 'caseworker.create', subjectId: id }, now);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailInUse();
        throw error;
      }
      const row = await findCaseworker(db, serviceId, id);
      if (!row) throw new Error('A caseworker just created cannot be read back');
      const body: CreateCaseworkerResponse = {
        caseworker: presentCaseworker(row),
        oneTimePassword,
      };
      return c.json(body, 201);
    });
}
