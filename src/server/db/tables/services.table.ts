import type { Selectable } from 'kysely';
import type { Db } from '../database';

export interface ServicesTable {
  id: string;
  name: string;
  created_at: Date;
}
export type ServiceRow = Selectable<ServicesTable>;

export async function insertService(db: Db, row: ServiceRow): Promise<void> {
  await db.insertInto('services').values(row).execute();
}

export async function findService(db: Db, serviceId: string): Promise<ServiceRow | undefined> {
  return db.selectFrom('services').selectAll().where('id', '=', serviceId).executeTakeFirst();
}

/** Every service with its head-count, for the admin command (the only cross-tenant read). */
export async function listServicesForAdmin(
  db: Db,
): Promise<(ServiceRow & { caseworkers: number; people: number })[]> {
  const rows = await db
    .selectFrom('services')
    .selectAll('services')
    .select((eb) => [
      eb
        .selectFrom('caseworkers')
        .whereRef('caseworkers.service_id', '=', 'services.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('caseworkers'),
      eb
        .selectFrom('people')
        .whereRef('people.service_id', '=', 'services.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('people'),
    ])
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ ...r, caseworkers: Number(r.caseworkers), people: Number(r.people) }));
}

export async function countServices(db: Db): Promise<number> {
  const row = await db
    .selectFrom('services')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
