import { describe, expect, it } from 'vitest';
import {
  MAX_WAIT_MS,
  NO_ATTEMPTS,
  recordFailure,
  waitAfter,
  waitRemaining,
} from '../../../../src/app/lock/backoff';

describe('unlock back-off', () => {
  it('the first two wrong tries do not make the person wait', () => {
    expect(waitAfter(0)).toBe(0);
    expect(waitAfter(1)).toBe(0);
    expect(waitAfter(2)).toBe(0);
  });

  it('each wrong try after that doubles the wait: 2 s, 4 s, 8 s', () => {
    expect(waitAfter(3)).toBe(2_000);
    expect(waitAfter(4)).toBe(4_000);
    expect(waitAfter(5)).toBe(8_000);
  });

  it('the wait never grows past five minutes', () => {
    expect(waitAfter(11)).toBe(MAX_WAIT_MS);
    expect(waitAfter(1_000)).toBe(MAX_WAIT_MS);
  });

  it('the wait counts down from the last wrong try', () => {
    let attempts = NO_ATTEMPTS;
    for (let i = 0; i < 4; i++) attempts = recordFailure(attempts, 10_000);
    expect(waitRemaining(attempts, 10_000)).toBe(4_000);
    expect(waitRemaining(attempts, 13_000)).toBe(1_000);
    expect(waitRemaining(attempts, 14_000)).toBe(0);
  });

  it('setting the clock back does not skip the wait', () => {
    const attempts = { failures: 5, lastFailureAt: 100_000 };
    expect(waitRemaining(attempts, 50_000)).toBe(8_000);
  });

  it('no wrong tries, no wait', () => {
    expect(waitRemaining(NO_ATTEMPTS, Date.now())).toBe(0);
  });
});
