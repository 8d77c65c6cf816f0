/**
 * How long the unlock screen waits after wrong tries. The count is stored in IndexedDB, so a
 * reload does not reset it. Nothing is ever wiped for wrong tries.
 */

/** Wrong tries allowed before any wait starts (people mistype, especially when upset). */
export const FREE_TRIES = 2;
/** The longest wait, however many wrong tries. */
export const MAX_WAIT_MS = 5 * 60_000;

export interface Attempts {
  failures: number;
  /** Epoch milliseconds of the last wrong try, or null. */
  lastFailureAt: number | null;
}

export const NO_ATTEMPTS: Attempts = { failures: 0, lastFailureAt: null };

/** The wait that follows the nth wrong try in a row: none, none, 2 s, 4 s, 8 s ... up to 5 min. */
export function waitAfter(failures: number): number {
  if (failures <= FREE_TRIES) return 0;
  const seconds = 2 ** (failures - FREE_TRIES);
  return Math.min(seconds * 1000, MAX_WAIT_MS);
}

/** Milliseconds until the next try is allowed (0 = now). A clock set back does not help. */
export function waitRemaining(attempts: Attempts, now: number): number {
  if (attempts.lastFailureAt === null) return 0;
  const wait = waitAfter(attempts.failures);
  const elapsed = now - attempts.lastFailureAt;
  if (elapsed < 0) return wait;
  return Math.max(0, wait - elapsed);
}

/** The record after a wrong try. */
export function recordFailure(attempts: Attempts, now: number): Attempts {
  return { failures: attempts.failures + 1, lastFailureAt: now };
}
