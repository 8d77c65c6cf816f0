import { randomUUID } from 'node:crypto';
import { addDays, londonToInstant } from '#shared/london';
import { weekOf } from '#shared/weeks';
import type { Db } from '../db/database';
import { replaceContactAlternatives } from '../db/tables/support-used.table';

/** Visits to the drop-in café a week, oldest first: contact moving to community support. */
const DROP_IN_VISITS = [0, 0, 0, 0, 1, 0, 1, 1, 2, 1, 2, 1];

/** A visit on Tuesday late morning, a second on Thursday evening: when the café is open. */
const VISIT_TIMES = [
  { days: 1, time: '11:00' },
  { days: 3, time: '18:00' },
];

/**
 * The drop-in café as the alternative to contacting the team, and visits logged over the 12
 * weeks. Never Samaritans: its one-tap button would be "I called Samaritans", beside the
 * person's "I called Sam".
 */
export async function seedAlternatives(
  db: Db,
  ctx: { serviceId: string; personId: string; by: string; now: Date },
  cafe: { id: string; name: string },
) {
  await replaceContactAlternatives(db, { ...ctx, ids: [cafe.id] });
  const thisWeek = weekOf(ctx.now).key;
  const rows = DROP_IN_VISITS.flatMap((count, i) => {
    const monday = addDays(thisWeek, -7 * (11 - i));
    return VISIT_TIMES.slice(0, count)
      .map((v) => londonToInstant(addDays(monday, v.days), v.time))
      .filter((at) => at < ctx.now)
      .map((at) => ({
        id: randomUUID(),
        service_id: ctx.serviceId,
        person_id: ctx.personId,
        guide_contact_id: cafe.id,
        kind: 'visit' as const,
        name: cafe.name,
        at,
        created_at: at,
      }));
  });
  if (rows.length > 0) await db.insertInto('support_used').values(rows).execute();
}
