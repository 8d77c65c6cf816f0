import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import { bodyLimit } from 'hono/body-limit';
import type { WorkingHoursRequest } from '#shared/schemas/connect';
import { PHOTO_MAX_BYTES, type PhotoResponse } from '#shared/schemas/connect';
import { audit, staffActor } from '../audit/audit';
import { requireStaff } from '../auth/require-staff';
import { setCaseworkerPhoto, setWorkingHours } from '../db/tables/caseworkers.table';
import { lockPersonChanges, recordChange } from '../db/tables/changes.table';
import { bumpCaseloadProfileVersions, listPeople } from '../db/tables/people.table';
import { deleteOldPhotos, insertPhoto } from '../db/tables/photos.table';
import { workingHours } from '../people/working-hours';
import { isPhotoType, photoUrl, preparePhoto, PHOTO_TYPES } from '../photos/image';
import { notAPhoto, photoTooLarge as tooLarge } from '../photos/problems';
import type { Runtime } from '../runtime';
import type { StaffEnv } from '../request-env';
import { ApiProblem } from '../problem';
import { validate } from './validate';

export const PHOTO_PATH = '/api/auth/photo';

const photoTooLarge = () => tooLarge(PHOTO_MAX_BYTES, 'Use a smaller photo');

/**
 * A caseworker's own settings, under /api/auth: their working hours (outside them the console
 * does not notify them) and their photo (shown on their people's phones).
 */
export function meRoutes(deps: Runtime) {
  const { db, clock } = deps;
  const staffOnly = requireStaff(deps);
  return new Hono<StaffEnv>()
    .get('/working-hours', staffOnly, async (c) => {
      const { caseworker } = c.get('staff');
      return c.json({
        hours: workingHours(caseworker.working_hours),
      } satisfies WorkingHoursRequest);
    })
    .put(
      '/working-hours',
      staffOnly,
      validate('json', endpoints.auth.setWorkingHours.body),
      async (c) => {
        const { caseworker } = c.get('staff');
        const { hours } = c.req.valid('json');
        const serviceId = caseworker.service_id;
        const now = clock();
        await db.transaction().execute(async (trx) => {
          await setWorkingHours(trx, serviceId, caseworker.id, hours);
          const actor = staffActor(caseworker.id);
          await audit(trx, { serviceId, actor, action: 'working-hours.update' }, now);
        });
        await deps.staffChanged({ kind: 'caseworker-changed', caseworkerId: caseworker.id });
        return c.json({ hours } satisfies WorkingHoursRequest);
      },
    )
    .post(
      '/photo',
      staffOnly,
      bodyLimit({
        maxSize: PHOTO_MAX_BYTES,
        onError: () => {
          throw photoTooLarge();
        },
      }),
      async (c) => {
        const { caseworker } = c.get('staff');
        const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
        if (!type || !isPhotoType(type)) {
          throw new ApiProblem(
            415,
            'unsupported_type',
            `Send the photo as it is, as one of ${PHOTO_TYPES.join(', ')}.`,
          );
        }
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.length > PHOTO_MAX_BYTES) throw photoTooLarge();
        const checked = preparePhoto(type, bytes);
        if (!checked.ok) throw notAPhoto(checked.reason);
        const serviceId = caseworker.service_id;
        const id = randomUUID();
        const now = clock();
        const people = (await listPeople(db, serviceId, caseworker.id)).map((p) => p.id).sort();
        const changed = await db.transaction().execute(async (trx) => {
          // Change locks first, in one order, so this never deadlocks with a person's writes.
          for (const personId of people) await lockPersonChanges(trx, personId);
          const row = { id, serviceId, caseworkerId: caseworker.id, now };
          await insertPhoto(trx, { ...row, contentType: checked.type, bytes: checked.bytes });
          await setCaseworkerPhoto(trx, serviceId, caseworker.id, id);
          await deleteOldPhotos(trx, serviceId, caseworker.id, [id, caseworker.photo_id]);
          // Their people's phones show the photo: their profiles change.
          const bumped = await bumpCaseloadProfileVersions(trx, serviceId, caseworker.id);
          for (const personId of bumped) {
            const change = { personId, entity: 'caseworker', entityId: caseworker.id } as const;
            await recordChange(trx, serviceId, { ...change, op: 'put' }, now);
          }
          const actor = staffActor(caseworker.id);
          await audit(trx, { serviceId, actor, action: 'photo.update', subjectId: id }, now);
          return bumped;
        });
        await deps.staffChanged({ kind: 'caseworker-changed', caseworkerId: caseworker.id });
        await deps.profilesChanged(changed);
        return c.json({ url: photoUrl(id) } satisfies PhotoResponse, 201);
      },
    );
}
