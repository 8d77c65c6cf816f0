import { describe, expect, test } from 'vitest';
import { queryString } from '../../../../src/shared/endpoints/query-string';

describe('queryString', () => {
  test('joins the entries in order, leaving out undefined and null', () => {
    expect(
      queryString({ from: '2026-11-23', skip: undefined, limit: 20, none: null, on: true }),
    ).toBe('from=2026-11-23&limit=20&on=true');
  });

  test('percent-encodes keys and values so they read back the same', () => {
    const query = { 'a b': 'x&y=z', name: 'Zoë / 50%', plus: '1+1', hash: '#top' };
    const text = queryString(query);
    expect(text).toBe('a%20b=x%26y%3Dz&name=Zo%C3%AB%20%2F%2050%25&plus=1%2B1&hash=%23top');
    expect(Object.fromEntries(new URLSearchParams(text))).toEqual(query);
  });

  test('nothing to send is an empty string', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ a: undefined })).toBe('');
  });
});
