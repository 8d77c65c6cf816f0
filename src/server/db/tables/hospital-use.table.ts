import { sql } from 'kysely';
import type { HospitalCounts, HospitalKind, HospitalMonthRow } from '#shared/schemas/hospital-use';
import type { Db } from '../database';

/** One person's hospital use in one month (see the migration). */
export interface HospitalUseTable {
  service_id: string;
  person_id: string;
  month: string;
  ae: number | null;
  calls999: number | null;
  conveyances: number | null;
  admissions: number | null;
  source: 'import' | 'manual';
  updated_at: Date;
  updated_by: string | null;
}

/** A person's months, newest first. */
export async function listHospitalUse(
  db: Db,
  serviceId: string,
  personId: string,
): Promise<HospitalMonthRow[]> {
  const rows = await db
    .selectFrom('hospital_use')
    .selectAll()
    .where('service_id', '=', serviceId)
    .where('person_id', '=', personId)
    .orderBy('month', 'desc')
    .execute();
  return rows.map((r) => ({
    month: r.month,
    ae: r.ae,
    calls999: r.calls999,
    conveyances: r.conveyances,
    admissions: r.admissions,
    source: r.source,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** Set (or, with every kind null, remove) one person's month, as entered by hand. */
export async function setHospitalMonth(
  db: Db,
  key: { serviceId: string; personId: string; month: string },
  counts: HospitalCounts,
  by: string,
  now: Date,
): Promise<void> {
  const none = Object.values(counts).every((v) => v === null);
  if (none) {
    await db
      .deleteFrom('hospital_use')
      .where('service_id', '=', key.serviceId)
      .where('person_id', '=', key.personId)
      .where('month', '=', key.month)
      .execute();
    return;
  }
  const values = { ...counts, source: 'manual' as const, updated_at: now, updated_by: by };
  await db
    .insertInto('hospital_use')
    .values({ service_id: key.serviceId, person_id: key.personId, month: key.month, ...values })
    .onConflict((oc) => oc.columns(['person_id', 'month']).doUpdateSet(values))
    .execute();
}

/** One imported cell set: the kinds the file mapped, for one person and month. */
export interface ImportedMonth {
  personId: string;
  month: string;
  counts: Partial<Record<HospitalKind, number>>;
}

/**
 * Write an import's rows (the caller's transaction): each row's mapped kinds are set, other
 * kinds keep what they had. Then, for every person in the file, each month of the file's span
 * with no value yet for a mapped kind gets 0: not in the trust's file that month means none.
 * Returns how many months were filled with 0.
 */
export async function writeImport(
  db: Db,
  serviceId: string,
  kinds: HospitalKind[],
  rows: ImportedMonth[],
  span: string[],
  by: string,
  now: Date,
): Promise<number> {
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    await db
      .insertInto('hospital_use')
      .values(
        part.map((r) => ({
          service_id: serviceId,
          person_id: r.personId,
          month: r.month,
          ae: r.counts.ae ?? null,
          calls999: r.counts.calls999 ?? null,
          conveyances: r.counts.conveyances ?? null,
          admissions: r.counts.admissions ?? null,
          source: 'import' as const,
          updated_at: now,
          updated_by: by,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['person_id', 'month']).doUpdateSet((eb) => ({
          ...Object.fromEntries(kinds.map((k) => [k, eb.ref(`excluded.${k}`)])),
          source: 'import' as const,
          updated_at: now,
          updated_by: by,
        })),
      )
      .execute();
  }
  const people = [...new Set(rows.map((r) => r.personId))];
  let filled = 0;
  for (const kind of kinds) {
    const col = sql.ref(kind);
    for (let i = 0; i < people.length; i += CHUNK) {
      const part = people.slice(i, i + CHUNK);
      // Every (person, month) of the span: a new row with 0, or 0 where the kind is unknown.
      const result = await sql<{ n: number }>`
        with grid as (
          select p.id as person_id, m.month
            from people p cross join unnest(${span}::text[]) as m(month)
           where p.service_id = ${serviceId} and p.id = any(${part}::uuid[])),
        added as (
          insert into hospital_use (service_id, person_id, month, ${col}, source, updated_at, updated_by)
          select ${serviceId}, g.person_id, g.month, 0, 'import', ${now}, ${by} from grid g
          on conflict (person_id, month) do update set ${col} = 0
            where hospital_use.${col} is null
          returning 1)
        select count(*)::int as n from added`.execute(db);
      filled += result.rows[0]?.n ?? 0;
    }
  }
  return filled;
}

/** Every person of the service with a service reference, by the reference in lower case. */
export async function serviceRefs(db: Db, serviceId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'service_ref'])
    .where('service_id', '=', serviceId)
    .where('service_ref', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.service_ref!.toLowerCase(), r.id]));
}

/** Set or clear a person's reference; false when another person of the service has it. */
export async function setServiceRef(
  db: Db,
  serviceId: string,
  personId: string,
  ref: string | null,
): Promise<boolean> {
  if (ref !== null) {
    const other = await db
      .selectFrom('people')
      .select('id')
      .where('service_id', '=', serviceId)
      .where('id', '!=', personId)
      .where(sql<string>`lower(service_ref)`, '=', ref.toLowerCase())
      .executeTakeFirst();
    if (other) return false;
  }
  await db
    .updateTable('people')
    .set({ service_ref: ref })
    .where('service_id', '=', serviceId)
    .where('id', '=', personId)
    .execute();
  return true;
}
