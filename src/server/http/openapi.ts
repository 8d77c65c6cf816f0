import { Hono } from 'hono';
import { z } from 'zod';
import { allEndpoints, type Endpoint } from '#shared/endpoints';
import { DeviceProfile, OkResponse, PersonSummary } from '#shared/schemas/api';
import { ApiError } from '#shared/schemas/api-error';
import { Caseworker } from '#shared/schemas/caseworker';
import { Id, Instant } from '#shared/schemas/common';
import { ContactEvent, ContactsView } from '#shared/schemas/contact';
import { Goal } from '#shared/schemas/goal';
import { GuideContact, LocalGuideContact } from '#shared/schemas/guide';
import { Hours } from '#shared/schemas/hours';
import { Message } from '#shared/schemas/message';
import { CrisisPlan } from '#shared/schemas/plan';
import { Service } from '#shared/schemas/service';
import type { AppEnv } from '../request-env';

type JsonSchema = Record<string, unknown>;

/** The API's version: raise it with any change a client could notice. */
export const API_VERSION = '0.2.0';

/** Schemas many routes share, named in the document's components instead of repeated. */
const SHARED: Record<string, z.ZodType> = {
  Id,
  Instant,
  Hours,
  CrisisPlan,
  GuideContact,
  LocalGuideContact,
  PersonSummary,
  Caseworker,
  Service,
  Message,
  Goal,
  ContactsView,
  ContactEvent,
  DeviceProfile,
  OkResponse,
  ApiError,
};

type Io = 'input' | 'output';

/**
 * Every body and answer of the table as named JSON Schemas (2020-12, as OpenAPI 3.1 uses):
 * what a client sends is read as zod's input, what the server answers as its output.
 * Refinements and transforms cannot be said in JSON Schema; the server still checks them.
 */
function components() {
  const names = new Map<z.ZodType, string>();
  const registry = z.registry<{ id: string }>();
  const name = (schema: z.ZodType, fallback: string) => {
    const known = names.get(schema);
    if (known) return known;
    names.set(schema, fallback);
    registry.add(schema, { id: fallback });
    return fallback;
  };
  for (const [id, schema] of Object.entries(SHARED)) name(schema, id);
  const refs = new Map<Endpoint, { body?: string; response?: string }>();
  for (const endpoint of allEndpoints()) {
    refs.set(endpoint, {
      body: endpoint.body && `${name(endpoint.body, `${endpoint.name}.body`)}.input`,
      response: endpoint.response
        ? name(endpoint.response, `${endpoint.name}.response`)
        : undefined,
    });
  }
  const schemas: Record<string, JsonSchema> = {};
  for (const io of ['output', 'input'] satisfies Io[]) {
    const suffix = io === 'input' ? '.input' : '';
    const converted = z.toJSONSchema(registry, {
      io,
      unrepresentable: 'any',
      uri: (id) => `#/components/schemas/${id}${suffix}`,
    });
    for (const [id, schema] of Object.entries(converted.schemas)) {
      const { $schema: _dialect, id: _id, ...rest } = schema;
      schemas[`${id}${suffix}`] = rest;
    }
  }
  return { schemas, refs };
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A route parameter's schema, inline (they are small). */
function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  });
  return rest;
}

/** The named schemas that `from` refers to, directly or through each other: no unused ones. */
function reachable(schemas: Record<string, JsonSchema>, from: unknown): Record<string, JsonSchema> {
  const kept: Record<string, JsonSchema> = {};
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      const id =
        key === '$ref' && typeof child === 'string'
          ? child.replace('#/components/schemas/', '')
          : undefined;
      const schema = id === undefined ? undefined : schemas[id];
      if (id !== undefined && schema && !(id in kept)) {
        kept[id] = schema;
        visit(schema);
      }
      visit(child);
    }
  };
  visit(from);
  visit(schemas.ApiError);
  kept.ApiError = schemas.ApiError ?? {};
  return Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
}

/** `/api/people/:personId` as OpenAPI writes it: `/api/people/{personId}`. */
const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

function parameters(endpoint: Endpoint): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', endpoint.params],
    ['query', endpoint.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema);
    const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((object.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || required.has(name),
        schema: property,
      });
    }
  }
  return list;
}

const SECURITY: Record<Endpoint['auth'], JsonSchema[]> = {
  none: [],
  staff: [{ session: [] }],
  device: [{ device: [] }],
  'staff-or-device': [{ session: [] }, { device: [] }],
};

function operation(
  endpoint: Endpoint,
  refs: { body?: string; response?: string } = {},
): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const status of endpoint.success) {
    if (status === 204) {
      responses[status] = { description: 'Done; no content.' };
    } else if (refs.response) {
      const schema = ref(refs.response);
      responses[status] = { description: 'OK', content: { 'application/json': { schema } } };
    } else {
      responses[status] = { description: 'OK', content: { [endpoint.produces ?? '*/*']: {} } };
    }
  }
  responses.default = { $ref: '#/components/responses/Problem' };
  const op: JsonSchema = {
    operationId: endpoint.name,
    summary: endpoint.summary,
    tags: [endpoint.name.split('.')[0]],
    security: SECURITY[endpoint.auth],
    responses,
  };
  const params = parameters(endpoint);
  if (params.length) op.parameters = params;
  if (refs.body && endpoint.body) {
    const schema = ref(refs.body);
    // A body that may be left out (turning notifications off for every subscription).
    const required = !endpoint.body.safeParse(undefined).success;
    op.requestBody = { required, content: { 'application/json': { schema } } };
  } else if (endpoint.consumes) {
    const content = Object.fromEntries(endpoint.consumes.map((type) => [type, {}]));
    op.requestBody = { required: true, content };
  }
  return op;
}

/**
 * The API as an OpenAPI 3.1 document, made from the endpoint table alone (served at
 * /api/openapi.json; `npm run openapi` writes docs/openapi.json, which a test keeps current).
 */
export function openApiDocument(): JsonSchema {
  const { schemas: all, refs } = components();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of allEndpoints()) {
    const path = openApiPath(endpoint.path);
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(endpoint, refs.get(endpoint));
  }
  const schemas = reachable(all, paths);
  return {
    openapi: '3.1.0',
    info: {
      title: 'HIU companion API',
      version: API_VERSION,
      description:
        'The API of the HIU companion: the app on a person’s phone (device token) and the ' +
        'caseworker console (session cookie; writes also send X-CSRF-Token). Every error ' +
        'answers the Problem shape.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths,
    components: {
      schemas,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'hiu_session' },
        device: { type: 'http', scheme: 'bearer' },
      },
      responses: {
        Problem: {
          description: 'An error, in plain words, with a stable code and per-field messages.',
          content: { 'application/json': { schema: ref('ApiError') } },
        },
      },
    },
  };
}

/** GET /api/openapi.json: the document, made once. */
export function openApiRoutes() {
  let document: JsonSchema | undefined;
  return new Hono<AppEnv>().get('/', (c) => c.json((document ??= openApiDocument())));
}
