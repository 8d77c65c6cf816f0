import type { Db } from '../db/database';
import {
  deleteThrottle,
  findLockedUntil,
  findThrottles,
  giveBackThrottle,
  lockThrottle,
  takeThrottle,
} from '../db/tables/throttles.table';
import { tooManyTries } from '../problem';
import { sha256 } from './tokens';

/**
 * After `threshold` attempts, each further one locks the key for twice as long as the last.
 * Attempts are taken before the slow check, so guesses sent all at once are counted too.
 */
export interface ThrottleRule {
  threshold: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A count with no attempt for this long starts again. */
  forgetAfterSeconds: number;
}

/** One attempt to take: the key and the rule that limits it. */
export interface Attempt {
  key: string;
  rule: ThrottleRule;
}

/** Wrong pairing codes from one address. */
export const PAIRING_PER_ADDRESS: ThrottleRule = {
  threshold: 10,
  firstDelaySeconds: 60,
  maxDelaySeconds: 60 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** Keys hold hashes, so the table never lists emails or addresses. */
export const throttleKey = (kind: string, value: string) => `${kind}:${sha256(value)}`;

const secondsUntil = (until: Date | null, now: Date) =>
  Math.max(1, Math.ceil(((until?.getTime() ?? now.getTime()) - now.getTime()) / 1000));

/** Throw a 429 (with Retry-After) if any of the keys is locked now. A read: it takes nothing. */
export async function assertNotThrottled(db: Db, keys: string[], now: Date): Promise<void> {
  const rows = await findThrottles(db, keys);
  let until = 0;
  for (const row of rows) {
    if (row.locked_until && row.locked_until.getTime() > until) until = row.locked_until.getTime();
  }
  if (until > now.getTime()) throw tooManyTries(secondsUntil(new Date(until), now));
}

/**
 * Take one attempt on every key, all or none, before the check it guards: a 429 (with
 * Retry-After) when any key is locked. The attempt that reaches a rule's threshold sets the
 * lock, so the next one, on any instance, waits.
 */
export async function takeAttempts(db: Db, attempts: Attempt[], now: Date): Promise<void> {
  // One order for every taker, so two of them never wait on each other's rows in a circle.
  const ordered = [...attempts].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  await db.transaction().execute(async (trx) => {
    for (const { key, rule } of ordered) {
      const forgetBefore = new Date(now.getTime() - rule.forgetAfterSeconds * 1000);
      const count = await takeThrottle(trx, key, now, forgetBefore);
      if (count === undefined)
        throw tooManyTries(secondsUntil(await findLockedUntil(trx, key), now));
      if (count >= rule.threshold) {
        const doublings = Math.min(count - rule.threshold, 20);
        const seconds = Math.min(rule.firstDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
        await lockThrottle(trx, key, new Date(now.getTime() + seconds * 1000));
      }
    }
  });
}

/** An attempt that turned out right does not count against its key. */
export async function giveBackAttempts(db: Db, attempts: Attempt[]): Promise<void> {
  for (const { key, rule } of attempts) await giveBackThrottle(db, key, rule.threshold);
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await deleteThrottle(db, key);
}
