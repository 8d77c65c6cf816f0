import { signal } from '@preact/signals';
import { lockedCodec, plainCodec, sealedCodec, type Codec } from '../store/body';
import { openHiuDb, type HiuDb } from '../store/db';
import { NO_ATTEMPTS, recordFailure, waitAfter, waitRemaining, type Attempts } from './backoff';
import {
  keepRewrappedKey,
  readAttempts,
  readAutoLockMinutes,
  readWrappedKey,
  wrappedKeyRecord,
  writeAttempts,
  writeAutoLockMinutes,
} from './key-store';
import type { LockKind } from './secret';
import {
  AUTO_LOCK_DEFAULT_MINUTES,
  type LockOptions,
  type LockState,
  type LockStatus,
  type UnlockResult,
} from './types';

/** The key wrapping and re-keying code: only needed to unlock, or to set or change a lock. */
const keyCode = () => Promise.all([import('./crypto'), import('./rekey')]);

/** The app lock as signals. One per app, made by the app state factory. */
export function createLockState(options: LockOptions = {}): LockState {
  // `iterations` undefined: crypto.ts's KDF_ITERATIONS (tests pass a small number).
  const { dbName, iterations, now = Date.now } = options;
  const {
    status = signal<LockStatus>('locked'),
    ready = signal(false),
    kind = signal<LockKind | null>(null),
    autoLockMinutes = signal(AUTO_LOCK_DEFAULT_MINUTES),
    attempts = signal<Attempts>(NO_ATTEMPTS),
  } = options.signals ?? {};
  const hooks = new Set<() => Promise<void> | void>();
  let key: CryptoKey | null = null;
  let lastActivity = now();
  let timer: ReturnType<typeof setInterval> | undefined;
  let dbPromise: Promise<HiuDb> | null = null;

  function openDb(): Promise<HiuDb> {
    dbPromise ??= openHiuDb({ name: dbName, onBlocking: () => (dbPromise = null) });
    return dbPromise;
  }

  /** The database, once the lock settings are known (so `codec()` is right after it). */
  async function db(): Promise<HiuDb> {
    await loaded;
    return openDb();
  }

  function codec(): Codec {
    if (status.value === 'none') return plainCodec;
    return key ? sealedCodec(key) : lockedCodec;
  }

  function startTimer() {
    stopTimer();
    if (typeof setInterval !== 'function') return;
    timer = setInterval(() => void checkIdle(), 10_000);
  }
  function stopTimer() {
    if (timer !== undefined) clearInterval(timer);
    timer = undefined;
  }
  async function checkIdle() {
    if (status.value !== 'unlocked') return;
    if (now() - lastActivity >= autoLockMinutes.value * 60_000) await lockNow();
  }

  async function load() {
    const d = await openDb();
    const record = await readWrappedKey(d);
    kind.value = record?.kind ?? null;
    attempts.value = await readAttempts(d);
    autoLockMinutes.value = await readAutoLockMinutes(d);
    status.value = record ? 'locked' : 'none';
    ready.value = true;
  }
  const loaded = load().catch(() => {
    // No IndexedDB (a private window on an old browser): run with no lock and no storage.
    status.value = 'none';
    ready.value = true;
  });

  async function lockNow() {
    await loaded;
    if (status.value !== 'unlocked') return;
    for (const fn of hooks) {
      try {
        await fn();
      } catch {
        // Saving a draft must never stop the lock.
      }
    }
    key = null;
    status.value = 'locked';
    stopTimer();
  }

  function touch() {
    lastActivity = now();
  }

  /** Try the secret, with the back-off; on success the wrong-try count is cleared. */
  async function verify(
    secret: string,
  ): Promise<{ ok: true; key: CryptoKey | null } | (UnlockResult & { ok: false })> {
    await loaded;
    const d = await openDb();
    const current = await readAttempts(d);
    const wait = waitRemaining(current, now());
    if (wait > 0) return { ok: false, waitMs: wait, failures: current.failures };
    const record = await readWrappedKey(d);
    if (!record) return { ok: true, key: null };
    const [{ unwrapDataKey }] = await keyCode();
    let unwrapped: CryptoKey;
    try {
      unwrapped = await unwrapDataKey(record, secret);
    } catch {
      const next = recordFailure(current, now());
      await writeAttempts(d, next);
      attempts.value = next;
      return { ok: false, waitMs: waitAfter(next.failures), failures: next.failures };
    }
    if (current.failures > 0) await writeAttempts(d, NO_ATTEMPTS);
    attempts.value = NO_ATTEMPTS;
    return { ok: true, key: unwrapped };
  }

  async function unlock(secret: string): Promise<UnlockResult> {
    const result = await verify(secret);
    if (!result.ok) return result;
    key = result.key;
    lastActivity = now();
    status.value = key ? 'unlocked' : 'none';
    if (key) startTimer();
    return { ok: true };
  }

  async function setLock(newKind: LockKind, secret: string) {
    await loaded;
    if (status.value !== 'none') throw new Error('A lock is already set.');
    const d = await db();
    const [{ createDataKey }, { rekeyEverything }] = await keyCode();
    const made = await createDataKey(secret, iterations);
    const record = wrappedKeyRecord(newKind, made.wrapped, now());
    await rekeyEverything(d, plainCodec, sealedCodec(made.key), { put: record });
    key = made.key;
    kind.value = newKind;
    lastActivity = now();
    status.value = 'unlocked';
    startTimer();
  }

  async function changeSecret(currentSecret: string, newKind: LockKind, next: string) {
    const result = await verify(currentSecret);
    if (!result.ok) return result;
    const d = await openDb();
    const record = await readWrappedKey(d);
    if (!record) return { ok: false as const, waitMs: 0, failures: 0 };
    const [{ rewrapDataKey }] = await keyCode();
    const wrapped = await rewrapDataKey(record, currentSecret, next, iterations);
    await keepRewrappedKey(d, record, wrapped, newKind);
    kind.value = newKind;
    return { ok: true as const };
  }

  async function removeLock(currentSecret: string) {
    const result = await verify(currentSecret);
    if (!result.ok) return result;
    if (!result.key) return { ok: true as const };
    const [, { rekeyEverything }] = await keyCode();
    await rekeyEverything(await openDb(), sealedCodec(result.key), plainCodec, { remove: true });
    key = null;
    kind.value = null;
    status.value = 'none';
    stopTimer();
    return { ok: true as const };
  }

  async function setAutoLock(minutes: number) {
    autoLockMinutes.value = minutes;
    await writeAutoLockMinutes(await db(), minutes);
  }

  function beforeLock(fn: () => Promise<void> | void) {
    hooks.add(fn);
    return () => {
      hooks.delete(fn);
    };
  }

  function forget() {
    key = null;
    kind.value = null;
    attempts.value = NO_ATTEMPTS;
    status.value = 'none';
    stopTimer();
    dbPromise = null;
  }

  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      // Timers sleep in the background: check the idle time as soon as the app is seen again.
      if (document.visibilityState === 'visible') void checkIdle();
    });
  }

  return {
    status,
    ready,
    kind,
    autoLockMinutes,
    attempts,
    db,
    codec,
    lockNow,
    touch,
    checkIdle,
    unlock,
    setLock,
    changeSecret,
    removeLock,
    setAutoLock,
    beforeLock,
    forget,
  };
}
