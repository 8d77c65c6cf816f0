import { randomUUID } from 'node:crypto';
import { stepDown } from '#shared/contacts';
import { addDays, londonDate } from '#shared/london';
import type { ContactKind, ContactSource } from '#shared/schemas/contact';
import { weekOf } from '#shared/weeks';
import { addStaff, createService } from '../accounts/staff';
import { issuePairingCode } from '../auth/pairing';
import type { Db } from '../db/database';
import { findCaseworker } from '../db/tables/caseworkers.table';
import { countServices } from '../db/tables/services.table';
import { createPerson } from '../people/create-person';
import { changeGoal, createGoal } from '../people/goal-changes';
import { encourage, tickMilestone } from '../people/milestone-changes';
import { saveGuide, saveHours, savePlan } from '../people/documents';
import { AGREED_HOURS, DEMO_SERVICE, DEMO_STAFF, demoGuide } from './demo-content';
import { seedAlternatives } from './demo-alternatives';
import { seedConsent } from './demo-consent';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people';

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
  /**
   * A second copy of the demo beside the first (end-to-end tests that need a service nobody
   * else changes): its name, and the domain of its staff's email addresses.
   */
  copy?: { serviceName: string; emailDomain: string };
}

/** Seed the demo service when the database has no service at all; undefined otherwise. */
export async function seedDemoIfEmpty(db: Db, options: DemoOptions): Promise<DemoSeed | undefined> {
  if ((await countServices(db)) > 0) return undefined;
  return seedDemo(db, options);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

interface SeedContext {
  serviceId: string;
  personId: string;
  /** The caseworker's id. */
  by: string;
  now: Date;
}

/**
 * The person's goals, made the way the routes make them, so each has its history: set with the
 * caseworker, milestones ticked on the phone, notes of encouragement, paused or finished.
 */
async function seedGoals(db: Db, ctx: SeedContext & { caseworkerName: string }, demo: DemoPerson) {
  const at = (days: number) => daysBefore(ctx.now, days);
  const staff = (days: number) => ({ ...ctx, now: at(days), actor: 'caseworker' as const });
  const today = londonDate(ctx.now);
  for (const goal of demo.goals) {
    const milestones = goal.milestones.map((m) => ({
      id: randomUUID(),
      title: m.title,
      reward: m.reward,
      targetDate: m.targetInDays === null ? null : addDays(today, m.targetInDays),
    }));
    const input = { title: goal.title, milestones };
    const { goalId } = await createGoal(db, staff(goal.setDaysAgo), input);
    const done = goal.milestones
      .map((m, i) => ({ ...m, id: milestones[i]?.id ?? '' }))
      .filter((m) => m.doneDaysAgo !== null)
      .sort((a, b) => (b.doneDaysAgo ?? 0) - (a.doneDaysAgo ?? 0));
    for (const m of done) {
      const days = m.doneDaysAgo ?? 0;
      const phone = { ...ctx, by: null, now: at(days), actor: 'person' as const };
      await tickMilestone(db, phone, { milestoneId: m.id }, true, at(days));
      if (m.encouragement) {
        const note = { text: m.encouragement, byName: ctx.caseworkerName };
        await encourage(db, staff(Math.max(0, days - 1)), { goalId, milestoneId: m.id }, note);
      }
    }
    if (goal.status) {
      await changeGoal(db, staff(goal.status.daysAgo), goalId, {
        ...input,
        status: goal.status.to,
      });
    }
  }
}

const CONTACT_KINDS: { kind: ContactKind; source: ContactSource }[] = [
  { kind: 'message', source: 'app' },
  { kind: 'call', source: 'person' },
  { kind: 'call', source: 'caseworker' },
  { kind: 'message', source: 'app' },
  { kind: 'visit', source: 'caseworker' },
  { kind: 'text', source: 'person' },
];

/** The weekly target with its step-down, and the contacts of the last 12 weeks. */
async function seedContacts(db: Db, ctx: SeedContext, demo: DemoPerson) {
  const thisWeek = weekOf(ctx.now).key;
  const plan = demo.contactPlan;
  const steps = stepDown(addDays(thisWeek, -7 * plan.weeksAgo), plan.start, plan.end, plan.weeks);
  await db
    .insertInto('contact_targets')
    .values(
      steps.map((step) => ({
        service_id: ctx.serviceId,
        person_id: ctx.personId,
        from_week: step.fromWeek,
        times: step.times,
        set_by: ctx.by,
        set_at: daysBefore(ctx.now, 7 * plan.weeksAgo),
      })),
    )
    .execute();
  const rows = demo.contactsPerWeek.flatMap((count, i) => {
    const week = weekOf(new Date(`${addDays(thisWeek, -7 * (11 - i))}T12:00:00Z`));
    // This week's contacts all happened before now.
    const end = Math.min(week.end.getTime(), ctx.now.getTime() - 60_000);
    const span = end - week.start.getTime();
    return Array.from({ length: count }, (_, k) => {
      const at = new Date(week.start.getTime() + Math.floor((span * (k + 0.5)) / count));
      const { kind, source } = CONTACT_KINDS[(i + k) % CONTACT_KINDS.length] ?? CONTACT_KINDS[0]!;
      return {
        id: randomUUID(),
        service_id: ctx.serviceId,
        person_id: ctx.personId,
        at,
        kind,
        source,
        recorded_by: source === 'caseworker' ? ctx.by : null,
        created_at: at,
      };
    });
  });
  if (rows.length > 0) await db.insertInto('contact_events').values(rows).execute();
}

/** The check-ins and urgent care reports the person chose to send. */
async function seedWellbeing(db: Db, ctx: SeedContext, demo: DemoPerson) {
  for (const c of demo.checkIns) {
    const { daysAgo, ...answers } = c;
    const at = daysBefore(ctx.now, daysAgo);
    await db
      .insertInto('check_ins')
      .values({
        id: randomUUID(),
        service_id: ctx.serviceId,
        person_id: ctx.personId,
        at,
        ...answers,
        received_at: at,
      })
      .execute();
  }
  for (const u of demo.urgentCare) {
    const at = daysBefore(ctx.now, u.daysAgo);
    await db
      .insertInto('urgent_care_reports')
      .values({
        id: randomUUID(),
        service_id: ctx.serviceId,
        person_id: ctx.personId,
        at,
        went_to_ae: u.wentToAe,
        called_999: u.called999,
        called_111: u.called111,
        received_at: at,
      })
      .execute();
  }
}

/**
 * One service, a lead, two caseworkers and three people with plans, goals, hours, contact
 * targets and contacts, check-ins and codes.
 */
export async function seedDemo(db: Db, options: DemoOptions): Promise<DemoSeed> {
  const { now } = options;
  const mustChangePassword = options.mustChangePassword ?? true;
  const serviceName = options.copy?.serviceName ?? DEMO_SERVICE;
  const emailOf = (email: string) =>
    options.copy ? email.replace(/@.*$/, `@${options.copy.emailDomain}`) : email;
  const [leadInfo, ...workers] = DEMO_STAFF;
  const { serviceId, lead } = await createService(db, {
    name: serviceName,
    leadName: leadInfo.name,
    leadEmail: emailOf(leadInfo.email),
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
      email: emailOf(info.email),
      role: info.role,
      now,
    });
    ids.set(info.key, made.id);
    staff.push({
      name: info.name,
      email: emailOf(info.email),
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
        now: daysBefore(now, demo.startedDaysAgo),
      });
      const ctx = { serviceId, personId: id, by: caseworker.id, now };
      await savePlan(trx, ctx, demo.plan);
      await saveHours(trx, ctx, AGREED_HOURS);
      const firstName = info.name.split(' ')[0] ?? info.name;
      const guide = demoGuide([randomUUID(), randomUUID(), randomUUID()], firstName);
      await saveGuide(trx, ctx, guide);
      await seedGoals(trx, { ...ctx, caseworkerName: info.name }, demo);
      await seedContacts(trx, ctx, demo);
      const cafe = guide.find((c) => c.kind === 'local');
      if (cafe) await seedAlternatives(trx, ctx, cafe);
      await seedWellbeing(trx, ctx, demo);
      await seedConsent(trx, ctx, daysBefore(now, demo.startedDaysAgo));
      return id;
    });
    const { code } = await issuePairingCode(db, { serviceId, personId, issuedBy: null, now });
    people.push({
      id: personId,
      displayName: demo.displayName,
      caseworkerEmail: emailOf(info.email),
      pairingCode: code,
    });
  }
  return { service: { id: serviceId, name: serviceName }, staff, people };
}
