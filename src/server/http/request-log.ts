import { randomUUID } from 'node:crypto';
import { routePath } from 'hono/route';
import { createMiddleware } from 'hono/factory';
import type { Logger } from 'pino';
import type { AppEnv } from '../request-env';

/**
 * One line per request: id, method, the route pattern (`/api/people/:personId`, never the
 * raw path or query), status and duration. The id is also sent back as `x-request-id`.
 */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.res.headers.set('x-request-id', requestId);
    const route = c.req.path.startsWith('/api/') ? routePath(c) : 'static';
    logger.info(
      {
        reqId: requestId,
        method: c.req.method,
        route,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  });
}
