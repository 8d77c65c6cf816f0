import type { Db } from '../db/database';
import {
  addThrottleFailure,
  deleteThrottle,
  findThrottles,
  lockThrottle,
} from '../db/tables/throttles.table';
import { tooManyTries } from '../http/problem';
import { sha256 } from './tokens';

/** After `threshold` failures, each further one locks the key for twice as long as the last. */
export interface ThrottleRule {
  threshold: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A count with no failure for this long starts again. */
  forgetAfterSeconds: number;
}

/** 5 wrong passwords for one account, then 30 s, 1 min, 2 min ... up to 15 min. */
export const LOGIN_PER_ACCOUNT: ThrottleRule = {
  threshold: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** An address is allowed more: a team behind one office router shares it. */
export const LOGIN_PER_ADDRESS: ThrottleRule = {
  threshold: 10,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** Wrong pairing codes from one address. */
export const PAIRING_PER_ADDRESS: ThrottleRule = {
  threshold: 10,
  firstDelaySeconds: 60,
  maxDelaySeconds: 60 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** Keys hold hashes, so the table never lists emails or addresses. */
export const throttleKey = (kind: string, value: string) => `${kind}:${sha256(value)}`;

/** Throw a 429 (with Retry-After) if any of the keys is locked now. */
export async function assertNotThrottled(db: Db, keys: string[], now: Date): Promise<void> {
  const rows = await findThrottles(db, keys);
  let until = 0;
  for (const row of rows) {
    if (row.locked_until && row.locked_until.getTime() > until) until = row.locked_until.getTime();
  }
  if (until > now.getTime()) {
    throw tooManyTries(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
  }
}

/** Count a failure; lock the key when it has had too many. */
export async function recordFailure(
  db: Db,
  key: string,
  rule: ThrottleRule,
  now: Date,
): Promise<void> {
  const forgetBefore = new Date(now.getTime() - rule.forgetAfterSeconds * 1000);
  const failures = await addThrottleFailure(db, key, now, forgetBefore);
  if (failures < rule.threshold) return;
  const doublings = Math.min(failures - rule.threshold, 20);
  const seconds = Math.min(rule.firstDelaySeconds * 2 ** doublings, rule.maxDelaySeconds);
  await lockThrottle(db, key, new Date(now.getTime() + seconds * 1000));
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await deleteThrottle(db, key);
}
