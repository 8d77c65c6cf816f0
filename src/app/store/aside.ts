import type { AsideRecord, HiuDb } from './db';

/**
 * Move records that could not be read into the `aside` store: they are kept (and exported),
 * never deleted, and no longer break the list. Runs in one transaction with IDB work only.
 */
export async function keepAside(
  db: HiuDb,
  from: AsideRecord['from'],
  items: { key: string; reason: string }[],
): Promise<void> {
  if (items.length === 0) return;
  const tx = db.transaction([from, 'aside'], 'readwrite', { durability: 'strict' });
  const source = tx.objectStore(from);
  const aside = tx.objectStore('aside');
  const keptAt = new Date().toISOString();
  for (const { key, reason } of items) {
    const record = await source.get(key);
    if (record === undefined) continue;
    await aside.add({ from, key, reason, keptAt, record });
    await source.delete(key);
  }
  await tx.done;
}

/** How many records are set aside (the person sees a kind note when this is above 0). */
export function countAside(db: HiuDb): Promise<number> {
  return db.count('aside');
}
