import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import type { StaffEnv } from '../request-env';
import type { RequestLimiter } from '../limits/request-limits';
import { ApiProblem } from '../problem';
import type { SessionCache } from './session-cache';
import { clearSessionCookie, readSessionCookie, resumeSession, type Staff } from './sessions';
import { sameSecret } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequireStaffOptions {
  /** Let someone with a one-time password through (to /me, /password and /logout only). */
  beforePasswordChange?: boolean;
}

/** Not signed in (any more): the answer also clears the cookie (see `answerSignedOut`). */
class SignedOut extends ApiProblem {}

/**
 * The signed-in member of staff behind a request: a live `hiu_session` cookie, and on every
 * write an `x-csrf-token` header equal to the session's token (SameSite=Strict is the first
 * wall, this is the second). Throws an ApiProblem otherwise.
 */
export async function authenticateStaff(
  deps: AppDeps & { sessionCache?: SessionCache },
  c: Context,
  options: RequireStaffOptions = {},
): Promise<Staff> {
  const token = readSessionCookie(c);
  if (!token) throw new ApiProblem(401, 'not_signed_in', 'Please sign in.');
  // The cache is trusted only while every instance's invalidations are being heard.
  const cache = deps.sessionCache && deps.live?.reliable() ? deps.sessionCache : undefined;
  const found = await resumeSession(deps.db, token, deps.clock(), cache);
  if (found.kind !== 'ok') {
    throw found.kind === 'expired'
      ? new SignedOut(
          401,
          'session_expired',
          'You were signed out to keep things safe. Please sign in again.',
        )
      : new SignedOut(401, 'not_signed_in', 'Please sign in.');
  }
  const { staff } = found;
  if (!SAFE_METHODS.has(c.req.method)) {
    const sent = c.req.header('x-csrf-token');
    if (!sent || !sameSecret(sent, staff.session.csrf_token)) {
      throw new ApiProblem(
        403,
        'csrf_failed',
        'This page is out of date. Please reload it and try again.',
      );
    }
  }
  if (staff.caseworker.must_change_password && !options.beforePasswordChange) {
    throw new ApiProblem(
      403,
      'password_change_required',
      'Please choose a new password before you carry on.',
    );
  }
  return staff;
}

/** A session that has ended is answered here, so the cookie-clearing header goes with it. */
export function answerSignedOut(deps: AppDeps, c: Context, error: unknown): Response | undefined {
  if (!(error instanceof SignedOut)) return undefined;
  clearSessionCookie(c, deps.config);
  return c.json(error.body, error.status);
}

/** Console routes: see `authenticateStaff`; each request is charged to the session's share. */
export function requireStaff(
  deps: AppDeps & { limiter?: RequestLimiter; sessionCache?: SessionCache },
  options: RequireStaffOptions = {},
) {
  return createMiddleware<StaffEnv>(async (c, next) => {
    let staff: Staff;
    try {
      staff = await authenticateStaff(deps, c, options);
    } catch (error) {
      const answer = answerSignedOut(deps, c, error);
      if (answer) return answer;
      throw error;
    }
    await deps.limiter?.charge(`session:${staff.session.id}`, c);
    c.set('staff', staff);
    await next();
  });
}
