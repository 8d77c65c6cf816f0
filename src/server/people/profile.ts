import type { DeviceProfile } from '#shared/schemas/api';
import { LocalGuideContact } from '#shared/schemas/guide';
import { Hours } from '#shared/schemas/hours';
import { CrisisPlan, emptyPlanSections } from '#shared/schemas/plan';
import { z } from 'zod';
import type { Db } from '../db/database';
import { loadServiceCalendar } from '../calendar/service-calendar';
import { findProfileRow } from '../db/tables/profile.query';
import { photoUrl } from '../photos/image';
import { leaveForPhone } from '../leave/away';
import { loadContactsView } from './contacts';
import { EMPTY_ROUTINE } from '#shared/schemas/routine';
import { NO_HOURS, routineFrom } from './documents';
import { goalsForPhone, loadGoals } from './goals';
import { loadRelapsePlan } from '../reviews/reviews';

const Guide = z.array(LocalGuideContact);

/**
 * What a paired phone caches: its person's plan, agreed hours and local guide contacts, how
 * their support stands (with the relapse plan agreed on stepping back), their goals and their
 * contacts against the weekly target, and their caseworker's leave with who covers.
 */
export async function loadDeviceProfile(
  db: Db,
  serviceId: string,
  personId: string,
  now: Date,
): Promise<DeviceProfile | undefined> {
  const row = await findProfileRow(db, serviceId, personId);
  if (!row) return undefined;
  const plan: CrisisPlan = row.plan_updated_at
    ? CrisisPlan.parse({
        sections: row.plan_sections,
        updatedAt: row.plan_updated_at.toISOString(),
      })
    : { sections: emptyPlanSections(), updatedAt: row.person_created_at.toISOString() };
  return {
    person: { id: row.person_id, displayName: row.display_name },
    caseworker: {
      name: row.caseworker_name,
      photo: row.caseworker_photo_id ? photoUrl(row.caseworker_photo_id) : null,
    },
    service: { name: row.service_name },
    hours: row.hours === null ? NO_HOURS : Hours.parse(row.hours),
    plan,
    routine: row.routine_updated_at
      ? routineFrom(row.routine_parts, row.routine_updated_at)
      : EMPTY_ROUTINE,
    guide: Guide.parse(row.guide ?? []),
    nhs111Wording: row.nhs111_wording,
    support: {
      status: row.status,
      startedAt: row.person_created_at.toISOString(),
      steppedBackAt: row.stepped_back_at?.toISOString() ?? null,
    },
    goals: goalsForPhone(await loadGoals(db, serviceId, personId), now),
    contacts: await loadContactsView(db, serviceId, personId, now),
    calendar: await calendarForPhone(db, serviceId),
    relapsePlan: await loadRelapsePlan(db, serviceId, personId),
    leave: await leaveForPhone(db, serviceId, personId, now),
    syncedAt: now.toISOString(),
  };
}

/** The service calendar as the phone keeps it: the rules' inputs, so it never runs out. */
async function calendarForPhone(db: Db, serviceId: string) {
  const { nations, closures } = await loadServiceCalendar(db, serviceId);
  return { nations, closures };
}
