import { Hono, type Context } from 'hono';
import { endpoints } from '#shared/endpoints';
import { passwordProblem } from '#shared/password-strength';
import { type LoginResponse, type OkResponse, type SessionResponse } from '#shared/schemas/api';
import { audit, staffActor } from '../audit/audit';
import { withSignInLimits } from '../auth/login-guard';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { authenticateStaff, requireStaff } from '../auth/require-staff';
import {
  clearSessionCookie,
  readSessionCookie,
  setSessionCookie,
  startSession,
  type Staff,
} from '../auth/sessions';
import type { Db } from '../db/database';
import { findCaseworkerByEmail, setPassword } from '../db/tables/caseworkers.table';
import { deleteOtherSessions, deleteSession } from '../db/tables/sessions.table';
import { findService } from '../db/tables/services.table';
import type { Runtime } from '../runtime';
import { clientAddress } from './client-address';
import type { AppEnv } from '../request-env';
import { presentCaseworker, presentService } from './present';
import { ApiProblem, invalidField } from '../problem';
import { validate } from './validate';

async function whoAmI(db: Db, staff: Staff): Promise<LoginResponse> {
  const service = await findService(db, staff.caseworker.service_id);
  if (!service) throw new Error('A session points at a service that does not exist');
  return {
    caseworker: presentCaseworker(staff.caseworker),
    service: presentService(service),
    csrfToken: staff.session.csrf_token,
    mustChangePassword: staff.caseworker.must_change_password,
  };
}

/** /api/auth: sign in and out, who am I, change my password. */
export function authRoutes(deps: Runtime) {
  const { db, clock, config } = deps;
  const signedIn = requireStaff(deps, { beforePasswordChange: true });

  // Behind a proxy without TRUST_PROXY every sign-in seems to come from the proxy, so one
  // guesser's limits fall on everyone. Said once per process, at the first sign-in that shows it.
  let proxyWarned = false;
  const warnIfProxied = (c: Context) => {
    if (proxyWarned || config.trustProxy || !c.req.header('x-forwarded-for')) return;
    proxyWarned = true;
    deps.logger.warn(
      'sign-in: requests carry X-Forwarded-For but TRUST_PROXY is off, so sign-in limits see only the proxy address (README: Security)',
    );
  };

  return new Hono<AppEnv>()
    .post('/login', validate('json', endpoints.auth.login.body), async (c) => {
      const { email, password } = c.req.valid('json');
      const now = clock();
      warnIfProxied(c);
      const place = { email, address: clientAddress(c, config) };
      const found = await findCaseworkerByEmail(db, email);
      const caseworker = await withSignInLimits(db, place, now, async () => {
        const ok = await verifyPassword(found?.password_hash, password);
        return ok && found?.active ? found : undefined;
      });
      if (!caseworker) {
        if (found) {
          const actor = staffActor(found.id);
          await audit(db, { serviceId: found.service_id, actor, action: 'auth.login-failed' }, now);
        }
        throw new ApiProblem(
          401,
          'login_failed',
          'That email and password do not match. Please try again.',
        );
      }

      const { token, session } = await startSession(db, caseworker, now);
      const actor = staffActor(caseworker.id);
      await audit(db, { serviceId: caseworker.service_id, actor, action: 'auth.login' }, now);
      setSessionCookie(c, config, token);
      return c.json(await whoAmI(db, { session, caseworker, at: now }));
    })
    .get('/me', signedIn, async (c) => c.json(await whoAmI(db, c.get('staff'))))
    .get('/session', async (c) => {
      try {
        const staff = await authenticateStaff(deps, c, { beforePasswordChange: true });
        return c.json({ session: await whoAmI(db, staff) } satisfies SessionResponse);
      } catch (error) {
        if (!(error instanceof ApiProblem) || error.status !== 401) throw error;
        // A cookie naming an ended session goes, as it would from any other route.
        if (readSessionCookie(c)) clearSessionCookie(c, config);
        return c.json({ session: null } satisfies SessionResponse);
      }
    })
    .post('/logout', signedIn, async (c) => {
      const { session, caseworker } = c.get('staff');
      const now = clock();
      await deleteSession(db, session);
      const actor = staffActor(caseworker.id);
      await audit(db, { serviceId: caseworker.service_id, actor, action: 'auth.logout' }, now);
      await deps.staffChanged({
        kind: 'sessions-ended',
        caseworkerId: caseworker.id,
        sessionId: session.id,
      });
      clearSessionCookie(c, config);
      return c.json({ ok: true } satisfies OkResponse);
    })
    .post(
      '/password',
      signedIn,
      validate('json', endpoints.auth.changePassword.body),
      async (c) => {
        const { session, caseworker } = c.get('staff');
        const { currentPassword, newPassword } = c.req.valid('json');
        const now = clock();
        const place = { email: caseworker.email, address: clientAddress(c, config) };
        const right = await withSignInLimits(db, place, now, async () =>
          (await verifyPassword(caseworker.password_hash, currentPassword)) ? true : undefined,
        );
        if (!right) throw invalidField('currentPassword', 'That is not your current password.');
        const service = await findService(db, caseworker.service_id);
        const problem = passwordProblem(newPassword, {
          email: caseworker.email,
          name: caseworker.name,
          serviceName: service?.name,
        });
        if (problem) throw invalidField('newPassword', problem);
        if (newPassword === currentPassword) {
          throw invalidField('newPassword', 'Choose a password you have not used here before.');
        }
        const serviceId = caseworker.service_id;
        // Hash before the transaction: PGlite has one connection, and argon2 takes a while.
        const passwordHash = await hashPassword(newPassword);
        await db.transaction().execute(async (trx) => {
          await setPassword(trx, serviceId, caseworker.id, passwordHash, false, now);
          // Anyone else signed in as this caseworker (a shared laptop, a thief) is signed out.
          await deleteOtherSessions(trx, serviceId, caseworker.id, session.id);
          const actor = staffActor(caseworker.id);
          await audit(trx, { serviceId, actor, action: 'auth.password-change' }, now);
        });
        await deps.staffChanged({
          kind: 'sessions-ended',
          caseworkerId: caseworker.id,
          keep: session.id,
        });
        return c.json({ ok: true } satisfies OkResponse);
      },
    );
}
