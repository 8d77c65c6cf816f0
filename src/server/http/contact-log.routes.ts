import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { ContactLogPage } from '#shared/schemas/contact';
import { staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import { listContactLog } from '../db/tables/contact-notes.table';
import { presentContactEvent } from '../people/contacts';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { validate } from './validate';

/** Contacts on one page of the console's log. */
export const CONTACT_LOG_PAGE_SIZE = 20;

/**
 * /api/people/:personId/contact-log: every contact, newest first, a page at a time, with the
 * caseworker's outcomes and notes. Staff only; the phone's contacts (profile and sync) stay
 * the plain counted events.
 */
export function contactLogRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get(
      '/',
      validate('param', endpoints.contacts.page.params),
      validate('query', endpoints.contacts.page.query),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { page } = c.req.valid('query');
        const { total, rows } = await listContactLog(db, person.service_id, person.id, {
          offset: (page - 1) * CONTACT_LOG_PAGE_SIZE,
          limit: CONTACT_LOG_PAGE_SIZE,
        });
        const now = clock();
        deps.auditLog.read(
          {
            serviceId: person.service_id,
            actor: staffActor(staff.caseworker.id),
            action: 'contacts.read',
            personId: person.id,
          },
          now,
        );
        const answer: ContactLogPage = {
          page,
          pages: Math.max(1, Math.ceil(total / CONTACT_LOG_PAGE_SIZE)),
          total,
          entries: rows.map((row) => ({
            ...presentContactEvent(row),
            outcome: row.outcome,
            note: row.note,
          })),
        };
        return c.json(answer);
      },
    );
}
