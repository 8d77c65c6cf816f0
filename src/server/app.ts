import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from './deps';
import { auditRoutes } from './http/audit.routes';
import { authRoutes } from './http/auth.routes';
import { caseworkersRoutes } from './http/caseworkers.routes';
import { deviceRoutes } from './http/device.routes';
import { devicesRoutes } from './http/devices.routes';
import type { AppEnv } from './http/env';
import { guideRoutes } from './http/guide.routes';
import { healthRoutes } from './http/health.routes';
import { hoursRoutes } from './http/hours.routes';
import { pairingRoutes } from './http/pairing.routes';
import { peopleRoutes } from './http/people.routes';
import { planRoutes } from './http/plan.routes';
import { ApiProblem } from './http/problem';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { DEFAULT_DIST_DIR, staticFiles } from './http/static';

/** The largest JSON body we accept. Plans and guides are a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = new ApiProblem(413, 'too_large', 'That is too much to send at once.');

/** Plain words for the few errors Hono itself raises (bad JSON, oversized bodies). */
function fromHttpException(error: HTTPException): ApiProblem {
  if (error.status === 413) return tooLarge;
  if (error.status === 400) {
    return new ApiProblem(400, 'invalid_json', 'That could not be read. Send the details as JSON.');
  }
  if (error.status === 401) return new ApiProblem(401, 'not_signed_in', 'Please sign in.');
  if (error.status === 403) return new ApiProblem(403, 'forbidden', 'You cannot do that.');
  if (error.status === 404) return new ApiProblem(404, 'not_found', 'That could not be found.');
  return new ApiProblem(400, 'bad_request', 'That request could not be understood.');
}

/** The whole HTTP surface. Tests call `createApp(deps).request(...)` with a real database. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use(requestLog(deps.logger));
  app.use(securityHeaders({ https: deps.config.https }));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw tooLarge;
      },
    }),
  );

  app.route('/api/health', healthRoutes());
  app.route('/api/auth', authRoutes(deps));
  app.route('/api/caseworkers', caseworkersRoutes(deps));
  app.route('/api/people/:personId/plan', planRoutes(deps));
  app.route('/api/people/:personId/hours', hoursRoutes(deps));
  app.route('/api/people/:personId/guide', guideRoutes(deps));
  app.route('/api/people/:personId/pairing-codes', pairingRoutes(deps));
  app.route('/api/people/:personId/devices', devicesRoutes(deps));
  app.route('/api/people', peopleRoutes(deps));
  app.route('/api/device', deviceRoutes(deps));
  app.route('/api/audit', auditRoutes(deps));

  app.get('*', staticFiles(deps.distDir ?? DEFAULT_DIST_DIR));

  app.notFound((c) => {
    const problem = new ApiProblem(404, 'not_found', 'There is nothing here.');
    return c.json(problem.body, problem.status);
  });

  app.onError((error, c) => {
    const problem =
      error instanceof ApiProblem
        ? error
        : error instanceof HTTPException
          ? fromHttpException(error)
          : undefined;
    if (problem) return c.json(problem.body, problem.status, problem.headers);
    deps.logger.error(
      { err: error, reqId: c.get('requestId'), method: c.req.method, route: c.req.routePath },
      'unhandled error',
    );
    return c.json(
      {
        error: 'server_error',
        message: 'Something went wrong on our side. Please try again in a moment.',
      },
      500,
    );
  });

  return app;
}

export type App = ReturnType<typeof createApp>;
