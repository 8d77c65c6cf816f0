import { Hono } from 'hono';
import { endpoints } from '#shared/endpoints';
import type { SyncResponse } from '#shared/schemas/connect';
import { requireDevice, deviceUnknown } from '../auth/require-device';
import { changesSince } from '../db/tables/changes.table';
import { findCaseworker } from '../db/tables/caseworkers.table';
import { findMessagesByIds } from '../db/tables/messages.table';
import { listSharedEntryStates } from '../db/tables/shared-entries.table';
import { loadDeviceProfile } from '../people/profile';
import { cachedProfile } from '../people/profile-cache';
import type { Runtime } from '../runtime';
import type { DeviceEnv } from '../request-env';
import { presentMessage, presentSharedEntryState } from './present';
import { validate } from './validate';

/** Messages per answer at most; the phone asks again with the new cursor for more. */
export const SYNC_PAGE = 500;

/**
 * GET /api/device/sync: the whole profile, the messages changed since the cursor, and the state
 * of every shared entry. The messages and the new cursor are read in one snapshot, and changes
 * for a person commit in sequence order (see changes.table.ts), so no change is ever skipped.
 */
export function syncRoutes(deps: Runtime) {
  const { db, clock } = deps;
  return new Hono<DeviceEnv>()
    .use(requireDevice(deps))
    .get('/', validate('query', endpoints.device.sync.query), async (c) => {
      const device = c.get('device');
      const { serviceId, personId } = device;
      const since = Number(c.req.valid('query').since ?? '0');
      const now = clock();
      const load = () => loadDeviceProfile(db, serviceId, personId, now);
      const profile = await cachedProfile(deps.profiles, load, device, now);
      if (!profile) throw deviceUnknown();
      const { changed, rows } = await db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          const found = await changesSince(trx, serviceId, personId, 'message', since, SYNC_PAGE);
          const ids = found.changed.map((ch) => ch.entityId);
          return { changed: found, rows: await findMessagesByIds(trx, serviceId, personId, ids) };
        });
      const full = changed.changed.length === SYNC_PAGE;
      const cursor = full
        ? (changed.changed.at(-1)?.seq ?? since)
        : Math.max(since, changed.latest ?? since);
      // Oldest first; messages sent in the same millisecond keep the order they were made in.
      const order = new Map(changed.changed.map((ch) => [ch.entityId, ch.seq]));
      rows.sort(
        (a, b) =>
          a.sent_at.getTime() - b.sent_at.getTime() ||
          (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
      );
      const shares = await listSharedEntryStates(db, serviceId, personId);
      // Who wrote each reply, by first name: a colleague covering leave is named as themselves.
      const writers = new Map<string, string>();
      for (const id of new Set(rows.flatMap((r) => (r.caseworker_id ? [r.caseworker_id] : [])))) {
        const writer = await findCaseworker(db, serviceId, id);
        if (writer) writers.set(id, writer.name.trim().split(/\s+/)[0] ?? writer.name);
      }
      const named = (r: (typeof rows)[number]) => {
        const fromName = r.caseworker_id ? writers.get(r.caseworker_id) : undefined;
        return fromName ? { ...presentMessage(r), fromName } : presentMessage(r);
      };
      const body: SyncResponse = {
        cursor: String(cursor),
        profile,
        messages: rows.map(named),
        sharedEntries: shares.map(presentSharedEntryState),
        vapidPublicKey: (await deps.vapid()).publicKey,
      };
      return c.json(body);
    });
}
