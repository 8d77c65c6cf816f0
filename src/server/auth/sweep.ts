import type { Db } from '../db/database';
import { forgetSignInsBefore } from '../db/tables/known-sign-ins.table';
import { deleteExpiredSessions } from '../db/tables/sessions.table';
import { deleteStaleThrottles } from '../db/tables/throttles.table';
import {
  KNOWN_PLACE_DAYS,
  LOGIN_PER_ACCOUNT,
  LOGIN_PER_ACCOUNT_AND_ADDRESS,
  LOGIN_PER_ADDRESS,
} from './login-guard';
import { ABSOLUTE_LIMIT_MS, IDLE_LIMIT_MS } from './sessions';
import { PAIRING_PER_ADDRESS } from './throttle';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A count older than the longest rule's memory would start again from one: it can go. */
const LONGEST_FORGET_MS =
  Math.max(
    ...[
      LOGIN_PER_ACCOUNT_AND_ADDRESS,
      LOGIN_PER_ACCOUNT,
      LOGIN_PER_ADDRESS,
      PAIRING_PER_ADDRESS,
    ].map((rule) => rule.forgetAfterSeconds),
  ) * 1000;

/**
 * Delete what sign-in leaves behind once it can no longer matter: ended sessions, guess counts
 * past their rule's memory (an attacker's addresses would otherwise pile up for ever) and places
 * not signed in from for longer than a place stays known. Run every few minutes.
 */
export async function sweepSignInRecords(db: Db, now: Date): Promise<void> {
  const at = now.getTime();
  await deleteExpiredSessions(db, new Date(at - IDLE_LIMIT_MS), new Date(at - ABSOLUTE_LIMIT_MS));
  await deleteStaleThrottles(db, new Date(at - LONGEST_FORGET_MS), now);
  await forgetSignInsBefore(db, new Date(at - KNOWN_PLACE_DAYS * DAY_MS));
}
