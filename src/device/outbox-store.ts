import type { HiuDb, OutboxRecord } from './db-schema';

/**
 * Change one waiting send (its tries, its back-off, or that it failed). False when it is no
 * longer in the outbox (the person took it back meanwhile): then it must not be sent.
 */
export async function updateOutbox(
  db: HiuDb,
  seq: number,
  change: Partial<Pick<OutboxRecord, 'attempts' | 'notBefore' | 'failed'>>,
): Promise<boolean> {
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const record = await tx.store.get(seq);
  if (record) await tx.store.put({ ...record, ...change });
  await tx.done;
  return record !== undefined;
}

/** Take a send out of the outbox (it was sent, or the person took it back). */
export async function removeFromOutbox(db: HiuDb, seq: number): Promise<void> {
  await db.delete('outbox', seq);
}
