import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

export interface ServiceCalendarsTable {
  service_id: string;
  nations: Jsonb;
  closures: Jsonb;
  updated_by: string | null;
  updated_at: Date;
}

export interface StoredCalendar {
  nations: unknown;
  closures: unknown;
  updatedAt: Date;
}

export async function readServiceCalendar(
  db: Db,
  serviceId: string,
): Promise<StoredCalendar | undefined> {
  const row = await db
    .selectFrom('service_calendars')
    .select(['nations', 'closures', 'updated_at'])
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  return row && { nations: row.nations, closures: row.closures, updatedAt: row.updated_at };
}

export async function writeServiceCalendar(
  db: Db,
  serviceId: string,
  calendar: { nations: unknown; closures: unknown },
  by: string,
  now: Date,
): Promise<void> {
  const values = {
    nations: jsonb(calendar.nations),
    closures: jsonb(calendar.closures),
    updated_by: by,
    updated_at: now,
  };
  await db
    .insertInto('service_calendars')
    .values({ service_id: serviceId, ...values })
    .onConflict((oc) => oc.column('service_id').doUpdateSet(values))
    .execute();
}
