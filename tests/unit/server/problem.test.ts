import { describe, expect, test } from 'vitest';
import { ApiError } from '#shared/schemas/api-error';
import { describeWait, tooManyTries } from '../../../src/server/problem';

describe('problems', () => {
  test('a wait is said in plain words', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(30)).toBe('30 seconds');
    expect(describeWait(60)).toBe('1 minute');
    expect(describeWait(61)).toBe('2 minutes');
    expect(describeWait(15 * 60)).toBe('15 minutes');
    expect(describeWait(3600)).toBe('1 hour');
  });

  test('a 429 says when to try again, in the header and in words', () => {
    const problem = tooManyTries(120);
    expect(problem.status).toBe(429);
    expect(problem.headers).toEqual({ 'Retry-After': '120' });
    expect(ApiError.parse(problem.body).message).toBe(
      'Too many tries. Please wait 2 minutes and try again.',
    );
  });
});
