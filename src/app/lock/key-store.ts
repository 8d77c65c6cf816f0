import type { HiuDb, KeyRecord } from '../store/db';
import { readMeta, writeMeta, type MetaSchema } from '../store/meta';
import { NO_ATTEMPTS, type Attempts } from './backoff';
import type { WrappedKey } from './crypto';
import type { LockKind } from './secret';
import { AUTO_LOCK_DEFAULT_MINUTES } from './types';

/*
 * What the lock keeps on the phone, all in the app's IndexedDB: the data key, wrapped under
 * the PIN or passphrase, in the `keys` store (the unwrapped key is only ever in memory, in
 * state.ts), and in `meta` the wrong-try count and the auto-lock time.
 */

/*
 * The lock's own two settings, checked by hand rather than with zod: every screen behind the
 * gate waits for this file (lazy.ts loads it right after the first paint), and any zod here
 * (even zod/mini) would bring zod's shared core with it (bench/README.md, App).
 */
type Check<T> = MetaSchema<T>;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
function check<T>(ok: (v: Record<string, unknown>) => boolean): Check<T> {
  return {
    safeParse: (v) => (isObject(v) && ok(v) ? { success: true, data: v as T } : { success: false }),
  };
}
const AttemptsSchema = check<Attempts>(
  (v) =>
    Number.isInteger(v.failures) &&
    (v.failures as number) >= 0 &&
    (v.lastFailureAt === null || isNumber(v.lastFailureAt)),
);
const LockSettings = check<{ autoLockMinutes: number }>(
  (v) => isNumber(v.autoLockMinutes) && v.autoLockMinutes > 0,
);

/** The wrapped data key, or undefined when no lock is set. */
export const readWrappedKey = (db: HiuDb) => db.get('keys', 'data-key');

/** The record a new lock keeps (written with the re-keying, in one transaction). */
export const wrappedKeyRecord = (kind: LockKind, wrapped: WrappedKey, at: number): KeyRecord => ({
  id: 'data-key',
  kind,
  ...wrapped,
  createdAt: new Date(at).toISOString(),
});

/** A new PIN or passphrase: the same data key, wrapped again. */
export async function keepRewrappedKey(
  db: HiuDb,
  record: KeyRecord,
  wrapped: WrappedKey,
  kind: LockKind,
): Promise<void> {
  await db.put('keys', { ...record, ...wrapped, kind });
}

export const readAttempts = (db: HiuDb): Promise<Attempts> =>
  readMeta(db, 'lock-attempts', AttemptsSchema, NO_ATTEMPTS);

export const writeAttempts = (db: HiuDb, attempts: Attempts) =>
  writeMeta(db, 'lock-attempts', attempts);

export async function readAutoLockMinutes(db: HiuDb): Promise<number> {
  const settings = await readMeta(db, 'lock-settings', LockSettings, {
    autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES,
  });
  return settings.autoLockMinutes;
}

export const writeAutoLockMinutes = (db: HiuDb, minutes: number) =>
  writeMeta(db, 'lock-settings', { autoLockMinutes: minutes });
