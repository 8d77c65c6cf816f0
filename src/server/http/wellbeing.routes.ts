import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { answeredAny } from '#shared/check-ins';
import { type CheckIn, type UrgentCareReport, type WellbeingView } from '#shared/schemas/wellbeing';
import { audit, deviceActor, staffActor } from '../audit/audit';
import { loadPersonForStaff } from '../auth/access';
import { requireDevice } from '../auth/require-device';
import { requireStaff } from '../auth/require-staff';
import {
  deleteUrgentCare,
  findCheckIn,
  insertCheckIn,
  listCheckIns,
  listUrgentCare,
  upsertUrgentCare,
  type CheckInRow,
  type UrgentCareRow,
} from '../db/tables/wellbeing.table';
import { entryIdUsedByOther } from '../db/tables/entry-ids.table';
import type { Runtime } from '../runtime';
import type { DeviceEnv, StaffEnv } from '../request-env';
import { ApiProblem } from '../problem';
import { validate } from './validate';

export const presentCheckIn = (row: CheckInRow): CheckIn => ({
  id: row.id,
  at: row.at.toISOString(),
  reason: row.reason,
  answers: {
    satisfied: row.satisfied,
    worthwhile: row.worthwhile,
    happy: row.happy,
    anxious: row.anxious,
    lonely: row.lonely,
  },
});

export const presentUrgentCare = (row: UrgentCareRow): UrgentCareReport => ({
  id: row.id,
  at: row.at.toISOString(),
  wentToAe: row.went_to_ae,
  called999: row.called_999,
  called111: row.called_111,
});

/** A phone's clock can run fast: nothing is recorded as happening after it arrived. */
const notAfter = (at: string, now: Date) => {
  const when = new Date(at);
  return when.getTime() > now.getTime() ? now : when;
};

/** /api/people/:personId/wellbeing: what the person chose to send. Every read is audited. */
export function wellbeingRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<StaffEnv>()
    .use(requireStaff(deps))
    .get('/', validate('param', endpoints.wellbeing.view.params), async (c) => {
      const staff = c.get('staff');
      const person = await loadPersonForStaff(db, staff, c.req.valid('param').personId);
      const serviceId = person.service_id;
      const [checkIns, urgentCare] = await Promise.all([
        listCheckIns(db, serviceId, person.id),
        listUrgentCare(db, serviceId, person.id),
      ]);
      const actor = staffActor(staff.caseworker.id);
      deps.auditLog.read(
        { serviceId, actor, action: 'wellbeing.read', personId: person.id },
        clock(),
      );
      return c.json({
        checkIns: checkIns.map(presentCheckIn),
        urgentCare: urgentCare.map(presentUrgentCare),
      } satisfies WellbeingView);
    });
}

/** Ids are made on the phone: another person's id is a clash, answered so, and never stored. */
const checkInIdTaken = () =>
  new ApiProblem(409, 'id_taken', 'That check-in id is already used. Send it with a new id.');
const urgentCareIdTaken = () =>
  new ApiProblem(409, 'id_taken', 'That entry id is already used. Send it with a new id.');
/** /api/device/check-ins/:id: a wellbeing check-in the person chose to send (idempotent). */
export function deviceCheckInsRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put(
      '/:id',
      validate('param', endpoints.device.checkIn.params),
      validate('json', endpoints.device.checkIn.body),
      async (c) => {
        const device = c.get('device');
        const { serviceId, personId, deviceId } = device;
        const { id } = c.req.valid('param');
        const input = c.req.valid('json');
        if (!answeredAny(input)) {
          throw new ApiProblem(
            400,
            'empty_check_in',
            'No questions were answered, so there is nothing to send. That is fine.',
          );
        }
        const now = clock();
        const { answers } = input;
        const row: CheckInRow = {
          id,
          service_id: serviceId,
          person_id: personId,
          at: notAfter(input.at, now),
          reason: input.reason,
          satisfied: answers.satisfied,
          worthwhile: answers.worthwhile,
          happy: answers.happy,
          anxious: answers.anxious,
          lonely: answers.lonely,
          received_at: now,
        };
        const made = await db.transaction().execute(async (trx) => {
          if (!(await insertCheckIn(trx, row))) return false;
          const actor = deviceActor(deviceId);
          await audit(
            trx,
            { serviceId, actor, action: 'check-in.send', personId, subjectId: id },
            now,
          );
          return true;
        });
        if (!made) {
          // A retry gets what was stored; another person's id is a clash.
          const stored = await findCheckIn(db, serviceId, personId, id);
          if (!stored) throw checkInIdTaken();
          return c.json(presentCheckIn(stored) satisfies CheckIn);
        }
        await deps.publishAboutPerson('wellbeing', device, false);
        return c.json(presentCheckIn(row) satisfies CheckIn);
      },
    );
}

/**
 * /api/device/urgent-care/:entryId: urgent care the person recorded in a journal entry and
 * chose to send. Sending again replaces it; DELETE takes it away.
 */
export function deviceUrgentCareRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put(
      '/:entryId',
      validate('param', endpoints.device.urgentCare.params),
      validate('json', endpoints.device.urgentCare.body),
      async (c) => {
        const device = c.get('device');
        const { serviceId, personId, deviceId } = device;
        const { entryId } = c.req.valid('param');
        const input = c.req.valid('json');
        // "None of these" is not a report (the phone sends DELETE instead); never counted.
        if (!input.wentToAe && !input.called999 && !input.called111) {
          throw new ApiProblem(
            400,
            'empty_urgent_care',
            'None of A&E, 999 or 111 was ticked, so there is nothing to send.',
          );
        }
        const now = clock();
        const result = await db.transaction().execute(async (trx) => {
          if (await entryIdUsedByOther(trx, 'urgent_care_reports', personId, entryId)) {
            throw urgentCareIdTaken();
          }
          const saved = await upsertUrgentCare(trx, {
            id: entryId,
            service_id: serviceId,
            person_id: personId,
            at: notAfter(input.at, now),
            went_to_ae: input.wentToAe,
            called_999: input.called999,
            called_111: input.called111,
            received_at: now,
          });
          if (saved.changed) {
            const actor = deviceActor(deviceId);
            await audit(
              trx,
              { serviceId, actor, action: 'urgent-care.send', personId, subjectId: entryId },
              now,
            );
          }
          return saved;
        });
        if (result.changed) await deps.publishAboutPerson('wellbeing', device, false);
        return c.json(presentUrgentCare(result.row) satisfies UrgentCareReport);
      },
    )
    .delete('/:entryId', validate('param', endpoints.device.urgentCareOff.params), async (c) => {
      const device = c.get('device');
      const { serviceId, personId, deviceId } = device;
      const { entryId } = c.req.valid('param');
      const now = clock();
      const deleted = await db.transaction().execute(async (trx) => {
        if (!(await deleteUrgentCare(trx, serviceId, personId, entryId))) return false;
        const actor = deviceActor(deviceId);
        await audit(
          trx,
          { serviceId, actor, action: 'urgent-care.withdraw', personId, subjectId: entryId },
          now,
        );
        return true;
      });
      if (deleted) await deps.publishAboutPerson('wellbeing', device, false);
      return c.body(null, 204);
    });
}
