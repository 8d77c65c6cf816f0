import { randomUUID } from 'node:crypto';
import { addStaff, createService } from '../accounts/staff';
import { issuePairingCode } from '../auth/pairing';
import type { Db } from '../db/database';
import { findCaseworker } from '../db/tables/caseworkers.table';
import { insertGoal } from '../db/tables/goals.table';
import { countServices } from '../db/tables/services.table';
import { createPerson } from '../people/create-person';
import { saveGuide, saveHours, savePlan } from '../people/documents';
import { AGREED_HOURS, DEMO_PEOPLE, DEMO_SERVICE, DEMO_STAFF, demoGuide } from './demo-content';

export interface DemoSeed {
  service: { id: string; name: string };
  staff: {
    name: string;
    email: string;
    role: 'lead' | 'caseworker';
    password: string;
    mustChangePassword: boolean;
  }[];
  people: { id: string; displayName: string; caseworkerEmail: string; pairingCode: string }[];
}

export interface DemoOptions {
  now: Date;
  /** Real first starts: true (one-time passwords). End-to-end tests: false, so each test can log in. */
  mustChangePassword?: boolean;
}

/** Seed the demo service when the database has no service at all; undefined otherwise. */
export async function seedDemoIfEmpty(db: Db, options: DemoOptions): Promise<DemoSeed | undefined> {
  if ((await countServices(db)) > 0) return undefined;
  return seedDemo(db, options);
}

/** One service, a lead, two caseworkers and three people with plans, goals, hours and codes. */
export async function seedDemo(db: Db, options: DemoOptions): Promise<DemoSeed> {
  const { now } = options;
  const mustChangePassword = options.mustChangePassword ?? true;
  const [leadInfo, ...workers] = DEMO_STAFF;
  const { serviceId, lead } = await createService(db, {
    name: DEMO_SERVICE,
    leadName: leadInfo.name,
    leadEmail: leadInfo.email,
    now,
  });
  const staff: DemoSeed['staff'] = [
    {
      name: leadInfo.name,
      email: lead.email,
      role: 'lead',
      password: lead.oneTimePassword,
      mustChangePassword: true,
    },
  ];
  const ids = new Map<string, string>([['lead', lead.id]]);
  for (const info of workers) {
    const made = await addStaff(db, {
      serviceId,
      name: info.name,
      email: info.email,
      role: info.role,
      now,
    });
    ids.set(info.key, made.id);
    staff.push({
      name: info.name,
      email: info.email,
      role: info.role,
      password: made.oneTimePassword,
      mustChangePassword: true,
    });
  }
  if (!mustChangePassword) {
    await db
      .updateTable('caseworkers')
      .set({ must_change_password: false })
      .where('service_id', '=', serviceId)
      .execute();
    for (const s of staff) s.mustChangePassword = false;
  }

  const people: DemoSeed['people'] = [];
  for (const demo of DEMO_PEOPLE) {
    const info = DEMO_STAFF.find((s) => s.key === demo.caseworker);
    const caseworker = await findCaseworker(db, serviceId, ids.get(demo.caseworker) ?? '');
    if (!info || !caseworker) throw new Error('Demo content names a caseworker that is not seeded');
    const personId = await db.transaction().execute(async (trx) => {
      const id = await createPerson(trx, {
        caseworker,
        displayName: demo.displayName,
        createdBy: null,
        now,
      });
      const ctx = { serviceId, personId: id, by: caseworker.id, now };
      await savePlan(trx, ctx, demo.plan);
      await saveHours(trx, ctx, AGREED_HOURS);
      const firstName = info.name.split(' ')[0] ?? info.name;
      const guide = demoGuide([randomUUID(), randomUUID(), randomUUID()], firstName);
      await saveGuide(trx, ctx, guide);
      for (const goal of demo.goals) {
        await insertGoal(trx, serviceId, {
          id: randomUUID(),
          personId: id,
          title: goal.title,
          why: goal.why,
          status: 'active',
          reward: { id: randomUUID(), description: goal.reward, earnedAt: null },
          milestones: goal.milestones.map((m) => ({
            id: randomUUID(),
            title: m.title,
            doneAt: m.done ? now : null,
          })),
          now,
        });
      }
      return id;
    });
    const { code } = await issuePairingCode(db, { serviceId, personId, issuedBy: null, now });
    people.push({
      id: personId,
      displayName: demo.displayName,
      caseworkerEmail: info.email,
      pairingCode: code,
    });
  }
  return { service: { id: serviceId, name: DEMO_SERVICE }, staff, people };
}
