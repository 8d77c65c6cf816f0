import { createMiddleware } from 'hono/factory';
import type { AppDeps } from '../deps';
import type { StaffEnv } from '../http/env';
import { ApiProblem } from '../http/problem';
import { clearSessionCookie, readSessionCookie, resumeSession } from './sessions';
import { sameSecret } from './tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequireStaffOptions {
  /** Let someone with a one-time password through (to /me, /password and /logout only). */
  beforePasswordChange?: boolean;
}

/**
 * Console routes: a live `hiu_session` cookie, and on every write an `x-csrf-token` header
 * equal to the session's token (SameSite=Strict is the first wall, this is the second).
 */
export function requireStaff(deps: AppDeps, options: RequireStaffOptions = {}) {
  return createMiddleware<StaffEnv>(async (c, next) => {
    const token = readSessionCookie(c);
    if (!token) throw new ApiProblem(401, 'not_signed_in', 'Please sign in.');
    const found = await resumeSession(deps.db, token, deps.clock());
    if (found.kind !== 'ok') {
      clearSessionCookie(c, deps.config);
      const problem =
        found.kind === 'expired'
          ? new ApiProblem(
              401,
              'session_expired',
              'You were signed out to keep things safe. Please sign in again.',
            )
          : new ApiProblem(401, 'not_signed_in', 'Please sign in.');
      return c.json(problem.body, problem.status);
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
    c.set('staff', staff);
    await next();
  });
}
