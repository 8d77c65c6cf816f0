import { londonDate } from '#shared/london';
import type { AwayToday, PhoneLeave } from '#shared/schemas/leave';
import type { Db } from '../db/database';
import { awayOn, leaveFor, type AwayRow } from '../db/tables/leave.table';

export function presentAway(row: AwayRow): AwayToday {
  return {
    caseworkerName: row.away_name,
    lastDay: row.last_day,
    cover:
      row.cover_id && row.cover_name ? { caseworkerId: row.cover_id, name: row.cover_name } : null,
  };
}

/** Of these people, whose caseworker is away on the London day of `now`, in the caseload's words. */
export async function awayToday(
  db: Db,
  serviceId: string,
  personIds: string[],
  now: Date,
): Promise<Map<string, AwayToday>> {
  const rows = await awayOn(db, serviceId, personIds, londonDate(now));
  const away = new Map<string, AwayToday>();
  for (const [id, row] of rows) away.set(id, presentAway(row)!);
  return away;
}

/** The phone's copy: its caseworker's leave now and to come, with who covers this person. */
export async function leaveForPhone(
  db: Db,
  serviceId: string,
  personId: string,
  now: Date,
): Promise<PhoneLeave[]> {
  const rows = await leaveFor(db, serviceId, personId, londonDate(now), 4);
  return rows.map((r) => ({
    firstDay: r.first_day,
    lastDay: r.last_day,
    cover: r.cover_id && r.cover_name ? { name: r.cover_name, phone: r.cover_phone } : null,
  }));
}
