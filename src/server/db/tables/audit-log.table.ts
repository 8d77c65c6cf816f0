import type { Selectable } from 'kysely';
import type { Db } from '../database';

export type ActorType = 'caseworker' | 'device' | 'system';

export interface AuditLogTable {
  id: string;
  service_id: string;
  at: Date;
  actor_type: ActorType;
  actor_id: string | null;
  action: string;
  person_id: string | null;
  subject_id: string | null;
  detail: string | null;
}
export type AuditRow = Selectable<AuditLogTable>;

/** One or more audit lines in one statement. */
export async function insertAudit(db: Db, rows: AuditRow[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('audit_log').values(rows).execute();
}

export interface AuditQuery {
  before?: Date | undefined;
  personId?: string | undefined;
  limit: number;
}

/** A service's audit log, newest first, with the actor's name when the actor is staff. */
export async function listAudit(
  db: Db,
  serviceId: string,
  query: AuditQuery,
): Promise<(AuditRow & { actor_name: string | null })[]> {
  let q = db
    .selectFrom('audit_log')
    .leftJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'audit_log.actor_id')
        .onRef('caseworkers.service_id', '=', 'audit_log.service_id'),
    )
    .selectAll('audit_log')
    .select('caseworkers.name as actor_name')
    .where('audit_log.service_id', '=', serviceId);
  if (query.before) q = q.where('audit_log.at', '<', query.before);
  if (query.personId) q = q.where('audit_log.person_id', '=', query.personId);
  return q
    .orderBy('audit_log.at', 'desc')
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit)
    .execute();
}
