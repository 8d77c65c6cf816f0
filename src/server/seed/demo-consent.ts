import { londonDate } from '#shared/london';
import { CONSENT_TOPICS } from '#shared/schemas/consent';
import type { Db } from '../db/database';
import { addConsentLine } from '../db/tables/consent.table';

/** The services a demo person's crisis plan may be shared with. */
export const DEMO_PLAN_SHARED_WITH = ['Umbervale General Hospital A&E', 'The ambulance service'];

/**
 * Each demo person agreed to everything in person with their caseworker on the day support
 * began, as a team would record it at the first meeting.
 */
export async function seedConsent(
  db: Db,
  ctx: { serviceId: string; personId: string; by: string; now: Date },
  startedAt: Date,
): Promise<void> {
  for (const topic of CONSENT_TOPICS) {
    await addConsentLine(
      db,
      {
        serviceId: ctx.serviceId,
        personId: ctx.personId,
        topic,
        action: 'given',
        day: londonDate(startedAt),
        how: 'in-person',
        sharedWith: topic === 'share-plan' ? DEMO_PLAN_SHARED_WITH : [],
        by: { staffId: ctx.by },
      },
      ctx.now,
    );
  }
}
