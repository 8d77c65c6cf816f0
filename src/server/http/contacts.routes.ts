import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { type ContactEvent, type ContactsView } from '#shared/schemas/contact';
import { weekOf } from '#shared/weeks';
import { audit, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireStaff } from '../auth/require-staff';
import {
  deleteContactEvent,
  findContactEvent,
  insertContactEvent,
  type ContactEventRow,
} from '../db/tables/contacts.table';
import { insertContactNote } from '../db/tables/contact-notes.table';
import {
  bumpProfileVersion,
  findPersonCaseworkerId,
  type PersonSummaryRow,
} from '../db/tables/people.table';
import { saveTargets } from '../people/contact-targets';
import { loadContactsView, presentContactEvent } from '../people/contacts';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { ApiProblem, invalidField, notFound } from '../problem';
import { validate } from './validate';

/** A contact logged by hand may be this far in the future (clocks differ a little). */
export const CONTACT_FUTURE_GRACE_MS = 5 * 60 * 1000;
/** ...and at most this long ago. */
export const CONTACT_MAX_AGE_MS = 366 * 24 * 60 * 60 * 1000;

/** The problem with a hand-logged contact's time, or undefined when it is fine. */
export function contactTimeProblem(at: Date, now: Date): string | undefined {
  if (at.getTime() > now.getTime() + CONTACT_FUTURE_GRACE_MS) {
    return 'That time has not happened yet. Please check the date and time.';
  }
  if (at.getTime() < now.getTime() - CONTACT_MAX_AGE_MS) {
    return 'That is more than a year ago. Please check the date.';
  }
  return undefined;
}

/**
 * When a tap on the phone happened: refused when over a year old (a phone's clock badly wrong),
 * and never in the future (a phone's clock can run fast).
 */
export function phoneTapTime(sentAt: string, now: Date): Date {
  const sent = new Date(sentAt);
  if (sent.getTime() < now.getTime() - CONTACT_MAX_AGE_MS) {
    throw invalidField('at', 'That is more than a year ago. Please check the date.');
  }
  return sent.getTime() > now.getTime() ? now : sent;
}

export const contactIdTaken = () =>
  new ApiProblem(409, 'id_taken', 'That contact id is already used. Send it with a new id.');

/**
 * A write to a person's contacts has committed: the phone's profile (which carries them) is
 * fetched again, and the console hears of it.
 */
export async function contactsChanged(
  deps: Runtime,
  person: { serviceId: string; personId: string; caseworkerId: string | undefined },
): Promise<void> {
  await deps.profilesChanged([person.personId]);
  await deps.publishLive({
    type: 'contact',
    serviceId: person.serviceId,
    personId: person.personId,
    caseworkerIds: person.caseworkerId ? [person.caseworkerId] : [],
    quiet: true,
  });
}

/** As `contactsChanged`, from a phone's own write: its caseworker is looked up to be told. */
export async function phoneContactsChanged(
  deps: Runtime,
  device: { serviceId: string; personId: string },
): Promise<void> {
  const caseworkerId = await findPersonCaseworkerId(deps.db, device.serviceId, device.personId);
  await contactsChanged(deps, { ...device, caseworkerId });
}

const changedFor = (person: PersonSummaryRow) => ({
  serviceId: person.service_id,
  personId: person.id,
  caseworkerId: person.caseworker_id,
});

/**
 * /api/people/:personId/contacts: a person's contacts and target plan, for their caseworker and
 * the lead; calls and visits the caseworker logs, and taking one back.
 */
