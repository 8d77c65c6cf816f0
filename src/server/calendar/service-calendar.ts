import { DEFAULT_CALENDAR } from '#shared/calendar';
import { ServiceCalendar, type CalendarResponse } from '#shared/schemas/calendar';
import { audit, staffActor } from '../audit/audit';
import type { Db } from '../db/database';
import { bumpServiceProfileVersions } from '../db/tables/people.table';
import { readServiceCalendar, writeServiceCalendar } from '../db/tables/service-calendars.table';

/**
 * The service's calendar, read back through the shared schema. No row yet: England and Wales
 * with no closures, the same default the phone uses.
 */
export async function loadServiceCalendar(db: Db, serviceId: string): Promise<CalendarResponse> {
  const stored = await readServiceCalendar(db, serviceId);
  if (!stored) return { ...DEFAULT_CALENDAR, updatedAt: null };
  const calendar = ServiceCalendar.parse({ nations: stored.nations, closures: stored.closures });
  return { ...calendar, updatedAt: stored.updatedAt.toISOString() };
}

/** What the calendar changed, in plain words for the audit log (no names, no notes). */
function describe(before: ServiceCalendar, after: ServiceCalendar): string {
  const words: string[] = [];
  if (before.nations.join() !== after.nations.join()) {
    words.push(`nations: ${after.nations.join(', ')}`);
  }
  if (before.closures.length !== after.closures.length || words.length === 0) {
    words.push(`${after.closures.length} team closure${after.closures.length === 1 ? '' : 's'}`);
  }
  return `Service calendar changed (${words.join('; ')})`;
}

/**
 * The lead saves the calendar. Every phone of the service gets it with its next profile (each
 * person's profile version moves, so no instance serves a cached profile without it), and the
 * change is audited, in one transaction. Answers the ids of the people whose profile moved.
 */
export async function saveServiceCalendar(
  db: Db,
  who: { serviceId: string; caseworkerId: string },
  calendar: ServiceCalendar,
  now: Date,
): Promise<string[]> {
  const sorted: ServiceCalendar = {
    nations: calendar.nations,
    closures: [...calendar.closures].sort((a, b) => a.from.localeCompare(b.from)),
  };
  return db.transaction().execute(async (trx) => {
    const before = await loadServiceCalendar(trx, who.serviceId);
    await writeServiceCalendar(trx, who.serviceId, sorted, who.caseworkerId, now);
    const people = await bumpServiceProfileVersions(trx, who.serviceId);
    await audit(
      trx,
      {
        serviceId: who.serviceId,
        actor: staffActor(who.caseworkerId),
        action: 'calendar.update',
        detail: describe(before, sorted),
      },
      now,
    );
    return people;
  });
}
