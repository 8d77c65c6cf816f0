import type { HiuDb } from './db';

/** A zod schema, from `zod` or `zod/mini` (the lock's settings use the small one: first load). */
export interface MetaSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * Small settings kept in the `meta` store, each read through its own zod schema. A value that
 * does not match falls back to the default instead of breaking the app.
 */
export async function readMeta<T>(db: HiuDb, key: string, schema: MetaSchema<T>, fallback: T) {
  const raw = await db.get('meta', key);
  if (raw === undefined) return fallback;
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
}

/** Written to disk before it resolves (a choice the person made must survive a flat battery). */
export async function writeMeta(db: HiuDb, key: string, value: unknown): Promise<void> {
  const tx = db.transaction('meta', 'readwrite', { durability: 'strict' });
  await tx.store.put(value, key);
  await tx.done;
}
