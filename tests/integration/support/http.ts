import type { App } from '../../../src/server/app';

/** Who is calling: the headers that carry their credentials. */
export interface Caller {
  headers: Record<string, string>;
}

export const anonymous: Caller = { headers: {} };

export const deviceCaller = (token: string): Caller => ({
  headers: { authorization: `Bearer ${token}` },
});

export interface CallOptions {
  body?: unknown;
  /** A raw body, sent as is (for malformed input, or a file). */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
  as?: Caller;
}

/** One request to the app in-process, JSON in and out. */
export async function call(
  app: App,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.as?.headers, ...options.headers };
  let body: string | Uint8Array<ArrayBuffer> | undefined =
    typeof options.raw === 'string' || options.raw === undefined
      ? options.raw
      : new Uint8Array(options.raw);
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  return app.request(path, { method, headers, body });
}

/** The JSON body of a response, whatever it is. */
export async function json(res: Response): Promise<unknown> {
  return JSON.parse(await res.text());
}

/** The JSON body as a plain record, for reading fields in tests. */
export async function body(res: Response): Promise<Record<string, unknown>> {
  const value: unknown = await json(res);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Expected a JSON object, got ${JSON.stringify(value)}`);
  }
  return Object.fromEntries(Object.entries(value));
}

/** Sign in through the real route; returns a caller with the cookie and CSRF token. */
export async function login(
  app: App,
  email: string,
  password: string,
  address = '203.0.113.1',
): Promise<Caller & { csrf: string; cookie: string }> {
  const res = await call(app, 'POST', '/api/auth/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': address },
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const data = await body(res);
  const cookie = sessionCookie(res);
  const csrf = String(data.csrfToken);
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** `hiu_session=...` from a response's Set-Cookie. */
export function sessionCookie(res: Response): string {
  const set = res.headers.getSetCookie().find((c) => c.startsWith('hiu_session='));
  if (!set) throw new Error('no session cookie');
  return set.split(';')[0] ?? '';
}
