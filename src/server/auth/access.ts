import { londonDate } from '#shared/london';
import type { Db } from '../db/database';
import { coveredOn, coverOf } from '../db/tables/leave.table';
import { findPersonSummary, type PersonSummaryRow } from '../db/tables/people.table';
import { ApiProblem, notFound } from '../problem';
import type { Caller } from '../request-env';
import type { Staff } from './sessions';

/**
 * The one place that decides whether a member of staff may see a person.
 * Another service's person does not exist for them (404); a person of their own service who is
 * not on their caseload is forbidden (403) unless they are the lead, or they cover the person
 * today (London day of the request, by the server clock) while their caseworker is on leave.
 */
export async function loadPersonForStaff(
  db: Db,
  staff: Staff,
  personId: string,
): Promise<PersonSummaryRow> {
  const person = await findPersonSummary(db, staff.caseworker.service_id, personId);
  if (!person) throw notFound('That person');
  if (staff.caseworker.role === 'lead' || person.caseworker_id === staff.caseworker.id) {
    return person;
  }
  const serviceId = staff.caseworker.service_id;
  if ((await coverOf(db, serviceId, personId, londonDate(staff.at))) !== staff.caseworker.id) {
    throw new ApiProblem(
      403,
      'not_your_person',
      'This person is supported by another caseworker. Ask your lead if you need access.',
    );
  }
  return person;
}

/**
 * Everyone this member of staff looks after today beyond their own caseload: the people they
 * cover while a colleague is on leave (the lead sees the whole service anyway).
 */
export async function coveredPeopleIds(db: Db, staff: Staff): Promise<string[]> {
  if (staff.caseworker.role === 'lead') return [];
  const rows = await coveredOn(
    db,
    staff.caseworker.service_id,
    staff.caseworker.id,
    londonDate(staff.at),
  );
  return rows.map((r) => r.person_id);
}

/** A caseworker records their own leave; the lead records anyone's. */
export function assertOwnOrLead(staff: Staff, caseworkerId: string): void {
  if (staff.caseworker.role !== 'lead' && staff.caseworker.id !== caseworkerId) {
    throw new ApiProblem(403, 'not_your_leave', "Only the lead can change a colleague's leave.");
  }
}

/** Only the service's lead may do this. */
export function assertLead(staff: Staff): void {
  if (staff.caseworker.role !== 'lead') {
    throw new ApiProblem(403, 'lead_only', 'Only the HIU lead can do this.');
  }
}

/**
 * A caseworker's photo is for their service: its staff, and the phones of its people (it is on
 * their guide). Anyone else is told it does not exist.
 */
export function assertMaySeePhoto(photo: { serviceId: string }, caller: Caller): void {
  if (photo.serviceId !== caller.serviceId) throw notFound('That photo');
}
