import fc from 'fast-check';

/**
 * Generators for hostile input: path pieces, query strings, header values and bodies.
 * Everything is text or bytes a real client could put on the wire.
 */

/** Header values a `Headers` object accepts: no NUL/CR/LF, nothing above U+00FF. */
export function headerSafe(value: string): string {
  return value.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');
}

const TRICKY_PIECES = [
  '',
  '.',
  '..',
  '%2e%2e',
  '%2E%2E%2F%2E%2E',
  '%00',
  'a%00b',
  '%',
  '%zz',
  '%E0%A4%A',
  '%ED%A0%80',
  '%FF%FE',
  '%2F',
  '%5C',
  ';',
  '%3Bx%3D1',
  'null',
  'undefined',
  '-1',
  '0',
  '1e309',
  'NaN',
  '__proto__',
  'constructor',
  '%27%3B%20drop%20table%20people%3B%20--',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '%7B00000000-0000-4000-8000-000000000001%7D',
  'x'.repeat(10_000),
  '%C3%A9'.repeat(500),
];

/** One path segment, already URL-encoded: real ids, random UUIDs, unicode, traversal, junk. */
export function pathPiece(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...realIds) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
    {
      weight: 3,
      arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }).map(encodeURIComponent),
    },
    { weight: 3, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
    { weight: 1, arbitrary: fc.nat({ max: 50_000 }).map((n) => 'a'.repeat(n)) },
  );
}

/** What replaces a `*` in a route: zero or more segments, sometimes with dots and slashes. */
export function pathTail(realIds: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(pathPiece(realIds), { maxLength: 5 }).map((parts) => parts.join('/')),
    fc.constantFrom(
      'index.html',
      'sw.js',
      'manifest.webmanifest',
      'assets/index-Ab12Cd34.js',
      'assets/nope.js',
      'console',
      'console/',
      'console/people/x',
      'console/../app/index.html',
      '../../etc/passwd',
      '..%2F..%2Fetc%2Fpasswd',
      'api',
      'api/',
      'api/nothing',
      'pictures/gp.svg',
      '%00.js',
    ),
  );
}

const QUERY_KEYS = ['before', 'limit', 'personId', 'cursor', 'since', 'x', '__proto__', ''];

/** A query string (with its `?`), or nothing. */
export function queryString(realIds: readonly string[]): fc.Arbitrary<string> {
  const value = fc.oneof(
    pathPiece(realIds),
    fc.constantFrom('2026-11-23T10:00:00Z', '2026-13-45T99:99:99Z', '1', '0', '-5', '201', '1e3'),
  );
  const pair = fc.tuple(
    fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 }).map(encodeURIComponent)),
    value,
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    {
      weight: 4,
      arbitrary: fc
        .array(pair, { minLength: 1, maxLength: 4 })
        .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('?', '?&&&', '?=', '?%', '?a=%zz', '?limit=1&limit=2', '?a[b]=c'),
    },
  );
}

/** A secret-looking value: what a forged cookie, bearer token or CSRF token might hold. */
export const garbageToken: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }).map(headerSafe),
  fc.base64String({ maxLength: 64 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{32,200}$/),
  fc.constantFrom('', ' ', '"', ';', '=', 'null', 'x'.repeat(8_000), '\xe9\xff', 'a=b; c=d'),
);

export const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=utf-16le',
  'application/json;;;',
  'application/vnd.api+json',
  'application/problem+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=x',
  'application/octet-stream',
  '*/*',
  '',
  `application/json${'; x=y'.repeat(2_000)}`,
];

/** Content-Type: common, wrong, odd, huge, or absent. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(headerSafe) },
);

/** Content-Length: usually absent; sometimes a lie, a negative, junk or absurdly large. */
export const contentLength: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 16, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('0', '1', '-1', 'abc', '1e3', ' 5', '5, 5', '99999999999999999999'),
  },
  { weight: 1, arbitrary: fc.nat({ max: 10_000_000 }).map(String) },
);

/** Extra headers a client might send, harmless or not. */
export const extraHeaders: fc.Arbitrary<[string, string][]> = fc.array(
  fc.tuple(
    fc.oneof(
      fc.constantFrom(
        'accept',
        'accept-encoding',
        'accept-language',
        'if-none-match',
        'if-modified-since',
        'origin',
        'referer',
        'range',
        'transfer-encoding',
        'x-http-method-override',
        'x-forwarded-proto',
        'x-request-id',
      ),
      fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    ),
    fc.oneof(fc.string({ maxLength: 60 }), garbageToken).map(headerSafe),
  ),
  { maxLength: 3 },
);

/** The caller's address as a proxy would report it: a fresh one each time, or junk. */
export const forwardedFor: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.ipV4() },
  { weight: 1, arbitrary: fc.ipV6() },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(headerSafe) },
);
