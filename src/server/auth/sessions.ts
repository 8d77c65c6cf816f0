import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config';
import type { Db } from '../db/database';
import type { CaseworkerRow } from '../db/tables/caseworkers.table';
import {
  deleteSession,
  findSessionByTokenHash,
  insertSession,
  touchSession,
  type SessionRow,
} from '../db/tables/sessions.table';
import type { SessionCache } from './session-cache';
import { randomToken, sha256 } from './tokens';

export const SESSION_COOKIE = 'hiu_session';
export const IDLE_LIMIT_MS = 30 * 60 * 1000;
export const ABSOLUTE_LIMIT_MS = 12 * 60 * 60 * 1000;
/** Don't write `last_seen_at` on every request; this much staleness is fine for a 30 min limit. */
const TOUCH_AFTER_MS = 30 * 1000;

/** A session and its caseworker, as stored (and cached). */
export interface SignedIn {
  session: SessionRow;
  caseworker: CaseworkerRow;
}

/** A signed-in member of staff, as every console route sees them. */
export interface Staff extends SignedIn {
  /** When the request came, by the server clock: cover during leave is decided on it. */
  at: Date;
}

/** Start a session; returns the cookie value (never stored) and the CSRF token. */
export async function startSession(
  db: Db,
  caseworker: CaseworkerRow,
  now: Date,
): Promise<{ token: string; session: SessionRow }> {
  const token = randomToken();
  const session: SessionRow = {
    id: randomUUID(),
    token_hash: sha256(token),
    service_id: caseworker.service_id,
    caseworker_id: caseworker.id,
    csrf_token: randomToken(24),
    created_at: now,
    last_seen_at: now,
  };
  await insertSession(db, session);
  return { token, session };
}

export type SessionLookup =
  { kind: 'none' } | { kind: 'expired' } | { kind: 'inactive' } | { kind: 'ok'; staff: Staff };

/**
 * Find the session behind a cookie value, ending it if it has run out. With a cache (only while
 * the live bus is reliable), a session seen in the last few seconds needs no query.
 */
export async function resumeSession(
  db: Db,
  token: string,
  now: Date,
  cache?: SessionCache,
): Promise<SessionLookup> {
  if (token.length < 20 || token.length > 100) return { kind: 'none' };
  const hash = sha256(token);
  const generation = cache?.generation() ?? 0;
  const cached = cache?.get(hash, now.getTime());
  const found = cached ?? (await findSessionByTokenHash(db, hash));
  if (!found) return { kind: 'none' };
  const { session, caseworker } = found;
  const idle = now.getTime() - session.last_seen_at.getTime();
  const age = now.getTime() - session.created_at.getTime();
  if (idle > IDLE_LIMIT_MS || age > ABSOLUTE_LIMIT_MS) {
    cache?.delete(hash);
    await deleteSession(db, session);
    return { kind: 'expired' };
  }
  if (!caseworker.active) {
    cache?.delete(hash);
    await deleteSession(db, session);
    return { kind: 'inactive' };
  }
  if (idle > TOUCH_AFTER_MS) {
    await touchSession(db, session, now);
    session.last_seen_at = now;
    cache?.touched(hash, now);
  }
  if (!cached) cache?.set(hash, found, generation, now.getTime());
  return { kind: 'ok', staff: { session, caseworker, at: now } };
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

export function setSessionCookie(c: Context, config: Config, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/api',
    httpOnly: true,
    sameSite: 'Strict',
    secure: config.https,
    maxAge: ABSOLUTE_LIMIT_MS / 1000,
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/api',
    httpOnly: true,
    sameSite: 'Strict',
    secure: config.https,
  });
}
