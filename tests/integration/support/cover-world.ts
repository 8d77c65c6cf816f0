import { addStaff } from '../../../src/server/accounts/staff';
import { findCaseworker } from '../../../src/server/db/tables/caseworkers.table';
import { createPerson } from '../../../src/server/people/create-person';
import type { Harness } from './harness';
import { PASSWORD, type StaffMember, type World } from './world';

/**
 * The cover tests' people beside the world's: Jo, a second caseworker in service A who can
 * cover, and Pat, a second person on Casey's caseload.
 */
export async function addCoverAndPerson(
  h: Harness,
  w: World,
): Promise<{ jo: StaffMember; pat: string }> {
  const made = await addStaff(h.db, {
    serviceId: w.serviceA,
    name: 'Jo Coverwell',
    email: 'jo@alpha.example.org',
    role: 'caseworker',
    now: h.now(),
    password: PASSWORD,
    mustChangePassword: false,
  });
  const jo = { id: made.id, email: 'jo@alpha.example.org', name: 'Jo Coverwell' };
  const casey = await findCaseworker(h.db, w.serviceA, w.casey.id);
  if (!casey) throw new Error('no Casey');
  const pat = await createPerson(h.db, {
    caseworker: casey,
    displayName: 'Pat Patterson',
    createdBy: casey.id,
    now: h.now(),
  });
  return { jo, pat };
}
