import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type GuideResponse } from '#shared/schemas/api';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import { loadGuide, saveGuide, saveNhs111Wording } from '../people/documents';
import type { StaffEnv } from '../request-env';
import { invalidField } from '../problem';
import { readPersonDocument, writePersonDocument } from './person-documents';
import { validate } from './validate';

/** /api/people/:personId/guide: the person's local contacts (GP, caseworker, local services). */
export function guideRoutes(deps: Runtime) {
  const { db } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.people.guide.params), async (c) => {
      const { personId } = c.req.valid('param');
      const guide = await readPersonDocument(deps, c.get('staff'), personId, 'guide', (person) =>
        loadGuide(db, person.service_id, person.id),
      );
      return c.json(guide satisfies GuideResponse);
    })
    .put(
      '/',
      validate('param', endpoints.people.setGuide.params),
      validate('json', endpoints.people.setGuide.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const body = c.req.valid('json');
        // The bare list, or the list with the 111 wording (see PutGuideRequest).
        const contacts = Array.isArray(body) ? body : body.contacts;
        const at = Array.isArray(body) ? '' : 'contacts.';
        const seen = new Set<string>();
        contacts.forEach((contact, i) => {
          if (seen.has(contact.id)) {
            throw invalidField(`${at}${i}.id`, 'Two contacts have the same id.');
          }
          seen.add(contact.id);
        });
        await writePersonDocument(deps, staff, person, 'guide', async (trx, ctx) => {
          await saveGuide(trx, ctx, contacts);
          if (!Array.isArray(body)) await saveNhs111Wording(trx, ctx, body.nhs111Wording || null);
        });
        return c.json(contacts satisfies GuideResponse);
      },
    );
}
