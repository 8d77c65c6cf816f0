import { Hono } from 'hono';
import type { HealthResponse } from '#shared/schemas/api';
import type { AppEnv } from '../request-env';

/** GET /api/health: for load balancers and Playwright's webServer. Touches nothing. */
export function healthRoutes() {
  return new Hono<AppEnv>().get('/', (c) => c.json({ ok: true } satisfies HealthResponse));
}
