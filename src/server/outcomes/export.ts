import { sql } from 'kysely';
import type { Db } from '../db/database';
import { csvHeader, outcomesCsvLines } from './csv';
import { computeOutcomes } from './figures';
import { emptyRows, loadCaseworkersByService, loadOutcomeRowsByService } from './load';

/**
 * The anonymised CSV of every service (the admin command `export-outcomes`): the header, then
 * each service's rows, oldest service first. The only cross-tenant read besides the service
 * list; it carries no names and no free text.
 */
export async function exportAllOutcomes(
  db: Db,
  now: Date,
  write: (line: string) => void,
): Promise<{ services: number; rows: number }> {
  const services = await sql<{ id: string }>`
    select id from services order by created_at, id`.execute(db);
  // Every service at once: the same seven grouped queries as for one service.
  const rowsByService = await loadOutcomeRowsByService(db, now);
  const caseworkersByService = await loadCaseworkersByService(db);
  write(csvHeader());
  let rows = 0;
  for (const { id } of services.rows) {
    const outcomes = computeOutcomes(
      rowsByService.get(id) ?? emptyRows(),
      caseworkersByService.get(id) ?? [],
      now,
    );
    const lines = outcomesCsvLines(id, outcomes, now);
    for (const line of lines) write(line);
    rows += lines.length;
  }
  return { services: services.rows.length, rows };
}
