import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import { DEFAULT_SAFEGUARDING_CATEGORIES } from '#shared/safeguarding';
import { SafeguardingCategories } from '#shared/schemas/safeguarding';
import type { Db } from '../database';
import { jsonb, type Jsonb } from '../json';

/** A service's own list of categories (see the migration). */
export interface SafeguardingCategoriesTable {
  service_id: string;
  categories: Jsonb;
  updated_by: string;
  updated_at: Date;
}

/** The service's categories, or the default list if the lead never changed it. */
export async function getCategories(db: Db, serviceId: string): Promise<string[]> {
  const row = await db
    .selectFrom('safeguarding_categories')
    .select('categories')
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  if (!row) return [...DEFAULT_SAFEGUARDING_CATEGORIES];
  return SafeguardingCategories.shape.categories.parse(row.categories);
}

/** Replace the service's categories. */
export async function putCategories(
  db: Db,
  serviceId: string,
  categories: string[],
  by: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('safeguarding_categories')
    .values({
      service_id: serviceId,
      categories: jsonb(categories),
      updated_by: by,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .column('service_id')
        .doUpdateSet({ categories: jsonb(categories), updated_by: by, updated_at: now }),
    )
    .execute();
}

/** A safeguarding concern about a person (see the migration). */
export interface SafeguardingConcernsTable {
  id: string;
  service_id: string;
  person_id: string;
  /** 'YYYY-MM-DD' (`date` columns are read as strings, see openDatabase). */
  raised_on: ColumnType<string, string, string>;
  category: string;
  what_was_done: string;
  referred_to: string;
  status: 'open' | 'closed';
  recorded_by: string;
  recorded_at: Date;
  closed_by: string | null;
  closed_at: Date | null;
}

/** One line added to a concern; never changed once written. */
export interface SafeguardingUpdatesTable {
  id: string;
  concern_id: string;
  service_id: string;
  text: string;
  written_by: string;
  written_at: Date;
  seq: Generated<string>;
}

export type ConcernRow = Selectable<SafeguardingConcernsTable> & {
  recorded_by_name: string | null;
  closed_by_name: string | null;
};
export type UpdateRow = Selectable<SafeguardingUpdatesTable> & { written_by_name: string | null };
export type OpenConcernRow = ConcernRow & { person_name: string; caseworker_name: string };

/** Staff names come from the books while they are on them (a concern outlives staff changes). */
function selectConcerns(db: Db, serviceId: string) {
  return db
    .selectFrom('safeguarding_concerns')
    .leftJoin('caseworkers as recorder', (join) =>
      join
        .onRef('recorder.id', '=', 'safeguarding_concerns.recorded_by')
        .onRef('recorder.service_id', '=', 'safeguarding_concerns.service_id'),
    )
    .leftJoin('caseworkers as closer', (join) =>
      join
        .onRef('closer.id', '=', 'safeguarding_concerns.closed_by')
        .onRef('closer.service_id', '=', 'safeguarding_concerns.service_id'),
    )
    .selectAll('safeguarding_concerns')
    .select(['recorder.name as recorded_by_name', 'closer.name as closed_by_name'])
    .where('safeguarding_concerns.service_id', '=', serviceId);
}

export async function insertConcern(
  db: Db,
  row: Insertable<SafeguardingConcernsTable>,
): Promise<void> {
  await db.insertInto('safeguarding_concerns').values(row).execute();
}

export async function insertConcernUpdate(
  db: Db,
  row: Insertable<SafeguardingUpdatesTable>,
): Promise<void> {
  await db.insertInto('safeguarding_updates').values(row).execute();
}

/** Close an open concern; false if it was closed already. */
export async function closeConcern(
  db: Db,
  serviceId: string,
  concernId: string,
  by: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('safeguarding_concerns')
    .set({ status: 'closed', closed_by: by, closed_at: now })
    .where('service_id', '=', serviceId)
    .where('id', '=', concernId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A person's concerns, newest raised first. */
export async function listConcerns(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<ConcernRow[]> {
  return selectConcerns(db, serviceId)
    .where('safeguarding_concerns.person_id', '=', personId)
    .orderBy('safeguarding_concerns.raised_on', 'desc')
    .orderBy('safeguarding_concerns.recorded_at', 'desc')
    .limit(500)
    .execute();
}

/** One concern of a person's, or undefined. */
export async function findConcern(
  db: Db,
  serviceId: string,
  personId: string,
  concernId: string,
): Promise<ConcernRow | undefined> {
  return selectConcerns(db, serviceId)
    .where('safeguarding_concerns.person_id', '=', personId)
    .where('safeguarding_concerns.id', '=', concernId)
    .executeTakeFirst();
}

/** Every open concern in the service, oldest raised first, with whose they are. */
export async function listOpenConcerns(db: Db, serviceId: string): Promise<OpenConcernRow[]> {
  return selectConcerns(db, serviceId)
    .innerJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'safeguarding_concerns.person_id')
        .onRef('people.service_id', '=', 'safeguarding_concerns.service_id'),
    )
    .innerJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'people.caseworker_id')
        .onRef('caseworkers.service_id', '=', 'people.service_id'),
    )
    .select(['people.display_name as person_name', 'caseworkers.name as caseworker_name'])
    .where('safeguarding_concerns.status', '=', 'open')
    .orderBy('safeguarding_concerns.raised_on', 'asc')
    .orderBy('safeguarding_concerns.recorded_at', 'asc')
    .limit(2000)
    .execute();
}

/** The updates of these concerns, oldest first. */
export async function listConcernUpdates(
  db: Db,
  serviceId: string,
  concernIds: string[],
): Promise<UpdateRow[]> {
  if (concernIds.length === 0) return [];
  return db
    .selectFrom('safeguarding_updates')
    .leftJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'safeguarding_updates.written_by')
        .onRef('caseworkers.service_id', '=', 'safeguarding_updates.service_id'),
    )
    .selectAll('safeguarding_updates')
    .select('caseworkers.name as written_by_name')
    .where('safeguarding_updates.service_id', '=', serviceId)
    .where('safeguarding_updates.concern_id', 'in', concernIds)
    .orderBy('safeguarding_updates.seq', 'asc')
    .execute();
}