export function contactsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.contacts.view.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const now = clock();
      const view = await loadContactsView(db, person.service_id, person.id, now);
      const actor = staffActor(staff.caseworker.id);
      deps.auditLog.read(
        { serviceId: person.service_id, actor, action: 'contacts.read', personId: person.id },
        now,
      );
      return c.json(view satisfies ContactsView);
    })
    .post(
      '/',
      validate('param', endpoints.contacts.log.params),
      validate('json', endpoints.contacts.log.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const input = c.req.valid('json');
        const now = clock();
        const at = new Date(input.at);
        const problem = contactTimeProblem(at, now);
        if (problem) throw invalidField('at', problem);
        const serviceId = person.service_id;
        const me = staff.caseworker.id;
        const row: ContactEventRow = {
          id: input.id ?? randomUUID(),
          service_id: serviceId,
          person_id: person.id,
          at,
          kind: input.kind,
          source: 'caseworker',
          recorded_by: me,
          created_at: now,
        };
        const made = await db.transaction().execute(async (trx) => {
          if (!(await insertContactEvent(trx, row))) return false;
          const note = input.note ?? '';
          if (input.outcome || note) {
            await insertContactNote(trx, {
              contact_id: row.id,
              service_id: serviceId,
              outcome: input.outcome ?? null,
              note,
            });
          }
          await bumpProfileVersion(trx, serviceId, person.id);
          const actor = staffActor(me);
          await audit(
            trx,
            { serviceId, actor, action: 'contact.log', personId: person.id, subjectId: row.id },
            now,
          );
          return true;
        });
        if (!made) {
          // A retry of the same contact gets it back; anyone else's id is a clash.
          const stored = await findContactEvent(db, serviceId, person.id, row.id);
          if (stored?.source !== 'caseworker') throw contactIdTaken();
          return c.json(presentContactEvent(stored) satisfies ContactEvent, 200);
        }
        await contactsChanged(deps, changedFor(person));
        return c.json(presentContactEvent(row) satisfies ContactEvent, 201);
      },
    )
    .delete('/:contactId', validate('param', endpoints.contacts.remove.params), async (c) => {
      const staff = c.get('staff');
      const { personId, contactId } = c.req.valid('param');
      const person = await loadPersonForStaff(db, staff, personId);
      const serviceId = person.service_id;
      const me = staff.caseworker.id;
      const now = clock();
      const deleted = await db.transaction().execute(async (trx) => {
        // Only what staff logged can be taken back here; the person's own and app contacts stay.
        if (!(await deleteContactEvent(trx, serviceId, person.id, contactId, 'caseworker'))) {
          return false;
        }
        await bumpProfileVersion(trx, serviceId, person.id);
        const actor = staffActor(me);
        await audit(
          trx,
          { serviceId, actor, action: 'contact.delete', personId: person.id, subjectId: contactId },
          now,
        );
        return true;
      });
      if (!deleted) throw notFound('That contact');
      await contactsChanged(deps, changedFor(person));
      return c.body(null, 204);
    });
}

/**
 * /api/people/:personId/contact-targets: the weekly contact target and its step-down plan.
 * Steps from this week on are replaced; earlier weeks are kept as they were.
 */
export function contactTargetsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .put(
      '/',
      validate('param', endpoints.contacts.setTargets.params),
      validate('json', endpoints.contacts.setTargets.body),
      async (c) => {
        const staff = c.get('staff');
        const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
        const { steps } = c.req.valid('json');
        const now = clock();
        const thisWeek = weekOf(now).key;
        const early = steps.findIndex((s) => s.fromWeek < thisWeek);
        if (early >= 0) {
          throw invalidField(
            `steps.${early}.fromWeek`,
            'A plan can start this week or later. Weeks that have gone stay as they were.',
          );
        }
        const serviceId = person.service_id;
        const ctx = { serviceId, personId: person.id, by: staff.caseworker.id, now };
        await db
          .transaction()
          .execute((trx) => saveTargets(trx, { ...ctx, fromWeek: thisWeek }, steps));
        deps.push.kick();
        await contactsChanged(deps, changedFor(person));
        const view = await loadContactsView(db, serviceId, person.id, now);
        return c.json(view satisfies ContactsView);
      },
    );
}
