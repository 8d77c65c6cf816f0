import type { Db } from '../db/database';
import { rememberSignIn, signedInSince } from '../db/tables/known-sign-ins.table';
import {
  clearFailures,
  giveBackAttempts,
  takeAttempts,
  throttleKey,
  type Attempt,
  type ThrottleRule,
} from './throttle';
import { sha256 } from './tokens';

/*
 * Limits on guessing a password (OWASP ASVS 5.0, V6.3). README "Security: sign-in limits and
 * passwords" gives the numbers and why. In short: guesses are limited per account and address
 * pair (tight), per account (wider: many addresses at once) and per address (wide: an office
 * behind one router). A place the account signed in from recently is held only to its own
 * pair limit, so an attacker elsewhere cannot lock the real person out.
 */

/** 5 wrong passwords for one account from one address, then 30 s, 1 min ... up to 15 min. */
export const LOGIN_PER_ACCOUNT_AND_ADDRESS: ThrottleRule = {
  threshold: 5,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/**
 * 20 wrong passwords for one account from places it has not signed in from, then 1 min,
 * 2 min ... up to an hour, remembered for a day: about 50 guesses a day at most, well under
 * the 100 that NIST SP 800-63B allows.
 */
export const LOGIN_PER_ACCOUNT: ThrottleRule = {
  threshold: 20,
  firstDelaySeconds: 60,
  maxDelaySeconds: 60 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/** 100 wrong passwords from one address, at any accounts: an office shares one address. */
export const LOGIN_PER_ADDRESS: ThrottleRule = {
  threshold: 100,
  firstDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** A successful sign-in makes its place known for this long. */
export const KNOWN_PLACE_DAYS = 30;

export interface SignInPlace {
  /** Lower-cased, as the account stores it. */
  email: string;
  address: string;
}

/**
 * Run `check` (a password check) within the limits for `place`, taking the attempt first.
 * Throws a 429 when a limit is reached; `check` then never runs. `check` answers undefined
 * for a wrong password, which stays counted; anything else is a success, which clears this
 * place's count, gives back the wider ones and makes the place known.
 */
export async function withSignInLimits<T>(
  db: Db,
  place: SignInPlace,
  now: Date,
  check: () => Promise<T | undefined>,
): Promise<T | undefined> {
  const placeKey = sha256(`sign-in:${place.email}\n${place.address}`);
  const knownSince = new Date(now.getTime() - KNOWN_PLACE_DAYS * 24 * 60 * 60 * 1000);
  const known = await signedInSince(db, placeKey, knownSince);
  const pair: Attempt = {
    key: throttleKey('login-pair', `${place.email}\n${place.address}`),
    rule: LOGIN_PER_ACCOUNT_AND_ADDRESS,
  };
  const wider: Attempt[] = known
    ? []
    : [
        { key: throttleKey('login-account', place.email), rule: LOGIN_PER_ACCOUNT },
        { key: throttleKey('login-address', place.address), rule: LOGIN_PER_ADDRESS },
      ];
  await takeAttempts(db, [pair, ...wider], now);
  const result = await check();
  if (result !== undefined) {
    await clearFailures(db, pair.key);
    await giveBackAttempts(db, wider);
    await rememberSignIn(db, placeKey, now);
  }
  return result;
}
