import './i18n';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { DEVICE_WRITES } from '#shared/endpoints/device-writes';
import type { AppDeps } from './deps';
import { auditRoutes } from './http/audit.routes';
import { triageRoutes } from './http/triage.routes';
import { calendarRoutes } from './http/calendar.routes';
import { consentRoutes, deviceConsentRoutes } from './http/consent.routes';
import { textsRoutes } from './http/texts.routes';
import { authRoutes } from './http/auth.routes';
import { caseworkersRoutes } from './http/caseworkers.routes';
import { compressApi } from './http/compress-json';
import { contactLogRoutes } from './http/contact-log.routes';
import { contactsRoutes, contactTargetsRoutes } from './http/contacts.routes';
import { deviceContactsRoutes } from './http/device-contacts.routes';
import { contactAlternativesRoutes, deviceSupportUsedRoutes } from './http/alternatives.routes';
import { deviceGoalsRoutes } from './http/device-goals.routes';
import { deviceMessagesRoutes } from './http/device-messages.routes';
import { deviceSharedEntriesRoutes } from './http/device-shared-entries.routes';
import { deviceRoutes } from './http/device.routes';
import { devicesRoutes } from './http/devices.routes';
import type { AppEnv } from './request-env';
import { eventsRoutes } from './http/events.routes';
import { goalsRoutes } from './http/goals.routes';
import { guideRoutes } from './http/guide.routes';
import { healthRoutes } from './http/health.routes';
import { leaveRoutes } from './http/leave.routes';
import { hoursRoutes } from './http/hours.routes';
import { meRoutes, PHOTO_PATH } from './http/me.routes';
import { messagesRoutes } from './http/messages.routes';
import { nhs111Routes } from './http/nhs111.routes';
import { notesRoutes, recordRoutes, weekRoutes } from './http/notes.routes';
import { openApiRoutes } from './http/openapi';
import { safeguardingRoutes, serviceSafeguardingRoutes } from './http/safeguarding.routes';
import { outcomesRoutes } from './http/outcomes.routes';
import { hospitalUseRoutes } from './http/hospital-use.routes';
import { pairingRoutes } from './http/pairing.routes';
import { peopleRoutes } from './http/people.routes';
import { relapsePlanRoutes, reviewSettingsRoutes, reviewsRoutes } from './http/reviews.routes';
import { photosRoutes } from './http/photos.routes';
import { planRoutes } from './http/plan.routes';
import { routineRoutes } from './http/routine.routes';
import { ApiProblem } from './problem';
import { pushSubscriptionRoutes } from './http/push-subscription.routes';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { sharedEntriesRoutes } from './http/shared-entries.routes';
import { DEFAULT_DIST_DIR, staticFiles } from './http/static';
import { syncRoutes } from './http/sync.routes';
import {
  deviceCheckInsRoutes,
  deviceUrgentCareRoutes,
  wellbeingRoutes,
} from './http/wellbeing.routes';
import { createRuntime, type Runtime } from './runtime';

/** The largest JSON body we accept. Plans and guides are a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024;

/** Routes that set their own body limit (photos), instead of MAX_BODY_BYTES. */
const OWN_LIMIT = new Set<string>([PHOTO_PATH, DEVICE_WRITES.sendPhoto.path]);

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

/**
 * The whole HTTP surface. Tests call `createApp(deps).request(...)` with a real database.
 * Background work (releasing held messages, sending pushes) runs only in `createServer`.
 */
export function createApp(deps: AppDeps, runtime: Runtime = createRuntime(deps)) {
  const app = new Hono<AppEnv>();
  const jsonLimit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw tooLarge;
    },
  });

  app.use(requestLog(deps.logger));
  app.use(securityHeaders({ https: deps.config.https }));
  app.use('/api/*', compressApi());
  // Photos have their own (larger) limits; everything else is small JSON. GET and
  // HEAD bodies are never read, and checking them would build a whole fetch Request for every
  // read (bench/README.md: +60 % on GET /api/health without it).
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' || OWN_LIMIT.has(c.req.path)
      ? next()
      : jsonLimit(c, next),
  );

  const rt = runtime;
  app.route('/api/health', healthRoutes());
  app.route('/api/openapi.json', openApiRoutes());
  app.route('/api/auth', authRoutes(rt));
  app.route('/api/auth', meRoutes(rt));
  app.route('/api/caseworkers', caseworkersRoutes(rt));
  app.route('/api/people/:personId/plan', planRoutes(rt));
  app.route('/api/people/:personId/routine', routineRoutes(rt));
  app.route('/api/people/:personId/hours', hoursRoutes(rt));
  app.route('/api/people/:personId/guide', guideRoutes(rt));
  app.route('/api/people/:personId/nhs111-wording', nhs111Routes(rt));
  app.route('/api/people/:personId/pairing-codes', pairingRoutes(rt));
  app.route('/api/people/:personId/devices', devicesRoutes(rt));
  app.route('/api/people/:personId/shared-entries', sharedEntriesRoutes(rt));
  app.route('/api/people/:personId/messages', messagesRoutes(rt));
  app.route('/api/people/:personId/goals', goalsRoutes(rt));
  app.route('/api/people/:personId/contacts', contactsRoutes(rt));
  app.route('/api/people/:personId/contact-log', contactLogRoutes(rt));
  app.route('/api/people/:personId/contact-targets', contactTargetsRoutes(rt));
  app.route('/api/people/:personId/contact-alternatives', contactAlternativesRoutes(rt));
  app.route('/api/people/:personId/wellbeing', wellbeingRoutes(rt));
  app.route('/api/people/:personId/notes', notesRoutes(rt));
  app.route('/api/people/:personId/week', weekRoutes(rt));
  app.route('/api/people/:personId/record', recordRoutes(rt));
  app.route('/api/people/:personId/consent', consentRoutes(rt));
  app.route('/api/people/:personId/safeguarding', safeguardingRoutes(rt));
  app.route('/api/people/:personId/texts', textsRoutes(rt));
  app.route('/api/people/:personId/hospital-use', hospitalUseRoutes(rt));
  app.route('/api/safeguarding', serviceSafeguardingRoutes(rt));
  app.route('/api/people/:personId/reviews', reviewsRoutes(rt));
  app.route('/api/people/:personId/relapse-plan', relapsePlanRoutes(rt));
  app.route('/api/review-settings', reviewSettingsRoutes(rt));
  app.route('/api/people', peopleRoutes(rt));
  app.route('/api/device/sync', syncRoutes(rt));
  app.route('/api/device/messages', deviceMessagesRoutes(rt));
  app.route('/api/device/shared-entries', deviceSharedEntriesRoutes(rt));
  app.route('/api/device/push-subscription', pushSubscriptionRoutes(rt));
  app.route('/api/device/milestones', deviceGoalsRoutes(rt));
  app.route('/api/device/contacts', deviceContactsRoutes(rt));
  app.route('/api/device/support-used', deviceSupportUsedRoutes(rt));
  app.route('/api/device/check-ins', deviceCheckInsRoutes(rt));
  app.route('/api/device/urgent-care', deviceUrgentCareRoutes(rt));
  app.route('/api/device/consent', deviceConsentRoutes(rt));
  app.route('/api/device', deviceRoutes(rt));
  app.route('/api/photos', photosRoutes(rt));
  app.route('/api/events', eventsRoutes(rt));
  app.route('/api/audit', auditRoutes(rt));
  app.route('/api/triage', triageRoutes(rt));
  app.route('/api/calendar', calendarRoutes(rt));
  app.route('/api/leave', leaveRoutes(rt));
  app.route('/api/outcomes', outcomesRoutes(rt));

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
