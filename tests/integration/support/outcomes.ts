import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { addStaff } from '../../../src/server/accounts/staff';
import type { Db } from '../../../src/server/db/database';
import { insertService } from '../../../src/server/db/tables/services.table';
import {
  CASEWORKER_NAMES,
  CHECK_INS,
  CONTACTS,
  SUPPORT_USED,
  GOALS,
  PEOPLE,
  TARGETS,
  URGENT_CARE,
  type CaseworkerKey,
} from '../../unit/server/outcomes.data';
import { PASSWORD } from './world';

export const OUTCOMES_LEAD = { name: 'Ottoline Leadbetter', email: 'lead@outcomes.example.org' };
export const MILESTONE_TITLE = 'Pack the Vantablue swimming bag';

/**
 * The hand-checked outcomes data set (tests/unit/server/outcomes.data.ts) written into the
 * database through plain inserts, as the goals, contacts and wellbeing routes store it.
 */
export async function seedOutcomes(
  db: Db,
  serviceId: string,
  now: Date,
): Promise<{ caseworkers: Record<CaseworkerKey, string>; leadId: string }> {
  await insertService(db, { id: serviceId, name: 'Umbervale HIU', created_at: now });
  const lead = await addStaff(db, {
    serviceId,
    name: OUTCOMES_LEAD.name,
    email: OUTCOMES_LEAD.email,
    role: 'lead',
    // Accounts a second apart, oldest first: the lead, then A, B, C (C1, C2, C3, C4 in the CSV).
    now: new Date(now.getTime() - 4000),
    password: PASSWORD,
    mustChangePassword: false,
  });
  const caseworkers = {} as Record<CaseworkerKey, string>;
  for (const [i, key] of (['a', 'b', 'c'] as const).entries()) {
    const made = await addStaff(db, {
      serviceId,
      name: CASEWORKER_NAMES[key],
      email: `${key}@outcomes.example.org`,
      role: 'caseworker',
      now: new Date(now.getTime() - (3 - i) * 1000),
      password: PASSWORD,
      mustChangePassword: false,
    });
    caseworkers[key] = made.id;
  }
  for (const p of PEOPLE) {
    await sql`insert into people (id, service_id, caseworker_id, display_name, status,
                created_at, updated_at, stepped_back_at)
              values (${p.id}, ${serviceId}, ${caseworkers[p.caseworker]}, ${p.name},
                ${p.status}, ${p.createdAt}, ${p.createdAt}, ${p.steppedBackAt})`.execute(db);
  }
  for (const g of GOALS) {
    const goalId = randomUUID();
    await sql`insert into goals (id, service_id, person_id, title, status, created_at, updated_at)
              values (${goalId}, ${serviceId}, ${g.personId}, ${g.title}, ${g.status},
                ${now}, ${now})`.execute(db);
    await sql`insert into milestones (id, service_id, goal_id, position, title, reward)
              values (${randomUUID()}, ${serviceId}, ${goalId}, 0, ${MILESTONE_TITLE},
                ${g.reward})`.execute(db);
    for (const e of g.events) {
      await sql`insert into goal_events (service_id, goal_id, at, kind, by, title)
                values (${serviceId}, ${goalId}, ${e.at}, ${e.kind}, 'person',
                  ${g.title})`.execute(db);
    }
  }
  for (const t of TARGETS) {
    await sql`insert into contact_targets (service_id, person_id, from_week, times, set_at)
              values (${serviceId}, ${t.personId}, ${t.fromWeek}, ${t.times}, ${now})`.execute(db);
  }
  for (const c of CONTACTS) {
    await sql`insert into contact_events (id, service_id, person_id, at, kind, source, created_at)
              values (${randomUUID()}, ${serviceId}, ${c.personId}, ${c.at}, 'call', 'person',
                ${now})`.execute(db);
  }
  for (const u of SUPPORT_USED) {
    await sql`insert into support_used (id, service_id, person_id, guide_contact_id, kind, name,
                at, created_at)
              values (${randomUUID()}, ${serviceId}, ${u.personId}, ${randomUUID()}, 'visit',
                'The Lighthouse drop-in', ${u.at}, ${now})`.execute(db);
  }
  for (const c of CHECK_INS) {
    await sql`insert into check_ins (id, service_id, person_id, at, reason, satisfied,
                worthwhile, happy, anxious, lonely, received_at)
              values (${randomUUID()}, ${serviceId}, ${c.personId}, ${c.at}, 'monthly', ${c.s},
                ${c.w}, ${c.h}, ${c.a}, ${c.lonely}, ${now})`.execute(db);
  }
  for (const u of URGENT_CARE) {
    await sql`insert into urgent_care_reports (id, service_id, person_id, at, went_to_ae,
                called_999, called_111, received_at)
              values (${randomUUID()}, ${serviceId}, ${u.personId}, ${u.at}, ${u.ae}, ${u.c999},
                ${u.c111}, ${now})`.execute(db);
  }
  return { caseworkers, leadId: lead.id };
}
