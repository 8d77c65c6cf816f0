import { signal } from '@preact/signals';
import { lockedCodec } from '../store/body';
import type { LockKind } from './secret';
import type * as StateModule from './state';
import type { LockOptions, LockSignals, LockState, LockStatus } from './types';

type Real = typeof StateModule;

/**
 * The app's lock state, with its code (state.ts, IndexedDB, the store) loaded later: the shell
 * paints first, then `db()` (or any other call) loads it. Until then the status is 'locked' and
 * `ready` false, so `<LockGate>` shows nothing private, and `codec()` refuses to read words.
 * The signals are handed to the real lock state, so screens see one set of signals throughout.
 */
export function createLazyLockState(
  options: LockOptions = {},
  load: () => Promise<Real> = () => import('./state'),
): LockState {
  const signals: LockSignals = {
    status: signal<LockStatus>('locked'),
    ready: signal(false),
    kind: signal<LockKind | null>(null),
    // Until state.ts has read the settings; it writes the real values into these signals.
    autoLockMinutes: signal(5),
    attempts: signal({ failures: 0, lastFailureAt: null }),
  };
  let real: LockState | null = null;
  let loading: Promise<LockState> | null = null;

  function start(): Promise<LockState> {
    loading ??= load().then(
      (m) => (real = m.createLockState({ ...options, signals })),
      (error: unknown) => {
        loading = null; // a failed download: the next call tries again
        throw error;
      },
    );
    return loading;
  }

  return {
    ...signals,
    db: async () => (await start()).db(),
    codec: () => (real ? real.codec() : lockedCodec),
    // Not loaded means never unlocked: there is no key to forget yet.
    lockNow: async () => real?.lockNow(),
    touch: () => real?.touch(),
    checkIdle: async () => real?.checkIdle(),
    unlock: async (secret) => (await start()).unlock(secret),
    setLock: async (kind, secret) => (await start()).setLock(kind, secret),
    changeSecret: async (current, kind, next) => (await start()).changeSecret(current, kind, next),
    removeLock: async (current) => (await start()).removeLock(current),
    setAutoLock: async (minutes) => (await start()).setAutoLock(minutes),
    beforeLock(fn) {
      if (real) return real.beforeLock(fn);
      let off: (() => void) | null = null;
      let dropped = false;
      void start().then(
        (r) => {
          if (!dropped) off = r.beforeLock(fn);
        },
        () => {},
      );
      return () => {
        dropped = true;
        off?.();
      };
    },
    forget: () => real?.forget(),
  };
}
