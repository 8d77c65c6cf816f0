import type { Db } from '../database';

export interface TriageDoneTable {
  service_id: string;
  caseworker_id: string;
  item_key: string;
  person_id: string;
  done_at: Date;
}

/** Mark a row done for this member of staff; true when this call marked it (the first mark stays). */
export async function markTriageDone(
  db: Db,
  row: { serviceId: string; caseworkerId: string; key: string; personId: string },
  now: Date,
): Promise<boolean> {
  const made = await db
    .insertInto('triage_done')
    .values({
      service_id: row.serviceId,
      caseworker_id: row.caseworkerId,
      item_key: row.key,
      person_id: row.personId,
      done_at: now,
    })
    .onConflict((oc) => oc.columns(['caseworker_id', 'item_key']).doNothing())
    .returning('item_key')
    .executeTakeFirst();
  return made !== undefined;
}

/** Which of `keys` this member of staff marked done. */
export async function doneTriageKeys(
  db: Db,
  caseworkerId: string,
  keys: string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .selectFrom('triage_done')
    .select('item_key')
    .where('caseworker_id', '=', caseworkerId)
    .where('item_key', 'in', keys)
    .execute();
  return new Set(rows.map((r) => r.item_key));
}
