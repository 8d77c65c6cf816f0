import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { SharedEntryState } from '#shared/schemas/connect';
import { audit, deviceActor } from '../audit/audit';
import { requireDevice } from '../auth/require-device';
import { lockPersonChanges, recordChange } from '../db/tables/changes.table';
import { entryIdUsedByOther } from '../db/tables/entry-ids.table';
import { deleteSharedEntry, upsertSharedEntry } from '../db/tables/shared-entries.table';
import type { Runtime } from '../runtime';
import type { DeviceEnv } from '../request-env';
import { presentSharedEntryState } from './present';
import { ApiProblem, invalidField } from '../problem';
import { validate } from './validate';

/**
 * /api/device/shared-entries/:entryId: the person shares a journal entry with their caseworker
 * (PUT, idempotent: the entry's id is the key) or withdraws it (DELETE: the copy is deleted).
 * The server only ever sees entries sent here.
 */
export function deviceSharedEntriesRoutes(deps: Runtime) {
  const { db, clock } = deps;

  const tell = (
    device: { serviceId: string; personId: string },
    type: 'shared-entry' | 'shared-entry-withdrawn',
  ) => deps.publishAboutPerson(type, device, type === 'shared-entry-withdrawn');

  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .put(
      '/:entryId',
      validate('param', endpoints.device.share.params),
      validate('json', endpoints.device.share.body),
      async (c) => {
        const device = c.get('device');
        const { serviceId, personId, deviceId } = device;
        const { entryId } = c.req.valid('param');
        const { entry } = c.req.valid('json');
        if (entry.id !== entryId) {
          throw invalidField('entry.id', 'The entry id must match the address.');
        }
        const now = clock();
        const result = await db.transaction().execute(async (trx) => {
          await lockPersonChanges(trx, personId);
          if (await entryIdUsedByOther(trx, 'shared_entries', personId, entryId)) {
            throw new ApiProblem(
              409,
              'id_taken',
              'That entry id is already used. Send it with a new id.',
            );
          }
          const shared = await upsertSharedEntry(trx, serviceId, personId, entry, now);
          if (shared.changed) {
            const change = { personId, entity: 'shared-entry', entityId: entryId } as const;
            await recordChange(trx, serviceId, { ...change, op: 'put' }, now);
            const actor = deviceActor(deviceId);
            await audit(
              trx,
              { serviceId, actor, action: 'shared-entry.share', personId, subjectId: entryId },
              now,
            );
          }
          return shared;
        });
        if (result.changed) await tell(device, 'shared-entry');
        return c.json(presentSharedEntryState(result.row) satisfies SharedEntryState);
      },
    )
    .delete('/:entryId', validate('param', endpoints.device.withdraw.params), async (c) => {
      const device = c.get('device');
      const { serviceId, personId, deviceId } = device;
      const { entryId } = c.req.valid('param');
      const now = clock();
      const deleted = await db.transaction().execute(async (trx) => {
        await lockPersonChanges(trx, personId);
        if (!(await deleteSharedEntry(trx, serviceId, personId, entryId))) return false;
        const change = { personId, entity: 'shared-entry', entityId: entryId } as const;
        await recordChange(trx, serviceId, { ...change, op: 'delete' }, now);
        const actor = deviceActor(deviceId);
        await audit(
          trx,
          { serviceId, actor, action: 'shared-entry.withdraw', personId, subjectId: entryId },
          now,
        );
        return true;
      });
      if (deleted) await tell(device, 'shared-entry-withdrawn');
      return c.body(null, 204);
    });
}
