import { CalendarResponse, PutCalendarRequest } from '../schemas/calendar';
import { endpoint } from './define';

/** The service calendar: the nations it serves (their bank holidays) and team closures. */
export const calendar = {
  get: endpoint('calendar.get', {
    method: 'GET',
    path: '/api/calendar',
    auth: 'staff',
    summary: "The service's calendar: nations served and team closures (all staff read it).",
    response: CalendarResponse,
  }),
  set: endpoint('calendar.set', {
    method: 'PUT',
    path: '/api/calendar',
    auth: 'staff',
    summary:
      "Replace the service's calendar (the lead only); every phone gets it on its next sync.",
    body: PutCalendarRequest,
    response: CalendarResponse,
  }),
};
