import { signal, type Signal } from '@preact/signals';
import { lockedCodec, plainCodec, sealedCodec, type Codec } from '../store/body';
import { openHiuDb, type HiuDb } from '../store/db';
import { readMeta, writeMeta, type MetaSchema } from '../store/meta';
import { NO_ATTEMPTS, recordFailure, waitAfter, waitRemaining, type Attempts } from './backoff';
import type { LockableVault } from '../store/vault';
import type { LockKind } from './secret';

/** The key wrapping and re-keying code: only needed to unlock, or to set or change a lock. */
const keyCode = () => Promise.all([import('./crypto'), import('./rekey')]);

export type LockStatus = 'none' | 'locked' | 'unlocked';
export type UnlockResult = { ok: true } | { ok: false; waitMs: number; failures: number };

export interface LockState extends LockableVault {
  /** 'none': no lock set. 'locked': a lock is set and the key is not in memory. */
  status: Signal<LockStatus>;
  /** False until the lock settings have been read from the phone. */
  ready: Signal<boolean>;
  kind: Signal<LockKind | null>;
  autoLockMinutes: Signal<number>;
  attempts: Signal<Attempts>;
  /** Forget the key now (quick hide, the Lock button). Unsaved drafts are saved first. */
  lockNow(): Promise<void>;
  /** The person did something: push the auto-lock back. */
  touch(): void;
  /** Lock if there has been no activity for the auto-lock time (run by a timer and on return). */
  checkIdle(): Promise<void>;
  unlock(secret: string): Promise<UnlockResult>;
  /** Set a first lock: encrypts everything already on the phone. */
  setLock(kind: LockKind, secret: string): Promise<void>;
  /** Change the PIN or passphrase. The current one is asked again (wrong tries count). */
  changeSecret(current: string, kind: LockKind, next: string): Promise<UnlockResult>;
  /** Remove the lock, given the current secret: decrypts everything. */
  removeLock(current: string): Promise<UnlockResult>;
  setAutoLock(minutes: number): Promise<void>;
}

export const AUTO_LOCK_DEFAULT_MINUTES = 5;
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 30];

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

/** The signals a lock state reports through (see lazy.ts: made before this file loads). */
export type LockSignals = Pick<
  LockState,
  'status' | 'ready' | 'kind' | 'autoLockMinutes' | 'attempts'
>;

export interface LockOptions {
  dbName?: string;
  iterations?: number;
  now?: () => number;
  /** Report through these signals instead of new ones. */
  signals?: LockSignals;
}

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
    const record = await d.get('keys', 'data-key');
    kind.value = record?.kind ?? null;
    attempts.value = await readMeta(d, 'lock-attempts', AttemptsSchema, NO_ATTEMPTS);
    const settings = await readMeta(d, 'lock-settings', LockSettings, {
      autoLockMinutes: AUTO_LOCK_DEFAULT_MINUTES,
    });
    autoLockMinutes.value = settings.autoLockMinutes;
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
    const current = await readMeta(d, 'lock-attempts', AttemptsSchema, NO_ATTEMPTS);
    const wait = waitRemaining(current, now());
    if (wait > 0) return { ok: false, waitMs: wait, failures: current.failures };
    const record = await d.get('keys', 'data-key');
    if (!record) return { ok: true, key: null };
    const [{ unwrapDataKey }] = await keyCode();
    let unwrapped: CryptoKey;
    try {
      unwrapped = await unwrapDataKey(record, secret);
    } catch {
      const next = recordFailure(current, now());
      await writeMeta(d, 'lock-attempts', next);
      attempts.value = next;
      return { ok: false, waitMs: waitAfter(next.failures), failures: next.failures };
    }
    if (current.failures > 0) await writeMeta(d, 'lock-attempts', NO_ATTEMPTS);
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
    const record = {
      id: 'data-key' as const,
      kind: newKind,
      ...made.wrapped,
      createdAt: new Date(now()).toISOString(),
    };
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
    const record = await d.get('keys', 'data-key');
    if (!record) return { ok: false as const, waitMs: 0, failures: 0 };
    const [{ rewrapDataKey }] = await keyCode();
    const wrapped = await rewrapDataKey(record, currentSecret, next, iterations);
    await d.put('keys', { ...record, ...wrapped, kind: newKind });
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
    await writeMeta(await db(), 'lock-settings', { autoLockMinutes: minutes });
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
