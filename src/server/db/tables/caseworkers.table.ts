import type { ColumnType, Selectable } from 'kysely';
import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

export type Role = 'lead' | 'caseworker';

export interface CaseworkersTable {
  id: string;
  service_id: string;
  name: string;
  email: string;
  role: Role;
  password_hash: string;
  must_change_password: boolean;
  active: boolean;
  working_hours: Jsonb;
  created_at: Date;
  password_changed_at: Date;
  /** Their current photo (photos.id), shown on the phones of the people they support. */
  photo_id: ColumnType<string | null, string | null | undefined, string | null>;
}
export type CaseworkerRow = Selectable<CaseworkersTable>;

export interface NewCaseworker {
  id: string;
  serviceId: string;
  name: string;
  email: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  workingHours: unknown;
  now: Date;
}

export async function insertCaseworker(db: Db, c: NewCaseworker): Promise<void> {
  await db
    .insertInto('caseworkers')
    .values({
      id: c.id,
      service_id: c.serviceId,
      name: c.name,
      email: c.email,
      role: c.role,
      password_hash: c.passwordHash,
      must_change_password: c.mustChangePassword,
      active: true,
      working_hours: jsonb(c.workingHours),
      created_at: c.now,
      password_changed_at: c.now,
    })
    .execute();
}

/** Login looks a caseworker up by email alone; emails are unique across services. */
export async function findCaseworkerByEmail(
  db: Db,
  email: string,
): Promise<CaseworkerRow | undefined> {
  return db.selectFrom('caseworkers').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function findCaseworker(
  db: Db,
  serviceId: string,
  caseworkerId: string,
): Promise<CaseworkerRow | undefined> {
  return db
    .selectFrom('caseworkers')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('id', '=', caseworkerId)
    .executeTakeFirst();
}

export async function listCaseworkers(db: Db, serviceId: string): Promise<CaseworkerRow[]> {
  return db
    .selectFrom('caseworkers')
    .selectAll()
    .where('service_id', '=', serviceId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function emailTaken(db: Db, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('caseworkers')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setPassword(
  db: Db,
  serviceId: string,
  caseworkerId: string,
  passwordHash: string,
  mustChange: boolean,
  now: Date,
): Promise<void> {
  await db
    .updateTable('caseworkers')
    .set({
      password_hash: passwordHash,
      must_change_password: mustChange,
      password_changed_at: now,
    })
    .where('service_id', '=', serviceId)
    .where('id', '=', caseworkerId)
    .execute();
}

/** A caseworker's own working hours (stored as given; read back with `workingHours()`). */
export async function setWorkingHours(
  db: Db,
  serviceId: string,
  caseworkerId: string,
  hours: unknown,
): Promise<void> {
  await db
    .updateTable('caseworkers')
    .set({ working_hours: jsonb(hours) })
    .where('service_id', '=', serviceId)
    .where('id', '=', caseworkerId)
    .execute();
}

export async function setCaseworkerPhoto(
  db: Db,
  serviceId: string,
  caseworkerId: string,
  photoId: string,
): Promise<void> {
  await db
    .updateTable('caseworkers')
    .set({ photo_id: photoId })
    .where('service_id', '=', serviceId)
    .where('id', '=', caseworkerId)
    .execute();
}
