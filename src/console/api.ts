import { pathOf, type CallInput, type CallResult, type Endpoint } from '#shared/endpoints';

/** A failed API call, carrying the server's ApiError fields. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    /** When a 429 says to try again, from the Retry-After header. */
    readonly retryAt: Date | null = null,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const NETWORK_MESSAGE =
  'We could not reach the server. Check your internet connection and try again.';
const UNKNOWN_MESSAGE = 'Something went wrong on our side. Please try again.';

type Options = {
  /** The CSRF token from sign-in or `auth.me`; sent with every write. */
  csrfToken: () => string | null;
  /** Called when the session has ended, so the console can ask the caseworker to sign in again. */
  onSignedOut: (failure: ApiFailure) => void;
};

export type Api = {
  /**
   * Calls one endpoint of the table (`endpoints.people.get`, `{ params: { personId } }`): the
   * body and the answer are typed and checked by its schemas. A 401 signs the console out.
   */
  call: <E extends Endpoint>(
    endpoint: E,
    input: CallInput<E>,
    signal?: AbortSignal,
  ) => Promise<CallResult<E>>;
  /** Like `call`, but a 401 is the caller's to handle (sign-in, checking for a session). */
  callAnonymous: <E extends Endpoint>(
    endpoint: E,
    input: CallInput<E>,
    signal?: AbortSignal,
  ) => Promise<CallResult<E>>;
  /** Sends a file as it is (its own content type, not JSON) to an endpoint that takes one. */
  upload: <E extends Endpoint>(
    endpoint: E,
    input: CallInput<E>,
    file: Blob,
  ) => Promise<CallResult<E>>;
};

/** Reads a string field from an unknown JSON body without casting. */
function stringField(body: unknown, key: string): string | undefined {
  if (typeof body !== 'object' || body === null || !(key in body)) return undefined;
  const value: unknown = Reflect.get(body, key);
  return typeof value === 'string' ? value : undefined;
}

function fieldsOf(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  const fields: unknown = Reflect.get(body, 'fields');
  if (typeof fields !== 'object' || fields === null) return {};
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') result[key] = value;
  }
  return result;
}

function retryAtOf(response: Response): Date | null {
  const header = response.headers.get('retry-after');
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return new Date(Date.now() + seconds * 1000);
  const date = new Date(header);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The answer as the endpoint's schema reads it; nothing for an endpoint that answers no JSON. */
function parseResult<E extends Endpoint>(endpoint: E, data: unknown): CallResult<E>;
function parseResult(endpoint: Endpoint, data: unknown): unknown {
  return endpoint.response === null ? undefined : endpoint.response.parse(data);
}

/** The console's only way to the server: JSON, no caching of personal data, CSRF on writes. */
export function createApi({ csrfToken, onSignedOut }: Options): Api {
  async function call<E extends Endpoint>(
    endpoint: E,
    input: CallInput<E>,
    body: unknown,
    handleSignOut: boolean,
    signal?: AbortSignal,
  ): Promise<CallResult<E>> {
    const { method } = endpoint;
    const path = pathOf(endpoint, input.params, input.query);
    const headers: Record<string, string> = { accept: 'application/json' };
    const isFile = body instanceof Blob;
    if (body !== undefined) headers['content-type'] = isFile ? body.type : 'application/json';
    const token = csrfToken();
    if (method !== 'GET' && token) headers['x-csrf-token'] = token;
    let response: Response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined || isFile ? body : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'same-origin',
        signal,
      });
    } catch {
      if (signal?.aborted) throw new ApiFailure(0, 'aborted', 'Stopped.');
      throw new ApiFailure(0, 'network', NETWORK_MESSAGE);
    }
    let data: unknown = null;
    const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
    if (isJson) {
      try {
        data = await response.json();
      } catch {
        // Stopped while the body was still arriving (the screen moved on, a live refresh took
        // over): the same quiet stop as before the answer began, never a parse error.
        if (signal?.aborted) throw new ApiFailure(0, 'aborted', 'Stopped.');
      }
    }
    if (!response.ok) {
      const failure = new ApiFailure(
        response.status,
        stringField(data, 'error') ?? 'unknown',
        stringField(data, 'message') ?? UNKNOWN_MESSAGE,
        fieldsOf(data),
        retryAtOf(response),
      );
      if (response.status === 401 && handleSignOut) onSignedOut(failure);
      throw failure;
    }
    try {
      return parseResult(endpoint, data);
    } catch (error) {
      console.error(`Unexpected response from ${method} ${path}`, error);
      throw new ApiFailure(response.status, 'bad_response', UNKNOWN_MESSAGE);
    }
  }
  return {
    call: (endpoint, input, signal) => call(endpoint, input, input.body, true, signal),
    callAnonymous: (endpoint, input, signal) => call(endpoint, input, input.body, false, signal),
    upload: (endpoint, input, file) => call(endpoint, input, file, true),
  };
}
