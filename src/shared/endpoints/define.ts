import type { z } from 'zod';
import { queryString } from './query-string';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: nobody in particular, a signed-in member of staff (session cookie, and
 * `X-CSRF-Token` on writes), a linked phone (`Authorization: Bearer <device token>`), or either.
 */
export type Auth = 'none' | 'staff' | 'device' | 'staff-or-device';

/** The `:name` parts of a path template, e.g. `'personId' | 'goalId'`. */
export type PathParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** A schema for a path's parameters: exactly its `:name` parts, each a string. */
type ParamsSchemaFor<P extends string> = [PathParamNames<P>] extends [never]
  ? undefined
  : z.ZodType<{ [K in PathParamNames<P>]: string }>;

/**
 * One route of the HTTP API, as both sides see it. `response` is the JSON answer's schema, or
 * null where the answer is not JSON (an empty 204, a file, a stream: see `produces`).
 */
export interface Endpoint<
  P extends string = string,
  Params extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Response extends z.ZodType | null = z.ZodType | null,
> {
  /** `group.name`, e.g. `device.sendMessage`: what the phone's outbox keeps. */
  readonly name: string;
  readonly method: Method;
  /** Hono's path template, from the origin: `/api/people/:personId/goals`. */
  readonly path: P;
  readonly auth: Auth;
  /** One line for the OpenAPI document. */
  readonly summary: string;
  readonly params: Params;
  readonly query: Query;
  /** The JSON request body. Requests are strict: an unknown field is an error. */
  readonly body: Body;
  readonly response: Response;
  /** The statuses a success may have, the usual one first. */
  readonly success: readonly number[];
  /** The content type of an answer that is not JSON. */
  readonly produces?: string;
  /** The content types of a request body that is a file, not JSON. */
  readonly consumes?: readonly string[];
}

interface Spec<
  M extends Method,
  P extends string,
  Params extends z.ZodType | undefined,
  Query extends z.ZodType | undefined,
  Body extends z.ZodType | undefined,
  Response extends z.ZodType | null,
> {
  method: M;
  path: P;
  auth: Auth;
  summary: string;
  params?: Params & ParamsSchemaFor<P>;
  query?: Query;
  body?: Body;
  response: Response;
  success?: readonly number[];
  produces?: string;
  consumes?: readonly string[];
}

/** Declares one endpoint; `name` must be `group.key` where the table lists it (checked by a test). */
export function endpoint<
  M extends Method,
  const P extends string,
  Params extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
  Body extends z.ZodType | undefined = undefined,
  Response extends z.ZodType | null = null,
>(
  name: string,
  spec: Spec<M, P, Params, Query, Body, Response>,
): Endpoint<P, Params, Query, Body, Response> & { readonly method: M } {
  return {
    name,
    method: spec.method,
    path: spec.path,
    auth: spec.auth,
    summary: spec.summary,
    params: spec.params as Params,
    query: spec.query as Query,
    body: spec.body as Body,
    response: spec.response,
    success: spec.success ?? [spec.response === null ? 204 : 200],
    produces: spec.produces,
    consumes: spec.consumes,
  };
}

type Input<S> = S extends z.ZodType ? z.input<S> : never;

/** What a caller passes: the path's parameters, the query and the body, each where it has one. */
export type CallInput<E extends Endpoint> = (E['params'] extends z.ZodType
  ? { params: Input<E['params']> }
  : { params?: undefined }) &
  (E['query'] extends z.ZodType ? { query?: Input<E['query']> } : { query?: undefined }) &
  (E['body'] extends z.ZodType ? { body: Input<E['body']> } : { body?: undefined });

/** What a successful call gives back, checked by the endpoint's response schema. */
export type CallResult<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : void;

/** The parameters a path template needs. */
export type PathParams<P extends string> = { [K in PathParamNames<P>]: string };

/**
 * The address of one call, from the origin: the template's `:name` parts filled in (each
 * percent-encoded) and the query, if any, with undefined values left out.
 */
export function pathOf(
  endpoint: Pick<Endpoint, 'path'>,
  params?: unknown,
  query?: unknown,
): string {
  const path = endpoint.path.replace(/:([A-Za-z]+)/g, (_whole, name: string) => {
    const value: unknown = isObject(params) ? Reflect.get(params, name) : undefined;
    if (typeof value !== 'string') throw new Error(`${endpoint.path} needs ${name}`);
    return encodeURIComponent(value);
  });
  const text = queryString(isObject(query) ? query : {});
  return text ? `${path}?${text}` : path;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
