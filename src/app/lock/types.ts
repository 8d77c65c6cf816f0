import type { Signal } from '@preact/signals';
import type { LockableVault } from '../store/vault';
import type { Attempts } from './backoff';
import type { LockKind } from './secret';

/*
 * What the app lock is, as the rest of the app sees it. Made by createLockState() (state.ts),
 * behind createLazyLockState() (lazy.ts) so none of its code is in the first load.
 */

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
