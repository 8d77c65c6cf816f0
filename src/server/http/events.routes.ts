import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { requireStaff } from '../auth/require-staff';
import { loadServiceCalendar } from '../calendar/service-calendar';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';

/**
 * GET /api/events: Server-Sent Events for the console. Each `data:` line is a LiveEvent (ids
 * only; the console fetches what it is allowed to see). See live/streams.ts for who gets what.
 */
export function eventsRoutes(deps: Runtime) {
  return new Hono<StaffEnv>().use(requireStaff(deps)).get('/', async (c) => {
    const staff = c.get('staff');
    // Alerts follow working hours on the service calendar (see live/streams.ts).
    const calendar = await loadServiceCalendar(deps.db, staff.caseworker.service_id);
    // Counted at once (before the stream starts), so parallel opens cannot pass the cap together.
    const closed = deps.limiter.openStream(staff.session.id);
    // Tell proxies (nginx) not to buffer the stream.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      try {
        await deps.streams.serve(staff, stream, calendar);
      } finally {
        closed();
      }
    });
  });
}
