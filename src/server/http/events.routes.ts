import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requireStaff } from '../auth/require-staff';
import type { Runtime } from '../runtime';
import type { StaffEnv } from './env';

/**
 * GET /api/events: Server-Sent Events for the console. Each `data:` line is a LiveEvent (ids
 * only; the console fetches what it is allowed to see). See live/streams.ts for who gets what.
 */
export function eventsRoutes(deps: Runtime) {
  return new Hono<StaffEnv>().use(requireStaff(deps)).get('/', (c) => {
    const staff = c.get('staff');
    // Tell proxies (nginx) not to buffer the stream.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, (stream) => deps.streams.serve(staff, stream));
  });
}
