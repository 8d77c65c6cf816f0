import type { Selectable } from 'kysely';
import type { Db } from '../database';
import type { CaseworkerRow } from './caseworkers.table';

export interface SessionsTable {
  id: string;
  token_hash: string;
  service_id: string;
  caseworker_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
}
export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The session and its caseworker in one query (every console request makes it). */
export async function findSessionByTokenHash(
  db: Db,
  tokenHash: string,
): Promise<{ session: SessionRow; caseworker: CaseworkerRow } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'sessions.caseworker_id')
        .onRef('caseworkers.service_id', '=', 'sessions.service_id'),
    )
    .select([
      'sessions.id as s_id',
      'sessions.token_hash as s_token_hash',
      'sessions.service_id as s_service_id',
      'sessions.caseworker_id as s_caseworker_id',
      'sessions.csrf_token as s_csrf_token',
      'sessions.created_at as s_created_at',
      'sessions.last_seen_at as s_last_seen_at',
    ])
    .selectAll('caseworkers')
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { s_id, s_token_hash, s_service_id, s_caseworker_id, s_csrf_token, ...rest } = row;
  const { s_created_at, s_last_seen_at, ...caseworker } = rest;
  return {
    session: {
      id: s_id,
      token_hash: s_token_hash,
      service_id: s_service_id,
      caseworker_id: s_caseworker_id,
      csrf_token: s_csrf_token,
      created_at: s_created_at,
      last_seen_at: s_last_seen_at,
    },
    caseworker,
  };
}

export async function touchSession(db: Db, session: SessionRow, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('service_id', '=', session.service_id)
    .where('id', '=', session.id)
    .execute();
}

export async function deleteSession(db: Db, session: SessionRow): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('service_id', '=', session.service_id)
    .where('id', '=', session.id)
    .execute();
}

/** End every session of a caseworker except, optionally, the one in use. */
export async function deleteOtherSessions(
  db: Db,
  serviceId: string,
  caseworkerId: string,
  keepSessionId?: string,
): Promise<void> {
  let q = db
    .deleteFrom('sessions')
    .where('service_id', '=', serviceId)
    .where('caseworker_id', '=', caseworkerId);
  if (keepSessionId) q = q.where('id', '!=', keepSessionId);
  await q.execute();
}

/** Sweep sessions that can no longer be used, so the table does not grow for ever. */
export async function deleteExpiredSessions(
  db: Db,
  idleBefore: Date,
  createdBefore: Date,
): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]),
    )
    .execute();
}

/**
 * For open event streams: which of these sessions still exist, when they were last used and
 * whether their caseworker is active. Reads only (a stream must not keep a session alive).
 */
export async function findLiveSessions(
  db: Db,
  ids: string[],
): Promise<Map<string, { lastSeenAt: Date; createdAt: Date; active: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('caseworkers', (join) =>
      join
        .onRef('caseworkers.id', '=', 'sessions.caseworker_id')
        .onRef('caseworkers.service_id', '=', 'sessions.service_id'),
    )
    .select(['sessions.id', 'sessions.last_seen_at', 'sessions.created_at', 'caseworkers.active'])
    .where('sessions.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { lastSeenAt: r.last_seen_at, createdAt: r.created_at, active: r.active },
    ]),
  );
}
