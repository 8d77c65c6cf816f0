import fc from 'fast-check';
import type { App } from '../../../src/server/app';
import { body, type Body } from './bodies';
import {
  contentLength,
  contentType,
  extraHeaders,
  forwardedFor,
  garbageToken,
  pathPiece,
  pathTail,
  queryString,
} from './inputs';

/** A route as Hono lists it: `GET /api/people/:personId`. */
export interface Route {
  method: string;
  path: string;
}

/** Every route the app answers, read from the app itself, so a new route is fuzzed too. */
export function routesOf(app: App): Route[] {
  const seen = new Map<string, Route>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue; // middleware (`use`), not an endpoint
    seen.set(`${r.method} ${r.path}`, { method: r.method, path: r.path });
  }
  return [...seen.values()];
}

/** How a caller's own credentials get spoiled: forged, doubled, missing. */
export type Tamper =
  | { kind: 'none' }
  | { kind: 'cookie' | 'extra-cookie' | 'csrf' | 'bearer' | 'authorization'; value: string }
  | { kind: 'drop-csrf' | 'drop-all' };

const tamper: fc.Arbitrary<Tamper> = fc.oneof(
  { weight: 12, arbitrary: fc.constant({ kind: 'none' as const }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constantFrom(
        'cookie' as const,
        'extra-cookie' as const,
        'csrf' as const,
        'bearer' as const,
        'authorization' as const,
      ),
      value: garbageToken,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ kind: 'drop-csrf' as const }, { kind: 'drop-all' as const }),
  },
);

/** Apply a tamper to a caller's headers (lower-case names). */
export function tampered(headers: Record<string, string>, t: Tamper): Record<string, string> {
  const out = { ...headers };
  switch (t.kind) {
    case 'none':
      break;
    case 'cookie':
      out.cookie = t.value.includes('=') ? t.value : `hiu_session=${t.value}`;
      break;
    case 'extra-cookie':
      out.cookie = [`hiu_session=${t.value}`, out.cookie].filter(Boolean).join('; ');
      break;
    case 'csrf':
      out['x-csrf-token'] = t.value;
      break;
    case 'bearer':
      out.authorization = `Bearer ${t.value}`;
      break;
    case 'authorization':
      out.authorization = t.value;
      break;
    case 'drop-csrf':
      delete out['x-csrf-token'];
      break;
    case 'drop-all':
      return {};
  }
  return out;
}

/** Ids that exist, by route parameter name (`personId`, `deviceId`). */
export type RealIds = Record<string, string[]>;

/** One hostile request for a route, not yet tied to a caller. */
export interface FuzzRequest {
  method: string;
  /** Path and query, URL-encoded. */
  target: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  body: Body;
  tamper: Tamper;
  extra: [string, string][];
  forwardedFor: string;
}

const ODD_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND'];

/** Requests for `route`: its own method mostly, its pattern filled with hostile pieces. */
/** Which part of a request is hostile: all of it, or one part with the rest well-formed. */
const FOCUS = ['everything', 'path', 'query', 'headers', 'body'] as const;

/**
 * Requests for `route`. Half are hostile throughout; the other half get one part wrong and the
 * rest right (a real id, the signed-in caller, a valid JSON body), which reaches deeper code.
 */
export function requestFor(
  route: Route,
  ids: RealIds,
  templates: readonly unknown[],
): fc.Arbitrary<FuzzRequest> {
  const all = Object.values(ids).flat();
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  const sane = names.map((name) => (ids[name] ?? all)[0] ?? '');
  // Half the time a real id of the right kind, so the request gets past the lookup.
  const pieces = names.map((name) => {
    const real = ids[name] ?? all;
    return fc.oneof(fc.constantFrom(...real), pathPiece(all));
  });
  const saneBody = templates.length > 0 ? JSON.stringify(templates[0]) : undefined;
  return fc
    .record({
      focus: fc.oneof(
        { weight: 4, arbitrary: fc.constant('everything' as const) },
        { weight: 1, arbitrary: fc.constantFrom(...FOCUS) },
      ),
      method: fc.oneof(
        { weight: 9, arbitrary: fc.constant(route.method) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_METHODS) },
      ),
      pieces: fc.tuple(...pieces),
      tail: pathTail(all),
      query: queryString(all),
      contentType,
      contentLength,
      body: body(templates),
      tamper,
      extra: extraHeaders,
      forwardedFor,
    })
    .map(({ focus, pieces, tail, query, ...rest }): FuzzRequest => {
      const wild = (part: (typeof FOCUS)[number]) => focus === 'everything' || focus === part;
      let i = 0;
      const filled = wild('path') ? pieces : sane;
      const path = route.path
        .replace(/:\w+(\{[^}]*\})?/g, () => filled[i++] ?? '')
        .replace('*', tail);
      const request = { ...rest, target: path + (wild('query') ? query : '') };
      if (!wild('headers')) {
        Object.assign(request, {
          contentType: 'application/json',
          contentLength: undefined,
          tamper: { kind: 'none' },
          extra: [],
        });
      }
      if (!wild('body')) request.body = saneBody;
      if (focus !== 'everything') request.method = route.method;
      return request;
    });
}
