import { pathOf, type CallInput, type Endpoint } from '#shared/endpoints/define';
import { ApiError } from '#shared/schemas/api-error';

/** How the phone reaches the server. Tests pass their own `fetch` (the network is outside). */
export interface SyncDeps {
  fetch: typeof fetch;
  now: () => Date;
}

export const browserDeps = (): SyncDeps => ({
  fetch: (input, init) => globalThis.fetch(input, init),
  now: () => new Date(),
});

/** What came back, sorted by what the phone should do about it. */
export type ApiOutcome =
  | { kind: 'ok'; status: number; json: unknown }
  /** The team ended the link (revoked), or the server does not know this phone. */
  | { kind: 'unlinked'; reason: 'device_revoked' | 'device_unknown' }
  /** No answer at all: no signal, or the answer was lost. Try again later. */
  | { kind: 'offline' }
  /** Busy or broken for now (429, 5xx): try again after `afterMs`. */
  | { kind: 'retry'; status: number; afterMs: number; error: string; message: string }
  /** A firm no (another 4xx). Trying again will not help. */
  | { kind: 'rejected'; status: number; error: string; message: string };

/** One call of an endpoint in the table: its parameters and body (typed by the entry). */
export type ApiCall<E extends Endpoint> = CallInput<E> & {
  endpoint: E;
  token?: string;
  signal?: AbortSignal;
};

async function readError(response: Response): Promise<ApiError> {
  try {
    const parsed = ApiError.safeParse(await response.json());
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON (a proxy's error page): fall through.
  }
  return { error: `http_${response.status}`, message: '' };
}

function retryAfterMs(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}

/**
 * One request to the API, answered as an `ApiOutcome`. Never throws for HTTP or the network.
 * The answer's body is handed back as it came: the caller reads it with the endpoint's schema.
 */
export function callApi<E extends Endpoint>(deps: SyncDeps, call: ApiCall<E>): Promise<ApiOutcome> {
  const { endpoint, params, query, body, token, signal } = call;
  return send(deps, endpoint, pathOf(endpoint, params, query), body, token, signal);
}

/**
 * Sends a record of the outbox: its endpoint, by name, with the parameters and body it was
 * queued with (checked when it was queued, by the types of `enqueue`).
 */
export function callQueued(
  deps: SyncDeps,
  route: Route,
  params: Record<string, string>,
  body: unknown,
  token: string,
): Promise<ApiOutcome> {
  return send(deps, route, pathOf(route, params), body, token);
}

/** What a request needs of an endpoint: its method and its path template. */
type Route = Pick<Endpoint, 'method' | 'path'>;

async function send(
  deps: SyncDeps,
  endpoint: Route,
  path: string,
  body: unknown,
  token?: string,
  signal?: AbortSignal,
): Promise<ApiOutcome> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await deps.fetch(path, {
      method: endpoint.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      signal,
    });
  } catch {
    return { kind: 'offline' };
  }
  if (response.ok) {
    let json: unknown = null;
    if (response.status !== 204) json = await response.json().catch(() => null);
    return { kind: 'ok', status: response.status, json };
  }
  const problem = await readError(response);
  if (
    response.status === 401 &&
    (problem.error === 'device_revoked' || problem.error === 'device_unknown')
  ) {
    return { kind: 'unlinked', reason: problem.error };
  }
  if (response.status === 429 || response.status === 408 || response.status >= 500) {
    return { kind: 'retry', status: response.status, afterMs: retryAfterMs(response), ...problem };
  }
  return { kind: 'rejected', status: response.status, ...problem };
}
