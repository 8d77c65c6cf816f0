import { lockPersonChanges, recordChange } from '../db/tables/changes.table';
import { deliverHeldMessage, findDueMessages } from '../db/tables/messages.table';
import type { Runtime } from '../runtime';

const BATCH = 200;

/**
 * The release tick: deliver every held message whose `heldUntil` has come. Each message is
 * delivered in its own small transaction by a conditional update, so instances running the tick
 * at once deliver each message exactly once; only then do consoles hear of it (and notify, if
 * their caseworker is working). Returns how many this call delivered.
 */
export async function releaseDueMessages(rt: Runtime): Promise<number> {
  const { db, clock } = rt;
  let delivered = 0;
  for (;;) {
    const now = clock();
    const due = await findDueMessages(db, now, BATCH);
    for (const m of due) {
      const released = await db.transaction().execute(async (trx) => {
        await lockPersonChanges(trx, m.person_id);
        if (!(await deliverHeldMessage(trx, m.service_id, m.id, now))) return false;
        const change = { personId: m.person_id, entity: 'message', entityId: m.id } as const;
        await recordChange(trx, m.service_id, { ...change, op: 'put' }, now);
        return true;
      });
      if (!released) continue;
      delivered++;
      await rt.publishLive({
        type: 'message',
        serviceId: m.service_id,
        personId: m.person_id,
        caseworkerIds: [m.caseworker_id],
        quiet: false,
      });
    }
    if (due.length < BATCH) return delivered;
  }
}
