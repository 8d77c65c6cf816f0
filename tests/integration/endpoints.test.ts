import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { allEndpoints } from '#shared/endpoints';
import { OPENAPI_FILE, openApiText } from '../../src/server/cli/openapi';
import { createHarness, type Harness } from './support/harness';

describe('the server and the endpoint table', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness('pglite');
  });
  afterAll(() => h.close());

  /** Every API route the server answers, as `METHOD /path` (middleware left out). */
  const serverRoutes = () =>
    new Set(
      h.app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
        .map((r) => `${r.method} ${r.path}`),
    );

  test('the server answers every route in the table, and no route the table lacks', () => {
    const table = new Set(allEndpoints().map((e) => `${e.method} ${e.path}`));
    const server = serverRoutes();
    expect(
      [...table].filter((route) => !server.has(route)),
      'in the table only',
    ).toEqual([]);
    expect(
      [...server].filter((route) => !table.has(route)),
      'on the server only',
    ).toEqual([]);
  });

  test('GET /api/openapi.json is the checked-in docs/openapi.json', async () => {
    const res = await h.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(openApiText()));
  });

  test('docs/openapi.json is current (run `npm run openapi` after changing the table)', () => {
    expect(readFileSync(OPENAPI_FILE, 'utf8')).toBe(openApiText());
  });

  test('the document is valid OpenAPI 3.1, with an operation for every endpoint', async () => {
    const validator = new Validator();
    const result = await validator.validate(openApiText());
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const text = openApiText();
    for (const endpoint of allEndpoints()) expect(text).toContain(`"${endpoint.name}"`);
  });
});
